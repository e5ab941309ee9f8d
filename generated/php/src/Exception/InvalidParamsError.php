<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32602.
 *
 * The method's parameters failed validation, or name an object that does not exist.
 */
class InvalidParamsError extends ApiError
{
    public const DEFAULT_CODE = -32602;
}
