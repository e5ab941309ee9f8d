<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when the answer is not a valid JSON-RPC answer to the request sent.
 *
 * `raw` keeps the start of the answer's body (credentials masked), `status` its HTTP status.
 */
final class ProtocolError extends CallApiError
{
    public function __construct(
        string $message,
        public readonly string $raw = '',
        public readonly ?int $status = null,
        public readonly string $method = '',
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, 0, $previous);
    }
}
