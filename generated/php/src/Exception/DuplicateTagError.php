<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `duplicate_tag` (-32602).
 *
 * The call already has this tag.
 *
 * Server message: Duplicate tag
 */
class DuplicateTagError extends InvalidParamsError
{
    public const MNEMONIC = 'duplicate_tag';
}
