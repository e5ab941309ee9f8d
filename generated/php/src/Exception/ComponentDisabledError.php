<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `component_disabled` (-32008).
 *
 * The component that contains the method is switched off for the account.
 *
 * Server message: Component {component_name} has been disabled
 *
 * `params` holds `component_name`.
 */
class ComponentDisabledError extends ComponentError
{
    public const MNEMONIC = 'component_disabled';
}
