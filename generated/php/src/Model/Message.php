<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\MessageType;
use CloudPbx\CallApi\Internal\Reading;

/**
 * A message played to one party of a call: a stored media file (system or user file, by id)
 * or a text voiced by the Text-to-Speech service.
 */
final readonly class Message
{
    public function __construct(
        /**
         * `media` - a media file; `tts` - text for speech synthesis.
         */
        public MessageType|string $type,
        /**
         * For `media`, the id of a system or user media file (sent as a string); for `tts`,
         * the
         * text to synthesise. TTS length is capped by the tariff plan / account limit.
         */
        public string $value,
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
            type: $r->enum(($data['type'] ?? null), $path . '.type', false, MessageType::class),
            value: $r->string(($data['value'] ?? null), $path . '.value', false),
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
                'type' => Reading::wire($this->type),
                'value' => $this->value,
            ],
            [],
        );
    }
}
