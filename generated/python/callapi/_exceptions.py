# Generated from spec/ by `python -m generator`; do not edit.
"""Every exception the SDK raises, grouped by how callers catch them.

    CallApiError                      anything below; never raised itself
    ├── TransportError                no answer: connection failed, timed out, broke off
    │   ├── RequestTimeoutError       no answer in time
    │   └── AmbiguousOutcomeError     a call-acting request may have acted; no answer says whether
    ├── ProtocolError                 an answer that is not a valid JSON-RPC answer to the request
    ├── MissingCredentialsError       no access token and no login to get one
    ├── ClientClosedError             the client was used after close()
    └── ApiError                      the server answered with a JSON-RPC error
        ├── InvalidJsonError             -32700
        │   └── ParseError
        ├── RequestValidationError       -32600
        │   └── InvalidRequestError
        ├── MethodError                  -32601
        │   └── MethodNotFoundError
        ├── InvalidParamsError           -32602
        │   ├── CallSessionNotFoundError
        │   ├── DataTypeError
        │   ├── RequiredParameterMissedError
        │   ├── InvalidParameterValueError
        │   ├── UnexpectedParametersError
        │   ├── MediaFileNotFoundError
        │   ├── TtsTextExceededError
        │   ├── CharacterEncodingNotAllowedError
        │   ├── OwnVirtualPhoneNumberNotAllowedError
        │   ├── ContactInBlacklistAsInvalidParamsError
        │   ├── InvalidParametersCombinationError
        │   ├── EmployeeNotFoundError
        │   ├── NoActivePhoneNumberError
        │   ├── ScenarioNotFoundAsInvalidParamsError
        │   ├── CoachNotFoundError
        │   ├── LegNotFoundError
        │   ├── RecordAlreadyStartedError
        │   ├── RecordAlreadyStoppedError
        │   ├── DuplicateContactError
        │   ├── TagNotFoundError
        │   ├── DuplicateTagError
        │   └── TalkOptionNotFoundError
        ├── InternalServerError          -32603
        │   └── InternalError
        ├── AuthenticationError          -32001
        │   ├── AccessTokenExpiredError
        │   ├── AccessTokenBlockedError
        │   ├── AccessTokenInvalidError
        │   └── AuthError
        ├── CallRestrictedError          -32002
        │   └── ContactInBlacklistAsCallRestrictedError
        ├── AccessDeniedError            -32003
        │   ├── IpNotWhitelistedError
        │   └── ForbiddenError
        ├── CallStateError               -32004
        │   └── InvalidStateError
        ├── VirtualNumberError           -32007
        │   ├── VirtualPhoneNumberNotFoundError
        │   └── ScenarioNotFoundAsVirtualNumberError
        ├── ComponentError               -32008
        │   └── ComponentDisabledError
        ├── AccountError                 -32009
        │   └── AccountInactiveError
        ├── LimitError                   -32029
        │   └── LimitExceededError
        └── UnsupportedFeatureError      -32099
            ├── BatchOperationsNotSupportedError
            └── NotificationsNotSupportedError

An answer's error maps to a class by its (code, mnemonic) pair; an unknown mnemonic falls
back to its code's group class, an unknown code to ``ApiError``. A mnemonic the server
sends under several codes (e.g. ``contact_in_blacklist``) has one class per code, each a
subclass of both the mnemonic's class and the code's group class, so ``except
ContactInBlacklistError`` and ``except CallRestrictedError`` both work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = [
    "AccessDeniedError",
    "AccessTokenBlockedError",
    "AccessTokenExpiredError",
    "AccessTokenInvalidError",
    "AccountError",
    "AccountInactiveError",
    "AmbiguousOutcomeError",
    "ApiError",
    "AuthError",
    "AuthenticationError",
    "BatchOperationsNotSupportedError",
    "CallApiError",
    "CallRestrictedError",
    "CallSessionNotFoundError",
    "CallStateError",
    "CharacterEncodingNotAllowedError",
    "ClientClosedError",
    "CoachNotFoundError",
    "ComponentDisabledError",
    "ComponentError",
    "ContactInBlacklistAsCallRestrictedError",
    "ContactInBlacklistAsInvalidParamsError",
    "ContactInBlacklistError",
    "DataTypeError",
    "DuplicateContactError",
    "DuplicateTagError",
    "EmployeeNotFoundError",
    "ForbiddenError",
    "InternalError",
    "InternalServerError",
    "InvalidJsonError",
    "InvalidParameterValueError",
    "InvalidParametersCombinationError",
    "InvalidParamsError",
    "InvalidRequestError",
    "InvalidStateError",
    "IpNotWhitelistedError",
    "LegNotFoundError",
    "LimitError",
    "LimitExceededError",
    "MediaFileNotFoundError",
    "MethodError",
    "MethodNotFoundError",
    "MissingCredentialsError",
    "NoActivePhoneNumberError",
    "NotificationsNotSupportedError",
    "OwnVirtualPhoneNumberNotAllowedError",
    "ParseError",
    "ProtocolError",
    "RecordAlreadyStartedError",
    "RecordAlreadyStoppedError",
    "RequestTimeoutError",
    "RequestValidationError",
    "RequiredParameterMissedError",
    "ScenarioNotFoundAsInvalidParamsError",
    "ScenarioNotFoundAsVirtualNumberError",
    "ScenarioNotFoundError",
    "TagNotFoundError",
    "TalkOptionNotFoundError",
    "TransportError",
    "TtsTextExceededError",
    "UnexpectedParametersError",
    "UnsupportedFeatureError",
    "VirtualNumberError",
    "VirtualPhoneNumberNotFoundError",
    "error_class",
    "retry_after",
]

_SECRET_FIELDS = frozenset({"access_token", "login", "password"})
_REDACTED = "<redacted>"


def _scrub(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` with every secret replaced, at any depth of lists and dicts."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, _REDACTED)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode("utf-8", "replace"), _REDACTED.encode())
        return value
    if isinstance(value, dict):
        return {_scrub(k, secrets): _scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_scrub(v, secrets) for v in value)
    return value


def _rebuild(cls: type[CallApiError], args: tuple[Any, ...], state: dict[str, Any]) -> CallApiError:
    """Unpickles an exception without calling its ``__init__`` (whose arguments are not ``args``)."""
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc


def _rebuild_api_error(
    code: int, mnemonic: str | None, args: tuple[Any, ...], state: dict[str, Any]
) -> CallApiError:
    return _rebuild(error_class(code, mnemonic), args, state)


class CallApiError(Exception):
    """Base of every exception of this SDK. Every exception pickles (Celery, multiprocessing)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)

    def _redact(self, secrets: tuple[str, ...]) -> None:
        """Removes every known secret (key, password) from what this exception says or keeps,
        whoever put it there (a server echoing the token in its message, say)."""
        secrets = tuple(
            s for s in secrets if len(s) >= 4
        )  # a shorter one would blot out ordinary text
        if not secrets:
            return
        self.args = _scrub(self.args, secrets)
        for name, value in list(self.__dict__.items()):
            if isinstance(value, (str, bytes, dict, list, tuple)):
                try:
                    self.__dict__[name] = _scrub(value, secrets)
                except RecursionError:
                    self.__dict__[name] = _REDACTED


