<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `unexpected_parameters` (-32602).
 *
 * The params object holds names the method does not define.
 *
 * Server message: Unexpected method parameter(s)
 */
class UnexpectedParametersError extends InvalidParamsError
{
    public const MNEMONIC = 'unexpected_parameters';
}
