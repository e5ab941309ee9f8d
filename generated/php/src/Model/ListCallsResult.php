<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Internal\Reading;

/**
 * What `list.calls` returns.
 *
 * One element of what `list.calls` returns (`Client::listCalls()` gives a `ResultList` of them).
 */
final readonly class ListCallsResult
{
    public function __construct(
        /**
         * Identifier of the call session, usable with the other call-management methods.
         */
        public int $callSessionId,
        /**
         * Direction of the call session.
         */
        public Direction|string $direction,
        /**
         * When the call started.
         */
        public string $startTime,
        /**
         * The virtual number used as the presented (caller ID) number for the call.
         */
        public string $virtualPhoneNumber,
        /**
         * The contact's (subscriber's) phone number.
         */
        public string $contactPhoneNumber,
        /**
         * The request's identifier in the client's own external system, if one was given.
         */
        public ?string $externalId,
        /**
         * Tags already put on the call.
         *
         * @var list<ListCallsResultTags>
         */
        public array $tags,
        /**
         * Legs (participants) of the call session.
         *
         * @var list<ListCallsResultLegs>
         */
        public array $legs,
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
            callSessionId: $r->int(($data['call_session_id'] ?? null), $path . '.call_session_id', false),
            direction: $r->enum(($data['direction'] ?? null), $path . '.direction', false, Direction::class),
            startTime: $r->string(($data['start_time'] ?? null), $path . '.start_time', false),
            virtualPhoneNumber: $r->string(
                ($data['virtual_phone_number'] ?? null),
                $path . '.virtual_phone_number',
                false,
            ),
            contactPhoneNumber: $r->string(
                ($data['contact_phone_number'] ?? null),
                $path . '.contact_phone_number',
                false,
            ),
            externalId: $r->string(($data['external_id'] ?? null), $path . '.external_id', true),
            tags: $r->list(
                ($data['tags'] ?? null),
                $path . '.tags',
                false,
                static fn (mixed $v, string $p): ListCallsResultTags => $r->model(
                    $v,
                    $p,
                    false,
                    ListCallsResultTags::class,
                ),
            ),
            legs: $r->list(
                ($data['legs'] ?? null),
                $path . '.legs',
                false,
                static fn (mixed $v, string $p): ListCallsResultLegs => $r->model(
                    $v,
                    $p,
                    false,
                    ListCallsResultLegs::class,
                ),
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
                'call_session_id' => $this->callSessionId,
                'direction' => Reading::wire($this->direction),
                'start_time' => $this->startTime,
                'virtual_phone_number' => $this->virtualPhoneNumber,
                'contact_phone_number' => $this->contactPhoneNumber,
                'external_id' => $this->externalId,
                'tags' => array_map(static fn (mixed $v): mixed => $v?->toArray(), $this->tags),
                'legs' => array_map(static fn (mixed $v): mixed => $v?->toArray(), $this->legs),
            ],
            ['external_id'],
        );
    }
}
