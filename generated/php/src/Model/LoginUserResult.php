<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * What `login.user` returns.
 */
final readonly class LoginUserResult
{
    public function __construct(
        /**
         * Session key to send as `access_token` in subsequent requests; valid for one hour.
         */
        #[\SensitiveParameter]
        public string $accessToken,
        /**
         * Point in time after which the issued session key is no longer valid.
         */
        public int $expireAt,
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
            accessToken: $r->string(($data['access_token'] ?? null), $path . '.access_token', false),
            expireAt: $r->int(($data['expire_at'] ?? null), $path . '.expire_at', false),
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
                'access_token' => $this->accessToken,
                'expire_at' => $this->expireAt,
            ],
            [],
        );
    }

    /**
     * What var_dump() and print_r() show: credentials masked.
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        return [...get_object_vars($this), 'accessToken' => '***'];
    }
}
