<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `parse_error` (-32700).
 *
 * The body could not be parsed as JSON.
 *
 * Server message: Invalid JSON was received by the server.
 */
class ParseError extends InvalidJsonError
{
    public const MNEMONIC = 'parse_error';
}
