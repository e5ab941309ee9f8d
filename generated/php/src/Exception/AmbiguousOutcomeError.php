<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown when a method that acts on a call got no answer after its request may have reached the
 * server (a timeout, a broken connection, a gateway error): the call may or may not have been
 * placed or changed. The SDK never sends such a request again; look the call up with
 * `Client::listCalls()` (by its external_id when you sent one) before trying again.
 */
final class AmbiguousOutcomeError extends TransportError
{
    /**
     * @param string $method the wire name of the method
     * @param string|null $externalId the external_id the request carried, if any
     */
    public function __construct(
        public readonly string $method,
        public readonly ?string $externalId,
        string $reason,
        ?\Throwable $previous = null,
    ) {
        $which = $externalId === null ? '' : ' (external_id ' . json_encode($externalId, JSON_UNESCAPED_UNICODE) . ')';
        parent::__construct(
            "the outcome of {$method}{$which} is unknown: {$reason} after the request may have reached the server; "
            . 'it was not sent again. Check list.calls before trying again',
            0,
            $previous,
        );
    }
}
