<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32007.
 *
 * A problem with the virtual phone number given.
 */
class VirtualNumberError extends ApiError
{
    public const DEFAULT_CODE = -32007;
}
