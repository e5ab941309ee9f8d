<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `invalid_state` (-32004).
 *
 * The call is not in a state that allows this method (see the call state diagram).
 *
 * Server message: This method can not be called in this state
 */
class InvalidStateError extends CallStateError
{
    public const MNEMONIC = 'invalid_state';
}
