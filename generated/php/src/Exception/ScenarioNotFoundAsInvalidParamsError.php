<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `scenario_not_found` when it comes with code -32602.
 *
 * Catching ScenarioNotFoundError catches it too.
 */
class ScenarioNotFoundAsInvalidParamsError extends InvalidParamsError implements ScenarioNotFoundError
{
    public const DEFAULT_CODE = -32602;
    public const MNEMONIC = 'scenario_not_found';
}
