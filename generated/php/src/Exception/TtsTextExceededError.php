<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `tts_text_exceeded` (-32602).
 *
 * The text to speak is longer than the tariff allows.
 *
 * Server message: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of
 * your message is {sent_tts_message_length}
 *
 * `params` holds `tts_message_max_length`, `sent_tts_message_length`.
 */
class TtsTextExceededError extends InvalidParamsError
{
    public const MNEMONIC = 'tts_text_exceeded';
}
