<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `forbidden` (-32003).
 *
 * The user may not call this method or perform this action.
 *
 * Server message: Permission denied
 */
class ForbiddenError extends AccessDeniedError
{
    public const MNEMONIC = 'forbidden';
}
