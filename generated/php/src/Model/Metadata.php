<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * A successful answer has `result.data`: an object, or an array of objects for the list
 * methods. Every answer, success or error, also has `metadata` with the account's limits,
 * and
 * with `api_version` when the called version is deprecated.
 */
final readonly class Metadata
{
    public function __construct(
        /**
         * Present only when the called version is deprecated.
         */
        public ?ApiVersion $apiVersion,
        /**
         * The points limits of the account and what is left of them; absent for the answers
         * limits do not count.
         */
        public ?Limits $limits,
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
            apiVersion: $r->model(($data['api_version'] ?? null), $path . '.api_version', true, ApiVersion::class),
            limits: $r->model(($data['limits'] ?? null), $path . '.limits', true, Limits::class),
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
                'api_version' => $this->apiVersion?->toArray(),
                'limits' => $this->limits?->toArray(),
            ],
            [],
        );
    }
}
