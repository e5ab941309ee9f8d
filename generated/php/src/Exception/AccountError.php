<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32009.
 *
 * A problem with the account, e.g. it is disabled; contact support.
 */
class AccountError extends ApiError
{
    public const DEFAULT_CODE = -32009;
}
