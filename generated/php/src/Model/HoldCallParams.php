<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Put a call on hold, playing a media file or TTS text to the caller.
 *
 * The parameters of `hold.call`: pass it to `Client::holdCall()`.
 */
final readonly class HoldCallParams
{
    public function __construct(
        /**
         * Identifier of the call session to hold, as returned by start.vnumber_call,
         * start.scenario_call or start.employee_call, or as reported by the notification
         * server or the data API.
         */
        public int $callSessionId,
        /**
         * Message played to the calling party while the call is held. The calling party is
         * the `contact` number of start.informer_call, start.vnumber_call,
         * start.scenario_call or start.employee_call, or the subscriber who called the
         * virtual PBX.
         */
        public Message $contactMessage,
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
            contactMessage: $r->model(
                ($data['contact_message'] ?? null),
                $path . '.contact_message',
                false,
                Message::class,
            ),
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
                'contact_message' => $this->contactMessage->toArray(),
            ],
            [],
        );
    }
}
