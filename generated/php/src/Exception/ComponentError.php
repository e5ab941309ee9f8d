<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32008.
 *
 * The Call API component needed by the method is not enabled.
 */
class ComponentError extends ApiError
{
    public const DEFAULT_CODE = -32008;
}
