<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `method_not_found` (-32601).
 *
 * The method name is not one of the API's methods.
 *
 * Server message: The method does not exist / is not available
 */
class MethodNotFoundError extends MethodError
{
    public const MNEMONIC = 'method_not_found';
}
