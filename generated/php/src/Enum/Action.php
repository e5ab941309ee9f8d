<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * `on` starts recording the conversation, `off` stops it.
 */
enum Action: string
{
    case On = 'on';
    case Off = 'off';
}
