# Generated from spec/ by `python -m generator`; do not edit.
"""The API as the simulator reads it, rendered from the spec: each method's parameters, errors and
allowed call states, the error catalogue and the call state machine."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "API_VERSION",
    "COMMON_ERRORS",
    "COMPONENT_NAMES",
    "EVENTS",
    "FINAL",
    "INITIAL",
    "LATEST_VERSION",
    "METHODS",
    "NOT_COUNTED",
    "SECRET_NAMES",
    "SESSION_LIFETIME",
    "START_METHODS",
    "STATES",
    "TRANSITIONS",
    "VERSION_PATH",
    "ErrorSpec",
    "MethodSpec",
    "Param",
    "Transition",
]


@dataclass(frozen=True)
class Param:
    """A documented parameter (or the element of an array parameter, with an empty name)."""

    name: str
    type: str  # string | integer | number | boolean | object | array
    required: bool = False
    nullable: bool = False
    enum: tuple[object, ...] = ()
    format: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    fields: tuple[Param, ...] = ()
    items: Param | None = None


@dataclass(frozen=True)
class ErrorSpec:
    mnemonic: str
    code: int
    message: str  # template; {placeholders} are filled from data.params


@dataclass(frozen=True)
class MethodSpec:
    wire: str
    component: str
    params: tuple[Param, ...]
    errors: tuple[ErrorSpec, ...]  # the method's own, besides COMMON_ERRORS
    allowed_states: tuple[str, ...]  # where the method may act; () when its pages set no limit
    result_is_list: bool
    unlisted: tuple[str, ...] = ()
    """Parameters a documented example sends with a successful answer though no table lists them:
    accepted as they are (not checked), as that answer shows the API does."""


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    to: str
    method: str | None = None
    event: str | None = None
    after: str | None = None  # only when this method was called since the call entered the state


API_VERSION = "4.0"
VERSION_PATH = "v{version}"
LATEST_VERSION = API_VERSION
SESSION_LIFETIME = 3600
"""Seconds a session key from login.user lives."""

SECRET_NAMES = frozenset(
    {
        "access_token",
        "login",
        "password",
    }
)
"""Parameters holding credentials: an error never echoes their values."""

NOT_COUNTED = frozenset(
    {
        "parse_error",
        "invalid_request",
        "method_not_found",
        "access_token_blocked",
        "access_token_invalid",
        "access_token_expired",
        "auth_error",
        "ip_not_whitelisted",
    }
)
"""Errors whose answers carry no limits (the server has not reached the account yet)."""

COMPONENT_NAMES: dict[str, str] = {
    "basic": "Call API Basic set",
    "call_management": "Call API Call management",
    "informer_call": "Call API Informer calls",
    "scenario_call": "Call API Call scenario",
}

COMMON_ERRORS: dict[str, ErrorSpec] = {
    "access_token_blocked": ErrorSpec(
        "access_token_blocked", -32001, "Access token has been blocked"
    ),
    "access_token_expired": ErrorSpec(
        "access_token_expired", -32001, "Access token has been expired"
    ),
    "access_token_invalid": ErrorSpec("access_token_invalid", -32001, "Access token is invalid"),
    "account_inactive": ErrorSpec(
        "account_inactive", -32009, "Your account has been disabled, contact the support service"
    ),
    "auth_error": ErrorSpec("auth_error", -32001, "Login or password is wrong"),
    "batch_opreations_not_supported": ErrorSpec(
        "batch_opreations_not_supported", -32099, "Batch operations not supported"
    ),
    "call_session_not_found": ErrorSpec("call_session_not_found", -32602, "Call session not found"),
    "component_disabled": ErrorSpec(
        "component_disabled", -32008, "Component {component_name} has been disabled"
    ),
    "data_type_error": ErrorSpec("data_type_error", -32602, "Data supplied is of wrong type"),
    "forbidden": ErrorSpec("forbidden", -32003, "Permission denied"),
    "internal_error": ErrorSpec(
        "internal_error", -32603, "Internal error, contact the support service"
    ),
    "invalid_parameter_value": ErrorSpec(
        "invalid_parameter_value", -32602, "Invalid parameter value"
    ),
    "invalid_request": ErrorSpec(
        "invalid_request", -32600, "Invalid Request The JSON sent is not a valid Request object"
    ),
    "ip_not_whitelisted": ErrorSpec(
        "ip_not_whitelisted", -32003, "Your IP {ip} is not whitelisted"
    ),
    "limit_exceeded": ErrorSpec(
        "limit_exceeded",
        -32029,
        "Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}",
    ),
    "method_not_found": ErrorSpec(
        "method_not_found", -32601, "The method does not exist / is not available"
    ),
    "notifications_not_supported": ErrorSpec(
        "notifications_not_supported", -32099, "Notifications not supported"
    ),
    "parse_error": ErrorSpec("parse_error", -32700, "Invalid JSON was received by the server."),
    "required_parameter_missed": ErrorSpec(
        "required_parameter_missed", -32602, "The required parameter has been missed"
    ),
    "unexpected_parameters": ErrorSpec(
        "unexpected_parameters", -32602, "Unexpected method parameter(s)"
    ),
}

METHODS: dict[str, MethodSpec] = {
    "login.user": MethodSpec(
        "login.user",
        "basic",
        params=(
            Param(
                "login",
                "string",
                required=True,
            ),
            Param(
                "password",
                "string",
                required=True,
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=False,
    ),
    "logout.user": MethodSpec(
        "logout.user",
        "basic",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=False,
    ),
    "start.employee_call": MethodSpec(
        "start.employee_call",
        "basic",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "first_call",
                "string",
                required=True,
                enum=(
                    "contact",
                    "employee",
                ),
            ),
            Param(
                "switch_at_once",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "early_switching",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "media_file_id",
                "integer",
            ),
            Param(
                "virtual_phone_number",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "virtual_phone_usage_rule",
                "string",
                enum=(
                    "fixed",
                    "fixed_for_numa",
                    "random",
                    "regional_random",
                    "regional_fixed_for_numa",
                ),
            ),
            Param(
                "virtual_number_group",
                "number",
            ),
            Param(
                "show_virtual_phone_number",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "contact",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "external_id",
                "string",
            ),
            Param(
                "dtmf_string",
                "string",
                format="dtmf",
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "employee",
                "object",
                required=True,
                fields=(
                    Param(
                        "id",
                        "integer",
                        required=True,
                    ),
                    Param(
                        "phone_number",
                        "string",
                    ),
                ),
            ),
            Param(
                "contact_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
            Param(
                "employee_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "virtual_phone_number_not_found",
                -32007,
                "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
            ),
            ErrorSpec(
                "employee_not_found",
                -32602,
                "Employee with id {employee_id} not found. It is not your employee.",
            ),
            ErrorSpec(
                "no_active_phone_number", -32602, "The phone number does not exist or inactive"
            ),
            ErrorSpec(
                "own_virtual_phone_number_not_allowed",
                -32602,
                "Parameter contact can not contain own virtual phone number",
            ),
            ErrorSpec(
                "contact_in_blacklist",
                -32002,
                "The contact {contact} has been found in the blacklist",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
            ErrorSpec(
                "invalid_parameters_combination",
                -32602,
                "The combination of parameters is not permitted",
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "start.informer_call": MethodSpec(
        "start.informer_call",
        "informer_call",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "virtual_phone_number",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "virtual_phone_usage_rule",
                "string",
                enum=(
                    "fixed",
                    "fixed_for_numa",
                    "random",
                    "regional_random",
                    "regional_fixed_for_numa",
                ),
            ),
            Param(
                "external_id",
                "string",
            ),
            Param(
                "dtmf_string",
                "string",
                format="dtmf",
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "contact",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "dialing_timeout",
                "integer",
                maximum=120,
            ),
            Param(
                "contact_message",
                "object",
                required=True,
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "virtual_phone_number_not_found",
                -32007,
                "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
            ),
            ErrorSpec(
                "own_virtual_phone_number_not_allowed",
                -32602,
                "Parameter contact can not contain own virtual phone number",
            ),
            ErrorSpec(
                "contact_in_blacklist",
                -32602,
                "The contact {contact} has been found in the blacklist",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "start.scenario_call": MethodSpec(
        "start.scenario_call",
        "scenario_call",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "virtual_phone_number",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "virtual_phone_usage_rule",
                "string",
                enum=(
                    "fixed",
                    "fixed_for_numa",
                    "random",
                    "regional_random",
                    "regional_fixed_for_numa",
                ),
            ),
            Param(
                "external_id",
                "string",
            ),
            Param(
                "dtmf_string",
                "string",
                format="dtmf",
            ),
            Param(
                "contact",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "first_call",
                "string",
                required=True,
                enum=(
                    "contact",
                    "employee",
                ),
            ),
            Param(
                "switch_at_once",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "early_switching",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "scenario_id",
                "integer",
                required=True,
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "contact_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
            Param(
                "employee_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "virtual_phone_number_not_found",
                -32007,
                "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
            ),
            ErrorSpec("scenario_not_found", -32602, "Scenario with id {scenario_id} not found"),
            ErrorSpec(
                "own_virtual_phone_number_not_allowed",
                -32602,
                "Parameter contact can not contain own virtual phone number",
            ),
            ErrorSpec(
                "contact_in_blacklist",
                -32602,
                "The contact {contact} has been found in the blacklist",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
            ErrorSpec(
                "invalid_parameters_combination",
                -32602,
                "The combination of parameters is not permitted",
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "start.simple_call": MethodSpec(
        "start.simple_call",
        "basic",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "first_call",
                "string",
                required=True,
                enum=(
                    "contact",
                    "operator",
                ),
            ),
            Param(
                "switch_at_once",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "early_switching",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "media_file_id",
                "integer",
            ),
            Param(
                "virtual_phone_number",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "virtual_phone_usage_rule",
                "string",
                enum=(
                    "fixed",
                    "fixed_for_numa",
                    "random",
                    "regional_random",
                    "regional_fixed_for_numa",
                ),
            ),
            Param(
                "show_virtual_phone_number",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "contact",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "external_id",
                "string",
            ),
            Param(
                "dtmf_string",
                "string",
                format="dtmf",
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "operator",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "operator_confirmation",
                "string",
            ),
            Param(
                "contact_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
            Param(
                "operator_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "virtual_phone_number_not_found",
                -32007,
                "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
            ),
            ErrorSpec(
                "own_virtual_phone_number_not_allowed",
                -32602,
                "Parameter contact can not contain own virtual phone number",
            ),
            ErrorSpec(
                "contact_in_blacklist",
                -32002,
                "The contact {contact} has been found in the blacklist",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
            ErrorSpec(
                "invalid_parameters_combination",
                -32602,
                "The combination of parameters is not permitted",
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "start.vnumber_call": MethodSpec(
        "start.vnumber_call",
        "basic",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "virtual_phone_number",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "virtual_phone_usage_rule",
                "string",
                enum=(
                    "fixed",
                    "fixed_for_numa",
                    "random",
                    "regional_random",
                    "regional_fixed_for_numa",
                ),
            ),
            Param(
                "external_id",
                "string",
            ),
            Param(
                "dtmf_string",
                "string",
                format="dtmf",
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "contact",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "first_call",
                "string",
                required=True,
                enum=(
                    "contact",
                    "employee",
                ),
            ),
            Param(
                "switch_at_once",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "early_switching",
                "boolean",
                enum=(
                    True,
                    False,
                ),
            ),
            Param(
                "contact_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "virtual_phone_number_not_found",
                -32007,
                "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
            ),
            ErrorSpec(
                "scenario_not_found", -32007, "Virtual phone number does not have a scenario"
            ),
            ErrorSpec(
                "own_virtual_phone_number_not_allowed",
                -32602,
                "Parameter contact can not contain own virtual phone number",
            ),
            ErrorSpec(
                "contact_in_blacklist",
                -32602,
                "The contact {contact} has been found in the blacklist",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
            ErrorSpec(
                "invalid_parameters_combination",
                -32602,
                "The combination of parameters is not permitted",
            ),
        ),
        allowed_states=(),
        result_is_list=False,
        unlisted=("show_virtual_phone_number",),
    ),
    "add.coach": MethodSpec(
        "add.coach",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "phone_number",
                "string",
            ),
        ),
        errors=(
            ErrorSpec("coach_not_found", -32602, "The coach not found in your settings"),
            ErrorSpec(
                "no_active_phone_number", -32602, "The phone number does not exist or inactive"
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "block.contact": MethodSpec(
        "block.contact",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
        ),
        errors=(
            ErrorSpec(
                "duplicate_contact",
                -32602,
                "The contact with phone number {contact_phone_number} already exists",
            ),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "call.talk_option": MethodSpec(
        "call.talk_option",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "button",
                "string",
                required=True,
            ),
        ),
        errors=(
            ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),
            ErrorSpec("internal_error", -32603, "Internal error, contact the support service"),
            ErrorSpec("forbidden", -32003, "Permission denied"),
            ErrorSpec("call_session_not_found", -32602, "Call session not found"),
            ErrorSpec("talk_option_not_found", -32602, "Talk option not found"),
        ),
        allowed_states=("talk",),
        result_is_list=False,
    ),
    "disconnect.leg": MethodSpec(
        "disconnect.leg",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "leg_id",
                "integer",
                required=True,
            ),
        ),
        errors=(ErrorSpec("leg_not_found", -32602, "The call's leg not found"),),
        allowed_states=(),
        result_is_list=False,
    ),
    "hold.call": MethodSpec(
        "hold.call",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "contact_message",
                "object",
                required=True,
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),
            ErrorSpec(
                "media_file_not_found", -32602, "The media file with id {media_file_id} not found"
            ),
            ErrorSpec(
                "tts_text_exceeded",
                -32602,
                "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
            ),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
        ),
        allowed_states=("talk",),
        result_is_list=False,
    ),
    "list.calls": MethodSpec(
        "list.calls",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "direction",
                "string",
                enum=(
                    "in",
                    "out",
                ),
            ),
            Param(
                "virtual_phone_number",
                "string",
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=True,
    ),
    "list.talk_options": MethodSpec(
        "list.talk_options",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=True,
    ),
    "make.call": MethodSpec(
        "make.call",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "to",
                "string",
                required=True,
                format="e164",
            ),
            Param(
                "to_message",
                "object",
                fields=(
                    Param(
                        "type",
                        "string",
                        required=True,
                        enum=(
                            "media",
                            "tts",
                        ),
                    ),
                    Param(
                        "value",
                        "string",
                        required=True,
                    ),
                ),
            ),
        ),
        errors=(
            ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),
            ErrorSpec(
                "character_encoding_not_allowed", -32602, "The character encoding must be UTF-8"
            ),
            ErrorSpec(
                "no_active_phone_number", -32602, "The phone number does not exist or inactive"
            ),
        ),
        allowed_states=("hold",),
        result_is_list=False,
    ),
    "record.call": MethodSpec(
        "record.call",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "action",
                "string",
                required=True,
                enum=(
                    "on",
                    "off",
                ),
            ),
        ),
        errors=(
            ErrorSpec("forbidden", -32003, "Permission denied"),
            ErrorSpec("record_already_started", -32602, "The call record is already started"),
            ErrorSpec("record_already_stopped", -32602, "The call record is not enabled"),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "release.call": MethodSpec(
        "release.call",
        "basic",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=False,
    ),
    "restore.talk": MethodSpec(
        "restore.talk",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
        ),
        errors=(ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),),
        allowed_states=(
            "dialing",
            "operator_talk",
        ),
        result_is_list=False,
    ),
    "send.dtmf": MethodSpec(
        "send.dtmf",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "dtmf_string",
                "string",
                required=True,
                format="dtmf",
            ),
        ),
        errors=(),
        allowed_states=(),
        result_is_list=False,
    ),
    "tag.call": MethodSpec(
        "tag.call",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
            Param(
                "tag_id",
                "integer",
                required=True,
            ),
        ),
        errors=(
            ErrorSpec("tag_not_found", -32602, "Tag with {tag_id} not found"),
            ErrorSpec("duplicate_tag", -32602, "Duplicate tag"),
        ),
        allowed_states=(),
        result_is_list=False,
    ),
    "transfer.talk": MethodSpec(
        "transfer.talk",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
        ),
        errors=(ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),),
        allowed_states=(
            "dialing",
            "operator_talk",
        ),
        result_is_list=False,
    ),
    "unhold.call": MethodSpec(
        "unhold.call",
        "call_management",
        params=(
            Param(
                "access_token",
                "string",
                required=True,
            ),
            Param(
                "call_session_id",
                "integer",
                required=True,
            ),
        ),
        errors=(ErrorSpec("invalid_state", -32004, "This method can not be called in this state"),),
        allowed_states=("hold",),
        result_is_list=False,
    ),
}

STATES = (
    "session",
    "talk",
    "hold",
    "waiting_input",
    "dialing",
    "operator_talk",
    "call_coach",
    "record_talk",
    "mark_call",
    "post_talk",
    "finishing",
)
EVENTS = (
    "answered",
    "call_failed",
    "hung_up",
    "input_requested",
    "completed",
)
INITIAL = "session"
FINAL = "finishing"
START_METHODS = frozenset(
    {
        "start.employee_call",
        "start.informer_call",
        "start.scenario_call",
        "start.simple_call",
        "start.vnumber_call",
    }
)

TRANSITIONS = (
    Transition(
        ("session",),
        "talk",
        event="answered",
    ),
    Transition(
        ("talk",),
        "hold",
        method="hold.call",
    ),
    Transition(
        ("hold",),
        "talk",
        method="unhold.call",
    ),
    Transition(
        ("hold",),
        "waiting_input",
        event="input_requested",
    ),
    Transition(
        ("waiting_input",),
        "hold",
        method="send.dtmf",
    ),
    Transition(
        ("hold",),
        "dialing",
        method="make.call",
    ),
    Transition(
        ("dialing",),
        "operator_talk",
        event="answered",
    ),
    Transition(
        ("dialing",),
        "hold",
        event="call_failed",
    ),
    Transition(
        (
            "dialing",
            "operator_talk",
        ),
        "talk",
        method="restore.talk",
    ),
    Transition(
        ("dialing",),
        "dialing",
        method="transfer.talk",
    ),
    Transition(
        ("dialing",),
        "talk",
        event="answered",
        after="transfer.talk",
    ),
    Transition(
        ("dialing",),
        "finishing",
        event="call_failed",
        after="transfer.talk",
    ),
    Transition(
        ("operator_talk",),
        "talk",
        method="transfer.talk",
    ),
    Transition(
        ("talk",),
        "call_coach",
        method="add.coach",
    ),
    Transition(
        ("call_coach",),
        "talk",
        event="call_failed",
    ),
    Transition(
        ("talk",),
        "record_talk",
        method="record.call",
    ),
    Transition(
        ("record_talk",),
        "talk",
        event="completed",
    ),
    Transition(
        ("talk",),
        "mark_call",
        method="tag.call",
    ),
    Transition(
        ("mark_call",),
        "talk",
        event="completed",
    ),
    Transition(
        ("talk",),
        "talk",
        method="call.talk_option",
    ),
    Transition(
        ("talk",),
        "post_talk",
        method="disconnect.leg",
    ),
    Transition(
        ("talk",),
        "post_talk",
        event="hung_up",
    ),
    Transition(
        ("post_talk",),
        "finishing",
        event="completed",
    ),
    Transition(
        (
            "session",
            "talk",
            "hold",
            "waiting_input",
            "dialing",
            "operator_talk",
            "call_coach",
            "record_talk",
            "mark_call",
            "post_talk",
        ),
        "finishing",
        method="release.call",
    ),
)
"""The call state machine (the vendor's state diagram; see the docs' Call states page)."""
