<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when no answer came: the connection failed or broke off.
 */
class TransportError extends CallApiError
{
}
