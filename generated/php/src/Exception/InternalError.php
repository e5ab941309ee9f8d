<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `internal_error` (-32603).
 *
 * The server failed; send the request and its time to support.
 *
 * Server message: Internal error, contact the support service
 */
class InternalError extends InternalServerError
{
    public const MNEMONIC = 'internal_error';
}
