<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `no_active_phone_number` (-32602).
 *
 * The phone number to dial does not exist or is switched off.
 *
 * Server message: The phone number does not exist or inactive
 */
class NoActivePhoneNumberError extends InvalidParamsError
{
    public const MNEMONIC = 'no_active_phone_number';
}
