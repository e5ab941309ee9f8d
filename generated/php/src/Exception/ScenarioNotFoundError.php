<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `scenario_not_found` (-32602, -32007).
 *
 * start.scenario_call (-32602) names a scenario that does not exist; start.vnumber_call
 * (-32007, message "Virtual phone number does not have a scenario") calls a virtual number
 * with no scenario.
 *
 * Server message: Scenario with id {scenario_id} not found
 *
 * `params` holds `scenario_id`.
 */
interface ScenarioNotFoundError extends \Throwable
{
}
