# Generated from spec/ by `python -m generator`; do not edit.
"""Typed models of what the Call API takes and returns (pydantic v2)."""

from __future__ import annotations

from typing import Literal

from callapi._base import CallApiModel


class ApiVersion(CallApiModel):
    """
    Present only when the called version is deprecated.
    """

    current_version_depricated: bool
    """
    True when the called version is deprecated and may be switched off in about two months.
    """
    current_version: str
    """
    The version that was called.
    """
    latest_version: str
    """
    The newest version available.
    """


class Limits(CallApiModel):
    """
    The points limits of the account and what is left of them; absent for the answers limits do not count.
    """

    day_limit: int
    """
    Points allowed per day.
    """
    day_remaining: int
    """
    Points left until the daily limit is reached.
    """
    day_reset: int
    """
    Seconds until the daily limit resets.
    """
    minute_limit: int
    """
    Points allowed per minute.
    """
    minute_remaining: int
    """
    Points left until the per-minute limit is reached.
    """
    minute_reset: int
    """
    Seconds until the per-minute limit resets.
    """


class ListCallsResultLegs(CallApiModel):
    leg_id: int
    """
    Identifier of the leg.
    """
    calling_phone_number: str
    """
    Number of the calling party on this leg.
    """
    called_phone_number: str
    """
    Number of the called party on this leg.
    """
    is_operator: bool
    """
    True for the leg that is entitled to use talk options (the operator/employee side).
    """
    employee_id: int | None
    """
    Identifier of the employee on this leg.
    """
    employee_full_name: str | None
    """
    Full name of the employee on this leg.
    """
    record_call_enabled: bool
    """
    Whether conversation recording is on (`true`) or off (`false`) for this leg.
    """
    state: str
    """
    Current status of the leg, as a human-readable label (dialing, talking, queued, disconnected, operators talking, on hold, transferring, sending DTMF, fax states). The labels differ between editions and are not a stable code; see notes.
    """


class ListCallsResultTags(CallApiModel):
    tag_id: int
    """
    Identifier of the tag.
    """
    tag_name: str
    """
    Name of the tag.
    """


class ListTalkOptionsResultButtonValue(CallApiModel):
    """
    Extra data for options that act on a specific object (a tag, a scenario and so on): which object the option activates.
    """

    id: int
    """
    Identifier of the object the option activates (e.g. the scenario id).
    """
    value: str
    """
    Name of the object the option activates (e.g. the scenario name).
    """


class LoginUserResult(CallApiModel):
    access_token: str
    """
    Session key to send as `access_token` in subsequent requests; valid for one hour.
    """
    expire_at: int
    """
    Point in time after which the issued session key is no longer valid.
    """


class Message(CallApiModel):
    """
    A message played to one party of a call: a stored media file (system or user file, by id) or a text voiced by the Text-to-Speech service.
    """

    type: Literal["media", "tts"]
    """
    Kind of message: `media` plays a stored file, `tts` synthesises the given text.
    """
    value: str
    """
    With `media`: id of a system or user media file (listed through the data API's user-file and system-file lists). With `tts`: the text to synthesise; its maximum length is set by the tariff plan / account limit.
    """


class StartEmployeeCallEmployee(CallApiModel):
    """
    The employee the contact is to be connected with.
    """

    id: int
    """
    Employee id (from the Data API employee information). If `phone_number` is omitted,
    all of the employee's active numbers are dialled one after another.
    """
    phone_number: str | None = None
    """
    The employee number to ring: a SIP number, an extension, or an E.164 number. It must be
    active in the account and belong to the employee given in `id`.
    """


class StartEmployeeCallResult(CallApiModel):
    call_session_id: int
    """
    Id of the call session that was created.
    """


class StartInformerCallResult(CallApiModel):
    call_session_id: int
    """
    Id of the call session that was created.
    """


class StartScenarioCallResult(CallApiModel):
    call_session_id: int
    """
    Id of the call session that was created.
    """


class StartSimpleCallResult(CallApiModel):
    call_session_id: int
    """
    Id of the call session that was created.
    """


class StartVnumberCallResult(CallApiModel):
    call_session_id: int
    """
    Id of the call session that was created.
    """


class SuccessResult(CallApiModel):
    """
    The answer of a method that only reports whether it did what was asked: a single flag, `success`. What the flag confirms is said by each method.
    """

    success: bool
    """
    `true` when the request was carried out.
    """


class Metadata(CallApiModel):
    """
    The `metadata` block that comes with every answer.
    """

    api_version: ApiVersion | None = None
    limits: Limits | None = None


class ListCallsResult(CallApiModel):
    call_session_id: int
    """
    Identifier of the call session, usable with the other call-management methods.
    """
    direction: Literal["in", "out"]
    """
    Direction of the call session.
    """
    start_time: str
    """
    When the call started.
    """
    virtual_phone_number: str
    """
    The virtual number used as the presented (caller ID) number for the call.
    """
    contact_phone_number: str
    """
    The contact's (subscriber's) phone number.
    """
    external_id: str | None
    """
    The request's identifier in the client's own external system, if one was given.
    """
    tags: list[ListCallsResultTags]
    """
    Tags already put on the call.
    """
    legs: list[ListCallsResultLegs]
    """
    Legs (participants) of the call session.
    """


class ListTalkOptionsResult(CallApiModel):
    button: str
    """
    The key that triggers this talk option; pass it as `button` to `call.talk_option`.
    """
    mnemonic: Literal[
        "finish_conversation",
        "tag_call",
        "record_talk",
        "transfer_call",
        "run_scenario",
        "call_coach",
        "receive_fax",
        "save_numa",
    ]
    """
    Kind of action the option performs:
    - `finish_conversation`: end the conversation
    - `tag_call`: put a tag on the call
    - `record_talk`: voice recorder (record the conversation)
    - `transfer_call`: transfer the call
    - `run_scenario`: run a scenario
    - `call_coach`: call the coach
    - `receive_fax`: receive a fax
    - `save_numa`: save the caller's number (caller ID) to a group
    """
    name: str
    """
    Display name of the talk option as set in the client area.
    """
    button_value: ListTalkOptionsResultButtonValue | None = None
