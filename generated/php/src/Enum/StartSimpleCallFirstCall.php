<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * Which side is dialled first: `operator` (the number in `operator`, who can manage the call
 * via talk options) or `contact` (the called party, usually a client).
 */
enum StartSimpleCallFirstCall: string
{
    case Contact = 'contact';
    case Operator = 'operator';
}
