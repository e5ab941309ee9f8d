<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `leg_not_found` (-32602).
 *
 * The call session has no leg with the given id.
 *
 * Server message: The call's leg not found
 */
class LegNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'leg_not_found';
}
