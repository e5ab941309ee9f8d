<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when a client is used after close().
 */
class ClientClosedError extends CallApiError
{
}
