<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32601.
 *
 * The called method does not exist or is not available.
 */
class MethodError extends ApiError
{
    public const DEFAULT_CODE = -32601;
}
