<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32001.
 *
 * Login failed, or the access token is invalid, expired or blocked.
 */
class AuthenticationError extends ApiError
{
    public const DEFAULT_CODE = -32001;
}
