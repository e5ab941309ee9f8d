<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `access_token_blocked` (-32001).
 *
 * The permanent key has been blocked.
 *
 * Server message: Access token has been blocked
 */
class AccessTokenBlockedError extends AuthenticationError
{
    public const MNEMONIC = 'access_token_blocked';
}
