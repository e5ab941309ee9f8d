<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32029.
 *
 * A points limit of the account is used up.
 */
class LimitError extends ApiError
{
    public const DEFAULT_CODE = -32029;
}
