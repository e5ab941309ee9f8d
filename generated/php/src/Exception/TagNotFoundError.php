<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `tag_not_found` (-32602).
 *
 * No tag with the given id exists for the account.
 *
 * Server message: Tag with {tag_id} not found
 *
 * `params` holds `tag_id`.
 */
class TagNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'tag_not_found';
}
