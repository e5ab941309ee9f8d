<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Http;

/**
 * How the client sends one HTTP request: CurlTransport by default; pass your own to the Client
 * (e.g. a wrapper around a PSR-18 client) to route requests through it.
 */
interface HttpTransport
{
    /**
     * POST `body` to `url` and return the answer, whatever its status.
     *
     * @param array<string, string> $headers
     * @param float $timeout seconds left for the whole exchange (connect, send, read)
     * @throws TransportFailure when no answer came; it says whether the request may have been sent
     */
    public function post(
        string $url,
        #[\SensitiveParameter] array $headers,
        #[\SensitiveParameter] string $body,
        float $timeout,
    ): HttpResponse;
}
