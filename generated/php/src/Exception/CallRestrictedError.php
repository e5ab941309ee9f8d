<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32002.
 *
 * The call is refused by the account's security rules for call directions, or by the
 * blacklist.
 */
class CallRestrictedError extends ApiError
{
    public const DEFAULT_CODE = -32002;
}
