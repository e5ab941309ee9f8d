<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Enum\VirtualPhoneUsageRule;
use CloudPbx\CallApi\Internal\Reading;

/**
 * Call a number, play it a media file or a TTS message, then hang up.
 *
 * The parameters of `start.informer_call`: pass it to `Client::startInformerCall()`.
 */
final readonly class StartInformerCallParams
{
    public function __construct(
        /**
         * A virtual number rented by the client, in E.164 form (e.g. 74993720692), always
         * used as the caller id shown to the contact. The list of virtual numbers is
         * available from the REST (Data) API.
         *
         * Format: e164.
         */
        public string $virtualPhoneNumber,
        /**
         * The number to call in E.164 form (e.g. 79091234567); an employee's SIP number is
         * also accepted. Employee extension numbers are not supported.
         *
         * Format: e164.
         */
        public string $contact,
        /**
         * The message played to the `contact` party; the call ends after it.
         */
        public Message $contactMessage,
        /**
         * Rule for picking the outgoing virtual number dynamically. If no number matches the
         * rule, `virtual_phone_number` is used. Rules other than `fixed` need the "Automatic
         * number management" component.
         *
         * Server default: `"fixed"`.
         */
        public ?VirtualPhoneUsageRule $virtualPhoneUsageRule = null,
        /**
         * Caller-chosen unique id used to match the call's events with an external system.
         */
        public ?string $externalId = null,
        /**
         * DTMF digits sent to the `contact` party. Each `.` inserts a one-second pause, e.g.
         * `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s.
         *
         * Allowed: `0-9, *, #`. Format: dtmf.
         */
        public ?string $dtmfString = null,
        /**
         * Direction the call is recorded with, `in` (incoming) or `out` (outgoing).
         *
         * Server default: `"in"`.
         */
        public ?Direction $direction = null,
        /**
         * How long to wait for the contact to answer; the call ends if nobody answers in
         * time.
         *
         * Server default: `30`. Allowed: `up to 120 seconds`. Unit: seconds. Maximum: 120.
         */
        public ?int $dialingTimeout = null,
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
            virtualPhoneNumber: $r->string(
                ($data['virtual_phone_number'] ?? null),
                $path . '.virtual_phone_number',
                false,
            ),
            virtualPhoneUsageRule: $r->enum(
                ($data['virtual_phone_usage_rule'] ?? null),
                $path . '.virtual_phone_usage_rule',
                true,
                VirtualPhoneUsageRule::class,
            ),
            externalId: $r->string(($data['external_id'] ?? null), $path . '.external_id', true),
            dtmfString: $r->string(($data['dtmf_string'] ?? null), $path . '.dtmf_string', true),
            direction: $r->enum(($data['direction'] ?? null), $path . '.direction', true, Direction::class),
            contact: $r->string(($data['contact'] ?? null), $path . '.contact', false),
            dialingTimeout: $r->int(($data['dialing_timeout'] ?? null), $path . '.dialing_timeout', true),
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
                'virtual_phone_number' => $this->virtualPhoneNumber,
                'virtual_phone_usage_rule' => Reading::wire($this->virtualPhoneUsageRule),
                'external_id' => $this->externalId,
                'dtmf_string' => $this->dtmfString,
                'direction' => Reading::wire($this->direction),
                'contact' => $this->contact,
                'dialing_timeout' => $this->dialingTimeout,
                'contact_message' => $this->contactMessage->toArray(),
            ],
            [],
        );
    }
}
