<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * The employee the contact is to be connected with.
 */
final readonly class StartEmployeeCallEmployee
{
    public function __construct(
        /**
         * Employee id (from the Data API employee information). If `phone_number` is
         * omitted,
         * all of the employee's active numbers are dialled one after another.
         */
        public int $id,
        /**
         * The employee number to ring: a SIP number, an extension, or an E.164 number. It
         * must be
         * active in the account and belong to the employee given in `id`.
         */
        public ?string $phoneNumber,
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
            id: $r->int(($data['id'] ?? null), $path . '.id', false),
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
                'id' => $this->id,
                'phone_number' => $this->phoneNumber,
            ],
            [],
        );
    }
}
