<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * Which side is dialled first: `employee` (the employee from `employee`) or `contact`
 * (the called party, usually a client).
 */
enum FirstCall: string
{
    case Contact = 'contact';
    case Employee = 'employee';
}
