<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `call_session_not_found` (-32602).
 *
 * No call session is known under the given id.
 *
 * Server message: Call session not found
 */
class CallSessionNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'call_session_not_found';
}
