<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `account_inactive` (-32009).
 *
 * The account is blocked; support can tell why.
 *
 * Server message: Your account has been disabled, contact the support service
 */
class AccountInactiveError extends AccountError
{
    public const MNEMONIC = 'account_inactive';
}
