<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `notifications_not_supported` (-32099).
 *
 * A JSON-RPC notification (a request without `id`) was sent; every request needs an id.
 *
 * Server message: Notifications not supported
 */
class NotificationsNotSupportedError extends UnsupportedFeatureError
{
    public const MNEMONIC = 'notifications_not_supported';
}
