<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `contact_in_blacklist` when it comes with code -32002.
 *
 * Catching ContactInBlacklistError catches it too.
 */
class ContactInBlacklistAsCallRestrictedError extends CallRestrictedError implements ContactInBlacklistError
{
    public const DEFAULT_CODE = -32002;
    public const MNEMONIC = 'contact_in_blacklist';
}
