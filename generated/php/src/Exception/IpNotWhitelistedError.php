<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `ip_not_whitelisted` (-32003).
 *
 * The request came from an address missing from the account's API whitelist.
 *
 * Server message: Your IP {ip} is not whitelisted
 *
 * `params` holds `ip`.
 */
class IpNotWhitelistedError extends AccessDeniedError
{
    public const MNEMONIC = 'ip_not_whitelisted';
}
