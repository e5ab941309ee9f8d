<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi;

use CloudPbx\CallApi\Exception\ApiError;

/**
 * A whole answer, from `$client->withRawResponse()->holdCall(...)`: the HTTP status and headers,
 * the JSON-RPC id of the request and the decoded answer. parse() gives the typed result, or throws
 * the ApiError the answer holds.
 *
 * @template T
 */
final readonly class RawResponse
{
    /**
     * @param int $status the HTTP status
     * @param array<string, string> $headers the HTTP headers, names in lower case
     * @param int $requestId the JSON-RPC id of the request
     * @param array<string, mixed> $json the decoded JSON-RPC answer, credentials masked
     * @param T|ApiError $value
     */
    public function __construct(
        public int $status,
        public array $headers,
        public int $requestId,
        public array $json,
        private mixed $value,
    ) {
    }

    /**
     * The typed result, as the client's own method returns it.
     *
     * @return T
     * @throws ApiError the error the answer holds
     */
    public function parse(): mixed
    {
        if ($this->value instanceof ApiError) {
            throw $this->value;
        }
        return $this->value;
    }
}
