<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * The points limits of the account and what is left of them; absent for the answers limits
 * do not count.
 */
final readonly class Limits
{
    public function __construct(
        /**
         * Points allowed per day.
         */
        public int $dayLimit,
        /**
         * Points left until the daily limit is reached.
         */
        public int $dayRemaining,
        /**
         * Seconds until the daily limit resets.
         *
         * Unit: seconds.
         */
        public int $dayReset,
        /**
         * Points allowed per minute.
         */
        public int $minuteLimit,
        /**
         * Points left until the per-minute limit is reached.
         */
        public int $minuteRemaining,
        /**
         * Seconds until the per-minute limit resets.
         *
         * Unit: seconds.
         */
        public int $minuteReset,
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
            dayLimit: $r->int(($data['day_limit'] ?? null), $path . '.day_limit', false),
            dayRemaining: $r->int(($data['day_remaining'] ?? null), $path . '.day_remaining', false),
            dayReset: $r->int(($data['day_reset'] ?? null), $path . '.day_reset', false),
            minuteLimit: $r->int(($data['minute_limit'] ?? null), $path . '.minute_limit', false),
            minuteRemaining: $r->int(($data['minute_remaining'] ?? null), $path . '.minute_remaining', false),
            minuteReset: $r->int(($data['minute_reset'] ?? null), $path . '.minute_reset', false),
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
                'day_limit' => $this->dayLimit,
                'day_remaining' => $this->dayRemaining,
                'day_reset' => $this->dayReset,
                'minute_limit' => $this->minuteLimit,
                'minute_remaining' => $this->minuteRemaining,
                'minute_reset' => $this->minuteReset,
            ],
            [],
        );
    }
}
