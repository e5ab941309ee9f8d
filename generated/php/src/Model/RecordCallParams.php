<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Enum\Action;
use CloudPbx\CallApi\Internal\Reading;

/**
 * Start or stop recording of an active conversation.
 *
 * The parameters of `record.call`: pass it to `Client::recordCall()`.
 */
final readonly class RecordCallParams
{
    public function __construct(
        /**
         * Id of the call session; returned by start.informer_call, start.vnumber_call,
         * start.scenario_call and start.employee_call, and also available from the
         * notification server or the data API.
         */
        public int $callSessionId,
        /**
         * `on` starts recording the conversation, `off` stops it.
         */
        public Action $action,
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
            action: $r->enum(($data['action'] ?? null), $path . '.action', false, Action::class),
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
                'action' => Reading::wire($this->action),
            ],
            [],
        );
    }
}
