<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32600.
 *
 * The JSON-RPC request object itself is wrong (`id`, `jsonrpc`, structure).
 */
class RequestValidationError extends ApiError
{
    public const DEFAULT_CODE = -32600;
}
