<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `contact_in_blacklist` (-32002, -32602).
 *
 * The number to call is on the account's blacklist. start.employee_call and
 * start.simple_call answer with code -32002, the other start methods with -32602.
 *
 * Server message: The contact {contact} has been found in the blacklist
 *
 * `params` holds `contact`.
 */
interface ContactInBlacklistError extends \Throwable
{
}