class TransportError(CallApiError):
    """Raised when no answer came: the connection failed or broke off."""


class RequestTimeoutError(TransportError):
    """Raised when no answer came within the call's ``timeout`` (for a method that acts on a call,
    only when the request never left; otherwise ``AmbiguousOutcomeError``)."""


class AmbiguousOutcomeError(TransportError):
    """Raised when a request of a method that acts on a call may have reached the server and no
    answer came (a timeout, a broken connection, a gateway error): the call may or may not have
    been placed or changed. The client never sends such a request twice.

    ``method`` is the wire name, ``external_id`` the caller's own id of the call when one was
    sent; look the call up before trying again.
    """

    def __init__(self, message: str, *, method: str, external_id: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.external_id = external_id


class ProtocolError(CallApiError):
    """Raised when the answer is not a valid JSON-RPC answer to the request sent.

    ``raw`` keeps the answer's body as received (bytes; credentials taken out), ``status_code``
    its HTTP status.
    """

    def __init__(
        self, message: str, *, raw: bytes = b"", status_code: int | None = None, method: str = ""
    ) -> None:
        super().__init__(message)
        self.raw = raw
        self.status_code = status_code
        self.method = method


class MissingCredentialsError(CallApiError):
    """Raised when a method needs an access token and the client has none and no login to get one."""


class ClientClosedError(CallApiError):
    """Raised when a client is used after it was closed."""


class ApiError(CallApiError):
    """Raised when the server answers with a JSON-RPC error.

    ``code`` and ``mnemonic`` identify the error; ``message`` is the server's text; ``field``,
    ``value`` and ``params`` come from ``error.data`` (``value`` is redacted when the field is
    a credential); ``metadata`` holds the answer's limits; ``request_id`` and ``method`` tell
    which call failed.
    """

    default_code: int | None = None
    default_mnemonic: str | None = None

    def __init__(
        self,
        message: str,
        *,
        code: int,
        mnemonic: str | None = None,
        data: dict[str, Any] | None = None,
        metadata: Metadata | None = None,
        request_id: str | int | None = None,
        method: str = "",
    ) -> None:
        super().__init__(message)
        data = dict(data or {})
        field = data.get("field")
        self.field: str | None = field if isinstance(field, str) else None
        if self.field is not None and self.field.split(".")[-1] in _SECRET_FIELDS:
            data["value"] = _REDACTED
        params = data.get("params")
        self.message = message
        self.code = code
        self.mnemonic = mnemonic
        self.data = data
        self.value: Any = data.get("value")
        self.params: dict[str, Any] = params if isinstance(params, dict) else {}
        self.metadata = metadata
        self.request_id = request_id
        self.method = method

    def __reduce__(self) -> tuple[Any, ...]:
        if globals().get(type(self).__name__) is not type(
            self
        ):  # a class made at run time: make it again
            return _rebuild_api_error, (self.code, self.mnemonic, self.args, self.__dict__)
        return _rebuild, (type(self), self.args, self.__dict__)

    def __str__(self) -> str:
        what = f"{self.code} {self.mnemonic}" if self.mnemonic else str(self.code)
        where = f" in {self.method}" if self.method else ""
        field = f" (field {self.field})" if self.field else ""
        return f"[{what}]{where}: {self.message}{field}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, mnemonic={self.mnemonic!r}, message={self.message!r}, field={self.field!r})"


def retry_after(metadata: Metadata | None) -> float | None:
    """Seconds until a used-up points budget resets, from an answer's ``metadata.limits``.

    The reset of the budget that is spent (remaining 0) applies, the later one when both are;
    when the answer does not say which is spent, the sooner reset. None without limits.
    """
    limits = metadata.limits if metadata is not None else None
    if limits is None:
        return None
    budgets = (
        (limits.minute_remaining, limits.minute_reset),
        (limits.day_remaining, limits.day_reset),
    )
    spent = [reset for remaining, reset in budgets if remaining <= 0]
    return float(max(spent) if spent else min(reset for _, reset in budgets))


class InvalidJsonError(ApiError):
    """Raised for code -32700: The request body is not valid JSON."""

    default_code = -32700


class RequestValidationError(ApiError):
    """Raised for code -32600: The JSON-RPC request object itself is wrong (`id`, `jsonrpc`, structure)."""

    default_code = -32600


class MethodError(ApiError):
    """Raised for code -32601: The called method does not exist or is not available."""

    default_code = -32601


class InvalidParamsError(ApiError):
    """Raised for code -32602: The method's parameters failed validation, or name an object that does not exist."""

    default_code = -32602


class InternalServerError(ApiError):
    """Raised for code -32603: The server failed internally; report the request and its time to support."""

    default_code = -32603


class AuthenticationError(ApiError):
    """Raised for code -32001: Login failed, or the access token is invalid, expired or blocked."""

    default_code = -32001


class CallRestrictedError(ApiError):
    """Raised for code -32002: The call is refused by the account's security rules for call directions, or by the blacklist."""

    default_code = -32002


class AccessDeniedError(ApiError):
    """Raised for code -32003: Access is refused, e.g. the client IP address is not whitelisted or the user lacks a right."""

    default_code = -32003


class CallStateError(ApiError):
    """Raised for code -32004: The method was called in the wrong order, or in a call state that does not allow it."""

    default_code = -32004


class VirtualNumberError(ApiError):
    """Raised for code -32007: A problem with the virtual phone number given."""

    default_code = -32007


class ComponentError(ApiError):
    """Raised for code -32008: The Call API component needed by the method is not enabled."""

    default_code = -32008


class AccountError(ApiError):
    """Raised for code -32009: A problem with the account, e.g. it is disabled; contact support."""

    default_code = -32009


class LimitError(ApiError):
    """Raised for code -32029: A points limit of the account is used up."""

    default_code = -32029


class UnsupportedFeatureError(ApiError):
    """Raised for code -32099: A JSON-RPC 2.0 feature the server does not support (batches, notifications)."""

    default_code = -32099


class AccessTokenBlockedError(AuthenticationError):
    """Raised for ``access_token_blocked`` (-32001): The permanent key has been blocked.

    Server message: Access token has been blocked
    """

    default_mnemonic = "access_token_blocked"


class AccessTokenExpiredError(AuthenticationError):
    """Raised for ``access_token_expired`` (-32001): The permanent key has passed its expiry date (only permanent keys expire this way).

    Server message: Access token has been expired
    """

    default_mnemonic = "access_token_expired"


class AccessTokenInvalidError(AuthenticationError):
    """Raised for ``access_token_invalid`` (-32001): No such key, or the session key from login.user has outlived its hour.

    Server message: Access token is invalid
    """

    default_mnemonic = "access_token_invalid"


class AccountInactiveError(AccountError):
    """Raised for ``account_inactive`` (-32009): The account is blocked; support can tell why.

    Server message: Your account has been disabled, contact the support service
    """

    default_mnemonic = "account_inactive"


class AuthError(AuthenticationError):
    """Raised for ``auth_error`` (-32001): login.user was given a wrong login or password.

    Server message: Login or password is wrong
    """

    default_mnemonic = "auth_error"


class BatchOperationsNotSupportedError(UnsupportedFeatureError):
    """Raised for ``batch_opreations_not_supported`` (-32099): A JSON-RPC batch (an array of requests) was sent; the API takes one request at a time.

    Server message: Batch operations not supported

    Also sent as ``batch_operations_not_supported``.
    """

    default_mnemonic = "batch_opreations_not_supported"


class CallSessionNotFoundError(InvalidParamsError):
    """Raised for ``call_session_not_found`` (-32602): No call session is known under the given id.

    Server message: Call session not found
    """

    default_mnemonic = "call_session_not_found"


class ComponentDisabledError(ComponentError):
    """Raised for ``component_disabled`` (-32008): The component that contains the method is switched off for the account.

    Server message: Component {component_name} has been disabled

    ``params`` holds `component_name`.
    """

    default_mnemonic = "component_disabled"


class DataTypeError(InvalidParamsError):
    """Raised for ``data_type_error`` (-32602): A parameter has the wrong JSON type, e.g. a number where a string is expected.

    Server message: Data supplied is of wrong type
    """

    default_mnemonic = "data_type_error"


class ForbiddenError(AccessDeniedError):
    """Raised for ``forbidden`` (-32003): The user may not call this method or perform this action.

    Server message: Permission denied
    """

    default_mnemonic = "forbidden"


class InternalError(InternalServerError):
    """Raised for ``internal_error`` (-32603): The server failed; send the request and its time to support.

    Server message: Internal error, contact the support service
    """

    default_mnemonic = "internal_error"


class InvalidParameterValueError(InvalidParamsError):
    """Raised for ``invalid_parameter_value`` (-32602): A parameter's value is not allowed or does not match the expected format.

    Server message: Invalid parameter value
    """

    default_mnemonic = "invalid_parameter_value"


class InvalidRequestError(RequestValidationError):
    """Raised for ``invalid_request`` (-32600): The request object is malformed (`id`, `jsonrpc` or structure).

    Server message: Invalid Request The JSON sent is not a valid Request object
    """

    default_mnemonic = "invalid_request"


class IpNotWhitelistedError(AccessDeniedError):
    """Raised for ``ip_not_whitelisted`` (-32003): The request came from an address missing from the account's API whitelist.

    Server message: Your IP {ip} is not whitelisted

    ``params`` holds `ip`.
    """

    default_mnemonic = "ip_not_whitelisted"


class LimitExceededError(LimitError):
    """Raised for ``limit_exceeded`` (-32029): The per-minute or per-day points limit of the tariff is used up.

    Server message: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}

    ``params`` holds `limit_type`, `limit_max_value`.
    """

    default_mnemonic = "limit_exceeded"

    @property
    def retry_after(self) -> float | None:
        """Seconds until the used-up budget resets (from the answer's ``metadata.limits``), or None."""
        return retry_after(self.metadata)


class MethodNotFoundError(MethodError):
    """Raised for ``method_not_found`` (-32601): The method name is not one of the API's methods.

    Server message: The method does not exist / is not available
    """

    default_mnemonic = "method_not_found"


class NotificationsNotSupportedError(UnsupportedFeatureError):
    """Raised for ``notifications_not_supported`` (-32099): A JSON-RPC notification (a request without `id`) was sent; every request needs an id.

    Server message: Notifications not supported
    """

    default_mnemonic = "notifications_not_supported"


class ParseError(InvalidJsonError):
    """Raised for ``parse_error`` (-32700): The body could not be parsed as JSON.

    Server message: Invalid JSON was received by the server.
    """

    default_mnemonic = "parse_error"


class RequiredParameterMissedError(InvalidParamsError):
    """Raised for ``required_parameter_missed`` (-32602): A required parameter is missing.

    Server message: The required parameter has been missed
    """

    default_mnemonic = "required_parameter_missed"


class UnexpectedParametersError(InvalidParamsError):
    """Raised for ``unexpected_parameters`` (-32602): The params object holds names the method does not define.

    Server message: Unexpected method parameter(s)
    """

    default_mnemonic = "unexpected_parameters"


class CharacterEncodingNotAllowedError(InvalidParamsError):
    """Raised for ``character_encoding_not_allowed`` (-32602): The request text is not UTF-8.

    Server message: The character encoding must be UTF-8
    """

    default_mnemonic = "character_encoding_not_allowed"


class CoachNotFoundError(InvalidParamsError):
    """Raised for ``coach_not_found`` (-32602): No coach number was given and none is configured in the account settings.

    Server message: The coach not found in your settings
    """

    default_mnemonic = "coach_not_found"


class ContactInBlacklistError(ApiError):
    """Raised for ``contact_in_blacklist`` (-32002, -32602): The number to call is on the account's blacklist. start.employee_call and start.simple_call answer with code -32002, the other start methods with -32602.

    Server message: The contact {contact} has been found in the blacklist

    ``params`` holds `contact`.
    """

    default_mnemonic = "contact_in_blacklist"


class ContactInBlacklistAsCallRestrictedError(ContactInBlacklistError, CallRestrictedError):
    """Raised for ``contact_in_blacklist`` when it comes with code -32002."""

    default_code = -32002


class ContactInBlacklistAsInvalidParamsError(ContactInBlacklistError, InvalidParamsError):
    """Raised for ``contact_in_blacklist`` when it comes with code -32602."""

    default_code = -32602


class DuplicateContactError(InvalidParamsError):
    """Raised for ``duplicate_contact`` (-32602): The number is already on the blacklist.

    Server message: The contact with phone number {contact_phone_number} already exists

    ``params`` holds `contact_phone_number`.
    """

    default_mnemonic = "duplicate_contact"


class DuplicateTagError(InvalidParamsError):
    """Raised for ``duplicate_tag`` (-32602): The call already has this tag.

    Server message: Duplicate tag
    """

    default_mnemonic = "duplicate_tag"


class EmployeeNotFoundError(InvalidParamsError):
    """Raised for ``employee_not_found`` (-32602): No employee with the given id belongs to the account.

    Server message: Employee with id {employee_id} not found. It is not your employee.

    ``params`` holds `employee_id`.
    """

    default_mnemonic = "employee_not_found"


class InvalidParametersCombinationError(InvalidParamsError):
    """Raised for ``invalid_parameters_combination`` (-32602): Parameters were combined in a way the method forbids (documented for `early_switching`).

    Server message: The combination of parameters is not permitted
    """

    default_mnemonic = "invalid_parameters_combination"


class InvalidStateError(CallStateError):
    """Raised for ``invalid_state`` (-32004): The call is not in a state that allows this method (see the call state diagram).

    Server message: This method can not be called in this state
    """

    default_mnemonic = "invalid_state"


class LegNotFoundError(InvalidParamsError):
    """Raised for ``leg_not_found`` (-32602): The call session has no leg with the given id.

    Server message: The call's leg not found
    """

    default_mnemonic = "leg_not_found"


class MediaFileNotFoundError(InvalidParamsError):
    """Raised for ``media_file_not_found`` (-32602): No media file with the given id exists for the account.

    Server message: The media file with id {media_file_id} not found

    ``params`` holds `media_file_id`.
    """

    default_mnemonic = "media_file_not_found"


class NoActivePhoneNumberError(InvalidParamsError):
    """Raised for ``no_active_phone_number`` (-32602): The phone number to dial does not exist or is switched off.

    Server message: The phone number does not exist or inactive
    """

    default_mnemonic = "no_active_phone_number"


class OwnVirtualPhoneNumberNotAllowedError(InvalidParamsError):
    """Raised for ``own_virtual_phone_number_not_allowed`` (-32602): The number to call is one of the account's own virtual numbers.

    Server message: Parameter contact can not contain own virtual phone number
    """

    default_mnemonic = "own_virtual_phone_number_not_allowed"


class RecordAlreadyStartedError(InvalidParamsError):
    """Raised for ``record_already_started`` (-32602): Recording was asked to start while it is running.

    Server message: The call record is already started
    """

    default_mnemonic = "record_already_started"


class RecordAlreadyStoppedError(InvalidParamsError):
    """Raised for ``record_already_stopped`` (-32602): Recording was asked to stop while it is not running.

    Server message: The call record is not enabled
    """

    default_mnemonic = "record_already_stopped"


class ScenarioNotFoundError(ApiError):
    """Raised for ``scenario_not_found`` (-32602, -32007): start.scenario_call (-32602) names a scenario that does not exist; start.vnumber_call (-32007, message "Virtual phone number does not have a scenario") calls a virtual number with no scenario.

    Server message: Scenario with id {scenario_id} not found

    ``params`` holds `scenario_id`.
    """

    default_mnemonic = "scenario_not_found"


class ScenarioNotFoundAsInvalidParamsError(ScenarioNotFoundError, InvalidParamsError):
    """Raised for ``scenario_not_found`` when it comes with code -32602."""

    default_code = -32602


class ScenarioNotFoundAsVirtualNumberError(ScenarioNotFoundError, VirtualNumberError):
    """Raised for ``scenario_not_found`` when it comes with code -32007."""

    default_code = -32007


class TagNotFoundError(InvalidParamsError):
    """Raised for ``tag_not_found`` (-32602): No tag with the given id exists for the account.

    Server message: Tag with {tag_id} not found

    ``params`` holds `tag_id`.
    """

    default_mnemonic = "tag_not_found"


class TalkOptionNotFoundError(InvalidParamsError):
    """Raised for ``talk_option_not_found`` (-32602): No talk option is set up for the given key.

    Server message: Talk option not found
    """

    default_mnemonic = "talk_option_not_found"


class TtsTextExceededError(InvalidParamsError):
    """Raised for ``tts_text_exceeded`` (-32602): The text to speak is longer than the tariff allows.

    Server message: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}

    ``params`` holds `tts_message_max_length`, `sent_tts_message_length`.
    """

    default_mnemonic = "tts_text_exceeded"


class VirtualPhoneNumberNotFoundError(VirtualNumberError):
    """Raised for ``virtual_phone_number_not_found`` (-32007): The virtual number is not one of the account's.

    Server message: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.

    ``params`` holds `virtual_phone_number`.
    """

    default_mnemonic = "virtual_phone_number_not_found"


_BY_CODE: dict[int, type[ApiError]] = {
    -32700: InvalidJsonError,
    -32600: RequestValidationError,
    -32601: MethodError,
    -32602: InvalidParamsError,
    -32603: InternalServerError,
    -32001: AuthenticationError,
    -32002: CallRestrictedError,
    -32003: AccessDeniedError,
    -32004: CallStateError,
    -32007: VirtualNumberError,
    -32008: ComponentError,
    -32009: AccountError,
    -32029: LimitError,
    -32099: UnsupportedFeatureError,
}

_BY_MNEMONIC: dict[str, type[ApiError]] = {
    "access_token_blocked": AccessTokenBlockedError,
    "access_token_expired": AccessTokenExpiredError,
    "access_token_invalid": AccessTokenInvalidError,
    "account_inactive": AccountInactiveError,
    "auth_error": AuthError,
    "batch_opreations_not_supported": BatchOperationsNotSupportedError,
    "batch_operations_not_supported": BatchOperationsNotSupportedError,
    "call_session_not_found": CallSessionNotFoundError,
    "component_disabled": ComponentDisabledError,
    "data_type_error": DataTypeError,
    "forbidden": ForbiddenError,
    "internal_error": InternalError,
    "invalid_parameter_value": InvalidParameterValueError,
    "invalid_request": InvalidRequestError,
    "ip_not_whitelisted": IpNotWhitelistedError,
    "limit_exceeded": LimitExceededError,
    "method_not_found": MethodNotFoundError,
    "notifications_not_supported": NotificationsNotSupportedError,
    "parse_error": ParseError,
    "required_parameter_missed": RequiredParameterMissedError,
    "unexpected_parameters": UnexpectedParametersError,
    "character_encoding_not_allowed": CharacterEncodingNotAllowedError,
    "coach_not_found": CoachNotFoundError,
    "contact_in_blacklist": ContactInBlacklistError,
    "duplicate_contact": DuplicateContactError,
    "duplicate_tag": DuplicateTagError,
    "employee_not_found": EmployeeNotFoundError,
    "invalid_parameters_combination": InvalidParametersCombinationError,
    "invalid_state": InvalidStateError,
    "leg_not_found": LegNotFoundError,
    "media_file_not_found": MediaFileNotFoundError,
    "no_active_phone_number": NoActivePhoneNumberError,
    "own_virtual_phone_number_not_allowed": OwnVirtualPhoneNumberNotAllowedError,
    "record_already_started": RecordAlreadyStartedError,
    "record_already_stopped": RecordAlreadyStoppedError,
    "scenario_not_found": ScenarioNotFoundError,
    "tag_not_found": TagNotFoundError,
    "talk_option_not_found": TalkOptionNotFoundError,
    "tts_text_exceeded": TtsTextExceededError,
    "virtual_phone_number_not_found": VirtualPhoneNumberNotFoundError,
}

_BY_CODE_AND_MNEMONIC: dict[tuple[int, str], type[ApiError]] = {
    (-32001, "access_token_blocked"): AccessTokenBlockedError,
    (-32001, "access_token_expired"): AccessTokenExpiredError,
    (-32001, "access_token_invalid"): AccessTokenInvalidError,
    (-32009, "account_inactive"): AccountInactiveError,
    (-32001, "auth_error"): AuthError,
    (-32099, "batch_opreations_not_supported"): BatchOperationsNotSupportedError,
    (-32099, "batch_operations_not_supported"): BatchOperationsNotSupportedError,
    (-32602, "call_session_not_found"): CallSessionNotFoundError,
    (-32008, "component_disabled"): ComponentDisabledError,
    (-32602, "data_type_error"): DataTypeError,
    (-32003, "forbidden"): ForbiddenError,
    (-32603, "internal_error"): InternalError,
    (-32602, "invalid_parameter_value"): InvalidParameterValueError,
    (-32600, "invalid_request"): InvalidRequestError,
    (-32003, "ip_not_whitelisted"): IpNotWhitelistedError,
    (-32029, "limit_exceeded"): LimitExceededError,
    (-32601, "method_not_found"): MethodNotFoundError,
    (-32099, "notifications_not_supported"): NotificationsNotSupportedError,
    (-32700, "parse_error"): ParseError,
    (-32602, "required_parameter_missed"): RequiredParameterMissedError,
    (-32602, "unexpected_parameters"): UnexpectedParametersError,
    (-32602, "character_encoding_not_allowed"): CharacterEncodingNotAllowedError,
    (-32602, "coach_not_found"): CoachNotFoundError,
    (-32002, "contact_in_blacklist"): ContactInBlacklistAsCallRestrictedError,
    (-32602, "contact_in_blacklist"): ContactInBlacklistAsInvalidParamsError,
    (-32602, "duplicate_contact"): DuplicateContactError,
    (-32602, "duplicate_tag"): DuplicateTagError,
    (-32602, "employee_not_found"): EmployeeNotFoundError,
    (-32602, "invalid_parameters_combination"): InvalidParametersCombinationError,
    (-32004, "invalid_state"): InvalidStateError,
    (-32602, "leg_not_found"): LegNotFoundError,
    (-32602, "media_file_not_found"): MediaFileNotFoundError,
    (-32602, "no_active_phone_number"): NoActivePhoneNumberError,
    (-32602, "own_virtual_phone_number_not_allowed"): OwnVirtualPhoneNumberNotAllowedError,
    (-32602, "record_already_started"): RecordAlreadyStartedError,
    (-32602, "record_already_stopped"): RecordAlreadyStoppedError,
    (-32602, "scenario_not_found"): ScenarioNotFoundAsInvalidParamsError,
    (-32007, "scenario_not_found"): ScenarioNotFoundAsVirtualNumberError,
    (-32602, "tag_not_found"): TagNotFoundError,
    (-32602, "talk_option_not_found"): TalkOptionNotFoundError,
    (-32602, "tts_text_exceeded"): TtsTextExceededError,
    (-32007, "virtual_phone_number_not_found"): VirtualPhoneNumberNotFoundError,
}


def error_class(code: int, mnemonic: str | None) -> type[ApiError]:
    """The class to raise for an error answer.

    The documented (code, mnemonic) pair maps to its class. A known mnemonic under a code
    the docs do not give it gets a class derived from both the mnemonic's and the code
    group's class; otherwise the mnemonic's class, the group's class, or ``ApiError``.
    """
    if mnemonic is not None:
        exact = _BY_CODE_AND_MNEMONIC.get((code, mnemonic))
        if exact is not None:
            return exact
        by_mnemonic = _BY_MNEMONIC.get(mnemonic)
        by_code = _BY_CODE.get(code)
        if by_mnemonic is not None and by_code is not None:
            combined = type(by_mnemonic.__name__, (by_mnemonic, by_code), {"default_code": code})
            _BY_CODE_AND_MNEMONIC[(code, mnemonic)] = combined
            return combined
        if by_mnemonic is not None:
            return by_mnemonic
    return _BY_CODE.get(code, ApiError)
