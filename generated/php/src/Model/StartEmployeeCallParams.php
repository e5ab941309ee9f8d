<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Enum\FirstCall;
use CloudPbx\CallApi\Enum\VirtualPhoneUsageRule;
use CloudPbx\CallApi\Internal\Reading;

/**
 * Connect an external subscriber directly with one of your employees, without a call
 * scenario.
 *
 * The parameters of `start.employee_call`: pass it to `Client::startEmployeeCall()`.
 */
final readonly class StartEmployeeCallParams
{
    public function __construct(
        /**
         * Which side is dialled first: `employee` (the employee from `employee`) or
         * `contact`
         * (the called party, usually a client).
         */
        public FirstCall $firstCall,
        /**
         * A virtual number rented by the client, in E.164 form (e.g. `74993720692`). Always
         * the
         * caller ID towards `contact`; also the caller ID towards the employee when
         * `show_virtual_phone_number` is true. Available numbers are listed by the Data API.
         *
         * Format: e164.
         */
        public string $virtualPhoneNumber,
        /**
         * Number of the party to call, in E.164 form (e.g. `79091234567`). An employee's SIP
         * number
         * is also accepted; employee extension numbers are not.
         *
         * Format: e164.
         */
        public string $contact,
        /**
         * The employee the contact is to be connected with.
         */
        public StartEmployeeCallEmployee $employee,
        /**
         * Controls when the two parties are joined when messages are configured.
         * With `first_call: employee` and both messages given: the employee answers and
         * hears
         * `employee_message` to the end; only then is `contact` dialled, while the employee
         * hears
         * `media_file_id`. When the contact answers, `true` joins the conversation
         * immediately,
         * `false` lets the contact hear `contact_message` to the end first.
         * With `first_call: contact` and both messages given: the contact answers and starts
         * hearing
         * `contact_message` while the employee is dialled. When the employee answers, `true`
         * stops
         * the contact's message and joins at once, `false` lets both messages play to the
         * end
         * first. Whoever finishes their message earlier hears `media_file_id` meanwhile.
         *
         * Server default: `false`.
         */
        public ?bool $switchAtOnce = null,
        /**
         * When true, the employee hears the contact's line while the contact is being
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
         * Group of the virtual number pool whose settings the call should use. Only
         * effective
         * together with a `virtual_phone_usage_rule` other than `fixed`.
         */
        public int|float|null $virtualNumberGroup = null,
        /**
         * Whether the employee sees `virtual_phone_number` as the caller ID.
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
         * Message played to the `contact` leg. When it ends, the `media_file_id` melody
         * loops.
         */
        public ?Message $contactMessage = null,
        /**
         * Message played to the employee leg. When it ends, the `media_file_id` melody
         * loops.
         */
        public ?Message $employeeMessage = null,
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
            firstCall: $r->enum(($data['first_call'] ?? null), $path . '.first_call', false, FirstCall::class),
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
            virtualNumberGroup: $r->number(
                ($data['virtual_number_group'] ?? null),
                $path . '.virtual_number_group',
                true,
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
            employee: $r->model(
                ($data['employee'] ?? null),
                $path . '.employee',
                false,
                StartEmployeeCallEmployee::class,
            ),
            contactMessage: $r->model(
                ($data['contact_message'] ?? null),
                $path . '.contact_message',
                true,
                Message::class,
            ),
            employeeMessage: $r->model(
                ($data['employee_message'] ?? null),
                $path . '.employee_message',
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
                'virtual_number_group' => $this->virtualNumberGroup,
                'show_virtual_phone_number' => $this->showVirtualPhoneNumber,
                'contact' => $this->contact,
                'external_id' => $this->externalId,
                'dtmf_string' => $this->dtmfString,
                'direction' => Reading::wire($this->direction),
                'employee' => $this->employee->toArray(),
                'contact_message' => $this->contactMessage?->toArray(),
                'employee_message' => $this->employeeMessage?->toArray(),
            ],
            [],
        );
    }
}
