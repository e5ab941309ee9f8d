<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Place a second call from a held conversation, for a transfer or a consultation.
 *
 * The parameters of `make.call`: pass it to `Client::makeCall()`.
 */
final readonly class MakeCallParams
{
    public function __construct(
        /**
         * Id of the call session to act on, as returned by start.informer_call,
         * start.vnumber_call, start.scenario_call or start.employee_call, or delivered by
         * the notification server or the data API.
         */
        public int $callSessionId,
        /**
         * Number to dial. Written in E.164; it may be an internal (extension) number, an
         * external number, an employee's number or a SIP number.
         *
         * Format: e164.
         */
        public string $to,
        /**
         * Message played to the dialled party (`to`) before the connection; the held
         * subscriber waits until it has finished.
         */
        public ?Message $toMessage = null,
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
            to: $r->string(($data['to'] ?? null), $path . '.to', false),
            toMessage: $r->model(($data['to_message'] ?? null), $path . '.to_message', true, Message::class),
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
                'to' => $this->to,
                'to_message' => $this->toMessage?->toArray(),
            ],
            [],
        );
    }
}
