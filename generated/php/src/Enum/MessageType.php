<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * `media` - a media file; `tts` - text for speech synthesis.
 */
enum MessageType: string
{
    case Media = 'media';
    case Tts = 'tts';
}
