<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Attach a tag to a call that is still in progress.
 *
 * The parameters of `tag.call`: pass it to `Client::tagCall()`.
 */
final readonly class TagCallParams
{
    public function __construct(
        /**
         * Id of the active call session, as returned by start.informer_call,
         * start.vnumber_call, start.scenario_call or start.employee_call, or delivered by
         * the notification server or the data API.
         */
        public int $callSessionId,
        /**
         * Id of the tag to set, as listed by the data API's tag list method.
         */
        public int $tagId,
    ) {
    }

    /**
     * The value read from its wire form at `$path`.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data, string $path, Reading $r): self
    {
        return new self(
            callSessionId: $r->int(($data['call_session_id'] ?? null), $path . '.call_session_id', false),
            tagId: $r->int(($data['tag_id'] ?? null), $path . '.tag_id', false),
        );
    }

    /**
     * The wire form; a value left out (null) is not sent.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        return Reading::compact(
            [
                'call_session_id' => $this->callSessionId,
                'tag_id' => $this->tagId,
            ],
            [],
        );
    }
}
