<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 *
 */
final readonly class ListCallsResultLegs
{
    public function __construct(
        /**
         * Identifier of the leg.
         */
        public int $legId,
        /**
         * Number of the calling party on this leg.
         */
        public string $callingPhoneNumber,
        /**
         * Number of the called party on this leg.
         */
        public string $calledPhoneNumber,
        /**
         * True for the leg that is entitled to use talk options (the operator/employee
         * side).
         */
        public bool $isOperator,
        /**
         * Identifier of the employee on this leg.
         */
        public ?int $employeeId,
        /**
         * Full name of the employee on this leg.
         */
        public ?string $employeeFullName,
        /**
         * Whether conversation recording is on (`true`) or off (`false`) for this leg.
         */
        public bool $recordCallEnabled,
        /**
         * Current status of the leg, as a human-readable label (dialing, talking, queued,
         * disconnected, operators talking, on hold, transferring, sending DTMF, fax states).
         * The labels differ between editions and are not a stable code; see notes.
         */
        public string $state,
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
            legId: $r->int(($data['leg_id'] ?? null), $path . '.leg_id', false),
            callingPhoneNumber: $r->string(
                ($data['calling_phone_number'] ?? null),
                $path . '.calling_phone_number',
                false,
            ),
            calledPhoneNumber: $r->string(
                ($data['called_phone_number'] ?? null),
                $path . '.called_phone_number',
                false,
            ),
            isOperator: $r->bool(($data['is_operator'] ?? null), $path . '.is_operator', false),
            employeeId: $r->int(($data['employee_id'] ?? null), $path . '.employee_id', true),
            employeeFullName: $r->string(($data['employee_full_name'] ?? null), $path . '.employee_full_name', true),
            recordCallEnabled: $r->bool(($data['record_call_enabled'] ?? null), $path . '.record_call_enabled', false),
            state: $r->string(($data['state'] ?? null), $path . '.state', false),
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
                'leg_id' => $this->legId,
                'calling_phone_number' => $this->callingPhoneNumber,
                'called_phone_number' => $this->calledPhoneNumber,
                'is_operator' => $this->isOperator,
                'employee_id' => $this->employeeId,
                'employee_full_name' => $this->employeeFullName,
                'record_call_enabled' => $this->recordCallEnabled,
                'state' => $this->state,
            ],
            ['employee_id', 'employee_full_name'],
        );
    }
}
