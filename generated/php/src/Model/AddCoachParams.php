<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Bring a coach into an ongoing conversation.
 *
 * The parameters of `add.coach`: pass it to `Client::addCoach()`.
 */
final readonly class AddCoachParams
{
    public function __construct(
        /**
         * Id of the call session; returned by start.vnumber_call, start.scenario_call and
         * start.employee_call, and also available from the notification server or the data
         * API.
         */
        public int $callSessionId,
        /**
         * Number of the coach to connect when the coach from the account settings should not
         * be used. When omitted, the coach set in the employee's settings is connected.
         */
        public ?string $phoneNumber = null,
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
            phoneNumber: $r->string(($data['phone_number'] ?? null), $path . '.phone_number', true),
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
                'phone_number' => $this->phoneNumber,
            ],
            [],
        );
    }
}
