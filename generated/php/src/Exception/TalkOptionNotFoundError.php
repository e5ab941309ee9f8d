<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `talk_option_not_found` (-32602).
 *
 * No talk option is set up for the given key.
 *
 * Server message: Talk option not found
 */
class TalkOptionNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'talk_option_not_found';
}
