<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Hand the held caller over to the party dialled with make.call.
 *
 * The parameters of `transfer.talk`: pass it to `Client::transferTalk()`.
 */
final readonly class TransferTalkParams
{
    public function __construct(
        /**
         * Id of the call session to act on, as returned by start.vnumber_call,
         * start.scenario_call or start.employee_call, or delivered by the notification
         * server or the data API.
         */
        public int $callSessionId,
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
            ],
            [],
        );
    }
}
