<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Take a held call off hold.
 *
 * The parameters of `unhold.call`: pass it to `Client::unholdCall()`.
 */
final readonly class UnholdCallParams
{
    public function __construct(
        /**
         * Identifier of the held call session, as returned by start.vnumber_call,
         * start.scenario_call or start.employee_call, or as reported by the notification
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
