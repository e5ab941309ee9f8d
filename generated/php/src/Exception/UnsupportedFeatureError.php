<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for code -32099.
 *
 * A JSON-RPC 2.0 feature the server does not support (batches, notifications).
 */
class UnsupportedFeatureError extends ApiError
{
    public const DEFAULT_CODE = -32099;
}
