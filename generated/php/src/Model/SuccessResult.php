<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * The answer of a method that only reports whether it did what was asked: a single flag,
 * `success`. What the flag confirms is said by each method.
 */
final readonly class SuccessResult
{
    public function __construct(
        /**
         * `true` when the request was carried out.
         */
        public bool $success,
        /** The `metadata` block of the answer (limits, API version), when it came with one. */
        public ?Metadata $metadata = null,
    ) {
    }

    /**
     * The value read from its wire form at `$path`.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data, string $path, Reading $r, ?Metadata $metadata = null): self
    {
        return new self(
            success: $r->bool(($data['success'] ?? null), $path . '.success', false),
            metadata: $metadata,
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
                'success' => $this->success,
            ],
            [],
        );
    }
}
