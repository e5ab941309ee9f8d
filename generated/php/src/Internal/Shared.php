<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

use CloudPbx\CallApi\Model\Metadata;

/**
 * What a client and its withOptions() copies share: the session, the request ids, the latest
 * metadata, whether the deprecation notice was given and whether the client is closed.
 *
 * @internal
 */
final class Shared
{
    public ?string $sessionKey = null;
    public float $sessionEnds = 0.0;
    public bool $closed = false;
    public bool $deprecationTold = false;
    public int $lastId = 0;
    public ?Metadata $lastMetadata = null;

    /** @return array<string, mixed> what var_dump() shows: no session key */
    public function __debugInfo(): array
    {
        return ['session' => $this->sessionKey !== null ? 'open' : 'none', 'closed' => $this->closed];
    }
}
