<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Enum\StartSimpleCallFirstCall;
use CloudPbx\CallApi\Enum\VirtualPhoneUsageRule;
use CloudPbx\CallApi\Internal\Reading;

/**
 * Connect any external number with an operator number, without an employee or scenario.
 *
 * The parameters of `start.simple_call`: pass it to `Client::startSimpleCall()`.
 */
final readonly class StartSimpleCallParams
{
    public function __construct(
        /**
         * Which side is dialled first: `operator` (the number in `operator`, who can manage
         * the call
         * via talk options) or `contact` (the called party, usually a client).
         */
        public StartSimpleCallFirstCall $firstCall,
        /**
         * A virtual number rented by the client, in E.164 form (e.g. `74993720692`). Always
         * the
         * caller ID towards `contact`; also the caller ID towards `operator` when
         * `show_virtual_phone_number` is true. Available numbers are listed by the Data API.
         *
         * Format: e164.
         */
        public string $virtualPhoneNumber,
        /**
         * Number of the party to call, in E.164 form (e.g. `79091234567`). An employee's SIP
         * number
         * is also accepted; employee extension numbers are not. The client's own virtual
         * numbers are
         * refused (own_virtual_phone_number_not_allowed).
         *
         * Format: e164.
         */
        public string $contact,
        /**
         * Phone number of the operator the contact is connected with, in E.164 form
         * (e.g. `79091234567`). The operator can control the call through talk options but
         * is not an
         * employee and is not reported as one.
         *
         * Format: e164.
         */
        public string $operator,
        /**
         * Controls whether messages are cut short when the other party answers.
         * With `first_call: operator` and `operator_message` given: the operator answers,
         * hears the
         * message to the end, then `contact` is dialled while the operator hears
         * `media_file_id`.
         * If `contact_message` is given, `true` interrupts it for the contact leg, `false`
         * plays it
         * to the end.
         * With `first_call: contact` and `contact_message` given: the contact answers and
         * starts
         * hearing the message while the operator is dialled. If `operator_message` is given,
         * `true`
         * stops the messages on both legs once the operator answers, `false` plays them to
         * the end.
         * Whoever finishes their message earlier hears `media_file_id` meanwhile.
         *
         * Server default: `false`.
         */
        public ?bool $switchAtOnce = null,
        /**
         * When true, the operator hears the contact's line while the contact is being
         * dialled
         * (e.g. a voicemail greeting) instead of the `media_file_id` melody.
         *
         * Server default: `false`.
         */
        public ?bool $earlySwitching = null,
        /**
         * Id of the system or user media file used as waiting/dialling music. When omitted,
         * the
         * system melody `dialing_music` ("Dialing music" / "Forwarding music") is used. Ids
         * come from
         * the Data API lists of user and system media files.
         */
        public ?int $mediaFileId = null,
        /**
         * Rule for picking the outgoing virtual number dynamically: `fixed`,
         * `fixed_for_numa`
         * (fixed per subscriber), `random`, `regional_random`, `regional_fixed_for_numa`
         * (regional,
         * fixed per subscriber). If no number satisfies the rule, `virtual_phone_number` is
         * used.
         * Rules other than `fixed` need the "Automatic phone number management" component.
         *
         * Server default: `"fixed"`.
         */
        public ?VirtualPhoneUsageRule $virtualPhoneUsageRule = null,
        /**
         * Whether the operator sees `virtual_phone_number` as the caller ID.
         *
         * Server default: `true`.
         */
        public ?bool $showVirtualPhoneNumber = null,
        /**
         * Your own unique id, used to match call events with records in an external system.
         */
        public ?string $externalId = null,
        /**
         * DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g.
         * `.12.1..4`
         * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s more.
         *
         * Allowed: `0-9, *, #`. Format: dtmf.
         */
        public ?string $dtmfString = null,
        /**
         * Direction the call is recorded with - `in` (incoming) or `out` (outgoing).
         *
         * Server default: `"in"`.
         */
        public ?Direction $direction = null,
        /**
         * Key the operator must press to confirm being ready to take the call; `any` accepts
         * any key.
         *
         * Allowed: `0-9, *, #, any`.
         */
        public ?string $operatorConfirmation = null,
        /**
         * Message played to the `contact` leg. When it ends, the `media_file_id` melody
         * loops.
         */
        public ?Message $contactMessage = null,
        /**
         * Message played to the `operator` leg. When it ends, the `media_file_id` melody
         * loops.
         */
        public ?Message $operatorMessage = null,
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
            firstCall: $r->enum(
                ($data['first_call'] ?? null),
                $path . '.first_call',
                false,
                StartSimpleCallFirstCall::class,
            ),
            switchAtOnce: $r->bool(($data['switch_at_once'] ?? null), $path . '.switch_at_once', true),
            earlySwitching: $r->bool(($data['early_switching'] ?? null), $path . '.early_switching', true),
            mediaFileId: $r->int(($data['media_file_id'] ?? null), $path . '.media_file_id', true),
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
            showVirtualPhoneNumber: $r->bool(
                ($data['show_virtual_phone_number'] ?? null),
                $path . '.show_virtual_phone_number',
                true,
            ),
            contact: $r->string(($data['contact'] ?? null), $path . '.contact', false),
            externalId: $r->string(($data['external_id'] ?? null), $path . '.external_id', true),
            dtmfString: $r->string(($data['dtmf_string'] ?? null), $path . '.dtmf_string', true),
            direction: $r->enum(($data['direction'] ?? null), $path . '.direction', true, Direction::class),
            operator: $r->string(($data['operator'] ?? null), $path . '.operator', false),
            operatorConfirmation: $r->string(
                ($data['operator_confirmation'] ?? null),
                $path . '.operator_confirmation',
                true,
            ),
            contactMessage: $r->model(
                ($data['contact_message'] ?? null),
                $path . '.contact_message',
                true,
                Message::class,
            ),
            operatorMessage: $r->model(
                ($data['operator_message'] ?? null),
                $path . '.operator_message',
                true,
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
                'first_call' => Reading::wire($this->firstCall),
                'switch_at_once' => $this->switchAtOnce,
                'early_switching' => $this->earlySwitching,
                'media_file_id' => $this->mediaFileId,
                'virtual_phone_number' => $this->virtualPhoneNumber,
                'virtual_phone_usage_rule' => Reading::wire($this->virtualPhoneUsageRule),
                'show_virtual_phone_number' => $this->showVirtualPhoneNumber,
                'contact' => $this->contact,
                'external_id' => $this->externalId,
                'dtmf_string' => $this->dtmfString,
                'direction' => Reading::wire($this->direction),
                'operator' => $this->operator,
                'operator_confirmation' => $this->operatorConfirmation,
                'contact_message' => $this->contactMessage?->toArray(),
                'operator_message' => $this->operatorMessage?->toArray(),
            ],
            [],
        );
    }
}
