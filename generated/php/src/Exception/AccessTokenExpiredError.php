<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `access_token_expired` (-32001).
 *
 * The permanent key has passed its expiry date (only permanent keys expire this way).
 *
 * Server message: Access token has been expired
 */
class AccessTokenExpiredError extends AuthenticationError
{
    public const MNEMONIC = 'access_token_expired';
    public const RENEWS_SESSION = true;
}
