<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `character_encoding_not_allowed` (-32602).
 *
 * The request text is not UTF-8.
 *
 * Server message: The character encoding must be UTF-8
 */
class CharacterEncodingNotAllowedError extends InvalidParamsError
{
    public const MNEMONIC = 'character_encoding_not_allowed';
}
