<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32603.
 *
 * The server failed internally; report the request and its time to support.
 */
class InternalServerError extends ApiError
{
    public const DEFAULT_CODE = -32603;
}
