<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `record_already_started` (-32602).
 *
 * Recording was asked to start while it is running.
 *
 * Server message: The call record is already started
 */
class RecordAlreadyStartedError extends InvalidParamsError
{
    public const MNEMONIC = 'record_already_started';
}
