<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Http;

/**
 * No answer came. `maybeSent` is false only when the request certainly never reached the server
 * (it could not connect): only then may a call-acting method be sent again.
 */
final class TransportFailure extends \RuntimeException
{
    public function __construct(
        string $message,
        public readonly bool $maybeSent,
        public readonly bool $timedOut = false,
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, 0, $previous);
    }
}
