<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `invalid_parameter_value` (-32602).
 *
 * A parameter's value is not allowed or does not match the expected format.
 *
 * Server message: Invalid parameter value
 */
class InvalidParameterValueError extends InvalidParamsError
{
    public const MNEMONIC = 'invalid_parameter_value';
}
