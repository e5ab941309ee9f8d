<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `invalid_request` (-32600).
 *
 * The request object is malformed (`id`, `jsonrpc` or structure).
 *
 * Server message: Invalid Request The JSON sent is not a valid Request object
 */
class InvalidRequestError extends RequestValidationError
{
    public const MNEMONIC = 'invalid_request';
}
