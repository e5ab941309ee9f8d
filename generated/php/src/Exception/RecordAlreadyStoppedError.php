<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `record_already_stopped` (-32602).
 *
 * Recording was asked to stop while it is not running.
 *
 * Server message: The call record is not enabled
 */
class RecordAlreadyStoppedError extends InvalidParamsError
{
    public const MNEMONIC = 'record_already_stopped';
}
