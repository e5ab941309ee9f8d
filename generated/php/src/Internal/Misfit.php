<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

/**
 * A value of an answer that does not fit the documented shape; the client turns it into a
 * ProtocolError, so callers never see this class.
 *
 * @internal
 */
final class Misfit extends \RuntimeException
{
}
