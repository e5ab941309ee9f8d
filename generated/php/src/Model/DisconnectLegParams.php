<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Drop one participant (leg) from an active call.
 *
 * The parameters of `disconnect.leg`: pass it to `Client::disconnectLeg()`.
 */
final readonly class DisconnectLegParams
{
    public function __construct(
        /**
         * Id of the call session; returned by start.informer_call, start.vnumber_call,
         * start.scenario_call and start.employee_call, and also available from the
         * notification server or the data API.
         */
        public int $callSessionId,
        /**
         * Id of the leg (call participant) to disconnect, as reported by the notification
         * server.
         */
        public int $legId,
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
            legId: $r->int(($data['leg_id'] ?? null), $path . '.leg_id', false),
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
                'leg_id' => $this->legId,
            ],
            [],
        );
    }
}
