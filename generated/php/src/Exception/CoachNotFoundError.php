<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `coach_not_found` (-32602).
 *
 * No coach number was given and none is configured in the account settings.
 *
 * Server message: The coach not found in your settings
 */
class CoachNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'coach_not_found';
}
