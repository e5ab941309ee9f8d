<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Enum\FirstCall;
use CloudPbx\CallApi\Enum\VirtualPhoneUsageRule;
use CloudPbx\CallApi\Internal\Reading;

/**
 * Start a call that is routed by a chosen call-processing scenario.
 *
 * The parameters of `start.scenario_call`: pass it to `Client::startScenarioCall()`.
 */
final readonly class StartScenarioCallParams
{
    public function __construct(
        /**
         * A virtual number rented by the client, in E.164 form (e.g. 74993720692). It is
         * always the caller id shown to the contact; it is also shown to the employee when
         * the scenario's forwarding operation is set to display the service number. The list
         * of virtual numbers is available from the Data API.
         *
         * Format: e164.
         */
        public string $virtualPhoneNumber,
        /**
         * The external party's number in E.164 form (e.g. 79091234567); an employee's SIP
         * number is also accepted. Employee extension numbers are not supported. Without
         * `contact_message` the contact hears the system dialing melody (dialing_music).
         *
         * Format: e164.
         */
        public string $contact,
        /**
         * Which side is dialled first, `employee` (from the scenario) or `contact` (usually
         * the client).
         */
        public FirstCall $firstCall,
        /**
         * Id of the scenario that routes the call; scenario ids are available from the Data
         * API.
         */
        public int $scenarioId,
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
         * Controls whether the conversation starts as soon as both sides have answered
         * (`true`)
         * or only after the message has been played to the end (`false`).
         * - `first_call=employee` with an employee message in the scenario and
         *   `contact_message`
         *   given: the employee hears the whole message first, then the contact is dialled
         *   (the employee hears dialing_music meanwhile). When the contact answers, `true`
         *   connects them at once; `false` lets the contact hear the message to the end
         *   first.
         * - `first_call=contact` with `contact_message` and an employee message in the
         *   scenario:
         *   the contact is dialled first and hears the message while the employee is
         *   dialled.
         *   `true` cuts the contact's message when the employee answers; `false` plays the
         *   message to the end for both. Whoever finishes first hears dialing_music.
         * `switch_at_once=true` does not work when `contact_message.type` is `tts`.
         *
         * Server default: `false`.
         */
        public ?bool $switchAtOnce = null,
        /**
         * When `true`, the employee hears what happens on the contact's line while the
         * contact is being dialled (e.g. a voicemail greeting). When `false`, the employee
         * hears the hold music instead.
         *
         * Server default: `false`.
         */
        public ?bool $earlySwitching = null,
        /**
         * Direction the call is recorded with, `in` (incoming) or `out` (outgoing).
         *
         * Server default: `"in"`.
         */
        public ?Direction $direction = null,
        /**
         * Message played to the `contact` party. After it ends the system dialing melody
         * (dialing_music) loops.
         */
        public ?Message $contactMessage = null,
        /**
         * Message played to the employee. If the scenario also defines an employee message,
         * the scenario's message plays first and this one after it.
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
            contact: $r->string(($data['contact'] ?? null), $path . '.contact', false),
            firstCall: $r->enum(($data['first_call'] ?? null), $path . '.first_call', false, FirstCall::class),
            switchAtOnce: $r->bool(($data['switch_at_once'] ?? null), $path . '.switch_at_once', true),
            earlySwitching: $r->bool(($data['early_switching'] ?? null), $path . '.early_switching', true),
            scenarioId: $r->int(($data['scenario_id'] ?? null), $path . '.scenario_id', false),
            direction: $r->enum(($data['direction'] ?? null), $path . '.direction', true, Direction::class),
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
                'virtual_phone_number' => $this->virtualPhoneNumber,
                'virtual_phone_usage_rule' => Reading::wire($this->virtualPhoneUsageRule),
                'external_id' => $this->externalId,
                'dtmf_string' => $this->dtmfString,
                'contact' => $this->contact,
                'first_call' => Reading::wire($this->firstCall),
                'switch_at_once' => $this->switchAtOnce,
                'early_switching' => $this->earlySwitching,
                'scenario_id' => $this->scenarioId,
                'direction' => Reading::wire($this->direction),
                'contact_message' => $this->contactMessage?->toArray(),
                'employee_message' => $this->employeeMessage?->toArray(),
            ],
            [],
        );
    }
}
