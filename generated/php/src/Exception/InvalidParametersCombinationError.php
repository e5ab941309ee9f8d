<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `invalid_parameters_combination` (-32602).
 *
 * Parameters were combined in a way the method forbids (documented for `early_switching`).
 *
 * Server message: The combination of parameters is not permitted
 */
class InvalidParametersCombinationError extends InvalidParamsError
{
    public const MNEMONIC = 'invalid_parameters_combination';
}
