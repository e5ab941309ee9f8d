<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32004.
 *
 * The method was called in the wrong order, or in a call state that does not allow it.
 */
class CallStateError extends ApiError
{
    public const DEFAULT_CODE = -32004;
}
