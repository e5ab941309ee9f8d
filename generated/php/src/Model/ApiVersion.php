<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Present only when the called version is deprecated.
 */
final readonly class ApiVersion
{
    public function __construct(
        /**
         * True when the called version is deprecated and may be switched off in about two
         * months.
         */
        public bool $currentVersionDepricated,
        /**
         * The version that was called.
         */
        public string $currentVersion,
        /**
         * The newest version available.
         */
        public string $latestVersion,
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
            currentVersionDepricated: $r->bool(
                ($data['current_version_depricated'] ?? $data['current_version_deprecated'] ?? null),
                $path . '.current_version_depricated',
                false,
            ),
            currentVersion: $r->string(($data['current_version'] ?? null), $path . '.current_version', false),
            latestVersion: $r->string(($data['latest_version'] ?? null), $path . '.latest_version', false),
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
                'current_version_depricated' => $this->currentVersionDepricated,
                'current_version' => $this->currentVersion,
                'latest_version' => $this->latestVersion,
            ],
            [],
        );
    }
}
