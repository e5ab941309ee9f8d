<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `required_parameter_missed` (-32602).
 *
 * A required parameter is missing.
 *
 * Server message: The required parameter has been missed
 */
class RequiredParameterMissedError extends InvalidParamsError
{
    public const MNEMONIC = 'required_parameter_missed';
}
