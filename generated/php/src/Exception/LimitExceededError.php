<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `limit_exceeded` (-32029).
 *
 * The per-minute or per-day points limit of the tariff is used up.
 *
 * Server message: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is
 * {limit_max_value}
 *
 * `params` holds `limit_type`, `limit_max_value`.
 */
class LimitExceededError extends LimitError
{
    public const MNEMONIC = 'limit_exceeded';
    public const WAITS_FOR_RESET = true;
}
