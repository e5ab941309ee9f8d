<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Mnemonic;
use CloudPbx\CallApi\Internal\Reading;

/**
 * What `list.talk_options` returns.
 *
 * One element of what `list.talk_options` returns (`Client::listTalkOptions()` gives a `ResultList` of them).
 */
final readonly class ListTalkOptionsResult
{
    public function __construct(
        /**
         * The key that triggers this talk option; pass it as `button` to `call.talk_option`.
         */
        public string $button,
        /**
         * Kind of action the option performs:
         * - `finish_conversation`: end the conversation
         * - `tag_call`: put a tag on the call
         * - `record_talk`: voice recorder (record the conversation)
         * - `transfer_call`: transfer the call
         * - `run_scenario`: run a scenario
         * - `call_coach`: call the coach
         * - `receive_fax`: receive a fax
         * - `save_numa`: save the caller's number (caller ID) to a group
         */
        public Mnemonic|string $mnemonic,
        /**
         * Display name of the talk option as set in the client area.
         */
        public string $name,
        /**
         * Extra data for options that act on a specific object (a tag, a scenario and so
         * on): which object the option activates.
         */
        public ?ListTalkOptionsResultButtonValue $buttonValue,
        /** The `metadata` block of the answer (limits, API version), when it came with one. */
        public ?Metadata $metadata = null,
    ) {
    }

    /**
     * The value read from its wire form at `$path`.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data, string $path, Reading $r, ?Metadata $metadata = null): self
    {
        return new self(
            button: $r->string(($data['button'] ?? null), $path . '.button', false),
            mnemonic: $r->enum(($data['mnemonic'] ?? null), $path . '.mnemonic', false, Mnemonic::class),
            name: $r->string(($data['name'] ?? null), $path . '.name', false),
            buttonValue: $r->model(
                ($data['button_value'] ?? null),
                $path . '.button_value',
                true,
                ListTalkOptionsResultButtonValue::class,
            ),
            metadata: $metadata,
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
                'button' => $this->button,
                'mnemonic' => Reading::wire($this->mnemonic),
                'name' => $this->name,
                'button_value' => $this->buttonValue?->toArray(),
            ],
            ['button_value'],
        );
    }
}
