<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when no answer came within the call's deadline (the client's or the call's timeout).
 */
class RequestTimeoutError extends TransportError
{
}
