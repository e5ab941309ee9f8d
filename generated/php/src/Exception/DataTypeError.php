<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `data_type_error` (-32602).
 *
 * A parameter has the wrong JSON type, e.g. a number where a string is expected.
 *
 * Server message: Data supplied is of wrong type
 */
class DataTypeError extends InvalidParamsError
{
    public const MNEMONIC = 'data_type_error';
}
