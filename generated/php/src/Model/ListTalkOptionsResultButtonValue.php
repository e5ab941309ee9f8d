<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Extra data for options that act on a specific object (a tag, a scenario and so on): which
 * object the option activates.
 */
final readonly class ListTalkOptionsResultButtonValue
{
    public function __construct(
        /**
         * Identifier of the object the option activates (e.g. the scenario id).
         */
        public int $id,
        /**
         * Name of the object the option activates (e.g. the scenario name).
         */
        public string $value,
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
            value: $r->string(($data['value'] ?? null), $path . '.value', false),
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
                'value' => $this->value,
            ],
            [],
        );
    }
}
