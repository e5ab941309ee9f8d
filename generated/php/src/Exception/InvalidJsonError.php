<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32700.
 *
 * The request body is not valid JSON.
 */
class InvalidJsonError extends ApiError
{
    public const DEFAULT_CODE = -32700;
}
