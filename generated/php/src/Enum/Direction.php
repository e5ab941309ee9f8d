<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * Direction the call is recorded with - `in` (incoming) or `out` (outgoing).
 */
enum Direction: string
{
    case In = 'in';
    case Out = 'out';
}
