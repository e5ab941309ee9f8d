<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `auth_error` (-32001).
 *
 * login.user was given a wrong login or password.
 *
 * Server message: Login or password is wrong
 */
class AuthError extends AuthenticationError
{
    public const MNEMONIC = 'auth_error';
}
