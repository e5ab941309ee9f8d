<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32003.
 *
 * Access is refused, e.g. the client IP address is not whitelisted or the user lacks a
 * right.
 */
class AccessDeniedError extends ApiError
{
    public const DEFAULT_CODE = -32003;
}
