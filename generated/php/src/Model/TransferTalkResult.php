<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * What `transfer.talk` returns.
 */
final readonly class TransferTalkResult
{
    public function __construct(
        /**
         * Confirms that the request was accepted.
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
