<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Trigger one of the talk options configured for the virtual PBX during a live call.
 *
 * The parameters of `call.talk_option`: pass it to `Client::callTalkOption()`.
 */
final readonly class CallTalkOptionParams
{
    public function __construct(
        /**
         * Identifier of the call session to act on, as returned by the start.* methods, the
         * notification server or the data API.
         */
        public int $callSessionId,
        /**
         * The key bound to the talk option to invoke (e.g. "1"). Keys and their actions are
         * defined in the client area; see `list.talk_options`.
         */
        public string $button,
    ) {
    }

    /**
     * The value read from its wire form at `$path`.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data, string $path, Reading $r): self
    {
        return new self(
            callSessionId: $r->int(($data['call_session_id'] ?? null), $path . '.call_session_id', false),
            button: $r->string(($data['button'] ?? null), $path . '.button', false),
        );
    }

    /**
     * The wire form; a value left out (null) is not sent.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        return Reading::compact(
            [
                'call_session_id' => $this->callSessionId,
                'button' => $this->button,
            ],
            [],
        );
    }
}
