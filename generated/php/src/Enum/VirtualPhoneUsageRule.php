<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * Rule for picking the outgoing virtual number dynamically: `fixed`, `fixed_for_numa`
 * (fixed per subscriber), `random`, `regional_random`, `regional_fixed_for_numa` (regional,
 * fixed per subscriber). If no number satisfies the rule, `virtual_phone_number` is used.
 * Rules other than `fixed` need the "Automatic phone number management" component.
 */
enum VirtualPhoneUsageRule: string
{
    case Fixed = 'fixed';
    case FixedForNuma = 'fixed_for_numa';
    case Random = 'random';
    case RegionalRandom = 'regional_random';
    case RegionalFixedForNuma = 'regional_fixed_for_numa';
}
