<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `media_file_not_found` (-32602).
 *
 * No media file with the given id exists for the account.
 *
 * Server message: The media file with id {media_file_id} not found
 *
 * `params` holds `media_file_id`.
 */
class MediaFileNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'media_file_not_found';
}
