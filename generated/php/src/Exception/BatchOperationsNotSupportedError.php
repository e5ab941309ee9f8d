<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `batch_opreations_not_supported` (-32099).
 *
 * A JSON-RPC batch (an array of requests) was sent; the API takes one request at a time.
 *
 * Server message: Batch operations not supported
 *
 * Also sent as `batch_operations_not_supported`.
 */
class BatchOperationsNotSupportedError extends UnsupportedFeatureError
{
    public const MNEMONIC = 'batch_opreations_not_supported';
}
