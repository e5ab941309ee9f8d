<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

use CloudPbx\CallApi\Exception\ApiError;
use CloudPbx\CallApi\Http\HttpResponse;
use CloudPbx\CallApi\Model\Metadata;

/**
 * A well-formed answer as the client read it: its HTTP response, the request's id, the decoded
 * envelope (credentials masked), and either `result.data` with `metadata` or the ApiError it holds.
 *
 * @internal
 */
final readonly class Answer
{
    /** @param array<string, mixed> $json */
    public function __construct(
        public HttpResponse $response,
        public int $requestId,
        public array $json,
        public mixed $data = null,
        public ?Metadata $metadata = null,
        public ?ApiError $error = null,
    ) {
    }

    /** @return array<string, mixed> what var_dump() shows: not the body, which may hold a session key */
    public function __debugInfo(): array
    {
        return ['status' => $this->response->status, 'requestId' => $this->requestId, 'error' => $this->error];
    }
}
