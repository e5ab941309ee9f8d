<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 *
 */
final readonly class ListCallsResultTags
{
    public function __construct(
        /**
         * Identifier of the tag.
         */
        public int $tagId,
        /**
         * Name of the tag.
         */
        public string $tagName,
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
            tagId: $r->int(($data['tag_id'] ?? null), $path . '.tag_id', false),
            tagName: $r->string(($data['tag_name'] ?? null), $path . '.tag_name', false),
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
                'tag_id' => $this->tagId,
                'tag_name' => $this->tagName,
            ],
            [],
        );
    }
}
