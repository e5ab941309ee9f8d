<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi;

/**
 * Options of one call, overriding the client's: pass as the last argument of any method.
 *
 * `extraParams` are added to the wire params (for parameters this SDK does not know yet); one
 * that clashes with a parameter the method already sends is refused.
 */
final readonly class RequestOptions
{
    /**
     * @param float|null $timeout seconds for the whole call, retries included
     * @param int|null $maxRetries re-sends of a request that never reached the server, or failed harmlessly
     * @param array<string, mixed> $extraParams
     * @param array<string, string> $extraHeaders
     */
    public function __construct(
        public ?float $timeout = null,
        public ?int $maxRetries = null,
        public array $extraParams = [],
        public array $extraHeaders = [],
    ) {
    }
}
