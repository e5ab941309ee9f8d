# Generated from spec/ by `python -m generator`; do not edit.
"""The request objects as ``TypedDict``s: a plain dict passed for a nested parameter is checked
by the type checker (a misspelt key, a value outside the allowed ones), like the models beside
them."""

from __future__ import annotations

from typing import Literal

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "MessageParam",
    "StartEmployeeCallEmployeeParam",
]


class MessageParam(TypedDict):
    """A message played to one party of a call: a stored media file (system or user file, by
    id) or a text voiced by the Text-to-Speech service.

    Keys:
        type: `media` - a media file; `tts` - text for speech synthesis.
        value: For `media`, the id of a system or user media file (sent as a string); for
                `tts`, the text to synthesise. TTS length is capped by the tariff plan /
                account limit.
    """

    type: Literal["media", "tts"]
    value: str


class StartEmployeeCallEmployeeParam(TypedDict):
    """The employee the contact is to be connected with.

    Keys:
        id: Employee id (from the Data API employee information). If `phone_number` is
                omitted, all of the employee's active numbers are dialled one after another.
        phone_number: The employee number to ring: a SIP number, an extension, or an E.164 number.
                It must be active in the account and belong to the employee given in `id`.
    """

    id: int
    phone_number: NotRequired[str]
