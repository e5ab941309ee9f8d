<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Send a DTMF tone on behalf of the employee in an active call.
 *
 * The parameters of `send.dtmf`: pass it to `Client::sendDtmf()`.
 */
final readonly class SendDtmfParams
{
    public function __construct(
        /**
         * Identifier of the call session to act on, as returned by the start.* methods, the
         * notification server or the data API.
         */
        public int $callSessionId,
        /**
         * The DTMF symbol to send to the subscriber that was given as `contact` (applies to
         * outgoing calls from the virtual PBX to the called party). Talk options configured
         * in the client area can be invoked this way too.
         *
         * Allowed: `0-9, *, #`. Format: dtmf.
         */
        public string $dtmfString,
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
            dtmfString: $r->string(($data['dtmf_string'] ?? null), $path . '.dtmf_string', false),
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
                'dtmf_string' => $this->dtmfString,
            ],
            [],
        );
    }
}
