<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when a call needs a key and none is at hand: no access token, no login and password.
 */
class MissingCredentialsError extends CallApiError
{
}
