<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `access_token_invalid` (-32001).
 *
 * No such key, or the session key from login.user has outlived its hour.
 *
 * Server message: Access token is invalid
 */
class AccessTokenInvalidError extends AuthenticationError
{
    public const MNEMONIC = 'access_token_invalid';
    public const RENEWS_SESSION = true;
}
