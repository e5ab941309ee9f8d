<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Internal\Reading;

/**
 * List the calls currently in progress, with their tags and participants.
 *
 * The parameters of `list.calls`: pass it to `Client::listCalls()`.
 */
final readonly class ListCallsParams
{
    public function __construct(
        /**
         * Return only incoming (`in`) or only outgoing (`out`) sessions. When omitted,
         * sessions of both directions are returned.
         */
        public ?Direction $direction = null,
        /**
         * Return only the active calls that go through this virtual number. The number has
         * to start with 7 (e.g. "74951045771").
         */
        public ?string $virtualPhoneNumber = null,
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
            direction: $r->enum(($data['direction'] ?? null), $path . '.direction', true, Direction::class),
            virtualPhoneNumber: $r->string(
                ($data['virtual_phone_number'] ?? null),
                $path . '.virtual_phone_number',
                true,
            ),
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
                'direction' => Reading::wire($this->direction),
                'virtual_phone_number' => $this->virtualPhoneNumber,
            ],
            [],
        );
    }
}
