<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `virtual_phone_number_not_found` (-32007).
 *
 * The virtual number is not one of the account's.
 *
 * Server message: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone
 * number.
 *
 * `params` holds `virtual_phone_number`.
 */
class VirtualPhoneNumberNotFoundError extends VirtualNumberError
{
    public const MNEMONIC = 'virtual_phone_number_not_found';
}
