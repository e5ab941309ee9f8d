<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `duplicate_contact` (-32602).
 *
 * The number is already on the blacklist.
 *
 * Server message: The contact with phone number {contact_phone_number} already exists
 *
 * `params` holds `contact_phone_number`.
 */
class DuplicateContactError extends InvalidParamsError
{
    public const MNEMONIC = 'duplicate_contact';
}
