<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `own_virtual_phone_number_not_allowed` (-32602).
 *
 * The number to call is one of the account's own virtual numbers.
 *
 * Server message: Parameter contact can not contain own virtual phone number
 */
class OwnVirtualPhoneNumberNotAllowedError extends InvalidParamsError
{
    public const MNEMONIC = 'own_virtual_phone_number_not_allowed';
}
