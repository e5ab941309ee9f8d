<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `scenario_not_found` when it comes with code -32007.
 *
 * Catching ScenarioNotFoundError catches it too.
 */
class ScenarioNotFoundAsVirtualNumberError extends VirtualNumberError implements ScenarioNotFoundError
{
    public const DEFAULT_CODE = -32007;
    public const MNEMONIC = 'scenario_not_found';
}
