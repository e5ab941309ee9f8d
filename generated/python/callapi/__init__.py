# Generated from spec/ by `python -m generator`; do not edit.
"""Python SDK of the Call API (v4.0): Place and control phone calls of a cloud PBX (UIS, CoMagic, Novofon, CallGear) over JSON-RPC 2.0.

from callapi import Client

with Client(access_token="...", brand="uis") as client:   # or login=..., password=...
    call = client.start_simple_call(...)
    print(call.call_session_id, client.last_metadata)
"""

from typing import TYPE_CHECKING, Any, TypeAlias

from ._client import AsyncClient, Client
from ._constants import API_VERSION, BASE_URLS, SDK_VERSION, Brand
from ._exceptions import (
    AccessDeniedError,
    AccessTokenBlockedError,
    AccessTokenExpiredError,
    AccessTokenInvalidError,
    AccountError,
    AccountInactiveError,
    AmbiguousOutcomeError,
    ApiError,
    AuthenticationError,
    AuthError,
    BatchOperationsNotSupportedError,
    CallApiError,
    CallRestrictedError,
    CallSessionNotFoundError,
    CallStateError,
    CharacterEncodingNotAllowedError,
    ClientClosedError,
    CoachNotFoundError,
    ComponentDisabledError,
    ComponentError,
    ContactInBlacklistAsCallRestrictedError,
    ContactInBlacklistAsInvalidParamsError,
    ContactInBlacklistError,
    DataTypeError,
    DuplicateContactError,
    DuplicateTagError,
    EmployeeNotFoundError,
    ForbiddenError,
    InternalError,
    InternalServerError,
    InvalidJsonError,
    InvalidParametersCombinationError,
    InvalidParameterValueError,
    InvalidParamsError,
    InvalidRequestError,
    InvalidStateError,
    IpNotWhitelistedError,
    LegNotFoundError,
    LimitError,
    LimitExceededError,
    MediaFileNotFoundError,
    MethodError,
    MethodNotFoundError,
    MissingCredentialsError,
    NoActivePhoneNumberError,
    NotificationsNotSupportedError,
    OwnVirtualPhoneNumberNotAllowedError,
    ParseError,
    ProtocolError,
    RecordAlreadyStartedError,
    RecordAlreadyStoppedError,
    RequestTimeoutError,
    RequestValidationError,
    RequiredParameterMissedError,
    ScenarioNotFoundAsInvalidParamsError,
    ScenarioNotFoundAsVirtualNumberError,
    ScenarioNotFoundError,
    TagNotFoundError,
    TalkOptionNotFoundError,
    TransportError,
    TtsTextExceededError,
    UnexpectedParametersError,
    UnsupportedFeatureError,
    VirtualNumberError,
    VirtualPhoneNumberNotFoundError,
    error_class,
    retry_after,
)
from ._params import (
    MessageParam,
    StartEmployeeCallEmployeeParam,
)
from ._types import NOT_GIVEN, NotGiven, RawResponse, ResultList

__version__ = SDK_VERSION

if TYPE_CHECKING:
    from ._base import CallApiModel
    from ._models import (
        ApiVersion,
        Limits,
        ListCallsResult,
        ListCallsResultLegs,
        ListCallsResultTags,
        ListTalkOptionsResult,
        ListTalkOptionsResultButtonValue,
        LoginUserResult,
        Message,
        Metadata,
        StartEmployeeCallEmployee,
        StartEmployeeCallResult,
        StartInformerCallResult,
        StartScenarioCallResult,
        StartSimpleCallResult,
        StartVnumberCallResult,
        SuccessResult,
    )

    # a result class several methods share is also named after each of them
    LogoutUserResult: TypeAlias = SuccessResult
    AddCoachResult: TypeAlias = SuccessResult
    BlockContactResult: TypeAlias = SuccessResult
    CallTalkOptionResult: TypeAlias = SuccessResult
    DisconnectLegResult: TypeAlias = SuccessResult
    HoldCallResult: TypeAlias = SuccessResult
    MakeCallResult: TypeAlias = SuccessResult
    RecordCallResult: TypeAlias = SuccessResult
    ReleaseCallResult: TypeAlias = SuccessResult
    RestoreTalkResult: TypeAlias = SuccessResult
    SendDtmfResult: TypeAlias = SuccessResult
    TagCallResult: TypeAlias = SuccessResult
    TransferTalkResult: TypeAlias = SuccessResult
    UnholdCallResult: TypeAlias = SuccessResult

__all__ = [
    "API_VERSION",
    "BASE_URLS",
    "NOT_GIVEN",
    "SDK_VERSION",
    "AccessDeniedError",
    "AccessTokenBlockedError",
    "AccessTokenExpiredError",
    "AccessTokenInvalidError",
    "AccountError",
    "AccountInactiveError",
    "AddCoachResult",
    "AmbiguousOutcomeError",
    "ApiError",
    "ApiVersion",
    "AsyncClient",
    "AuthError",
    "AuthenticationError",
    "BatchOperationsNotSupportedError",
    "BlockContactResult",
    "Brand",
    "CallApiError",
    "CallApiModel",
    "CallRestrictedError",
    "CallSessionNotFoundError",
    "CallStateError",
    "CallTalkOptionResult",
    "CharacterEncodingNotAllowedError",
    "Client",
    "ClientClosedError",
    "CoachNotFoundError",
    "ComponentDisabledError",
    "ComponentError",
    "ContactInBlacklistAsCallRestrictedError",
    "ContactInBlacklistAsInvalidParamsError",
    "ContactInBlacklistError",
    "DataTypeError",
    "DisconnectLegResult",
    "DuplicateContactError",
    "DuplicateTagError",
    "EmployeeNotFoundError",
    "ForbiddenError",
    "HoldCallResult",
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
    "Limits",
    "ListCallsResult",
    "ListCallsResultLegs",
    "ListCallsResultTags",
    "ListTalkOptionsResult",
    "ListTalkOptionsResultButtonValue",
    "LoginUserResult",
    "LogoutUserResult",
    "MakeCallResult",
    "MediaFileNotFoundError",
    "Message",
    "MessageParam",
    "Metadata",
    "MethodError",
    "MethodNotFoundError",
    "MissingCredentialsError",
    "NoActivePhoneNumberError",
    "NotGiven",
    "NotificationsNotSupportedError",
    "OwnVirtualPhoneNumberNotAllowedError",
    "ParseError",
    "ProtocolError",
    "RawResponse",
    "RecordAlreadyStartedError",
    "RecordAlreadyStoppedError",
    "RecordCallResult",
    "ReleaseCallResult",
    "RequestTimeoutError",
    "RequestValidationError",
    "RequiredParameterMissedError",
    "RestoreTalkResult",
    "ResultList",
    "ScenarioNotFoundAsInvalidParamsError",
    "ScenarioNotFoundAsVirtualNumberError",
    "ScenarioNotFoundError",
    "SendDtmfResult",
    "StartEmployeeCallEmployee",
    "StartEmployeeCallEmployeeParam",
    "StartEmployeeCallResult",
    "StartInformerCallResult",
    "StartScenarioCallResult",
    "StartSimpleCallResult",
    "StartVnumberCallResult",
    "SuccessResult",
    "TagCallResult",
    "TagNotFoundError",
    "TalkOptionNotFoundError",
    "TransferTalkResult",
    "TransportError",
    "TtsTextExceededError",
    "UnexpectedParametersError",
    "UnholdCallResult",
    "UnsupportedFeatureError",
    "VirtualNumberError",
    "VirtualPhoneNumberNotFoundError",
    "__version__",
    "error_class",
    "retry_after",
]

_MODELS = frozenset(
    {
        "ApiVersion",
        "Limits",
        "ListCallsResult",
        "ListCallsResultLegs",
        "ListCallsResultTags",
        "ListTalkOptionsResult",
        "ListTalkOptionsResultButtonValue",
        "LoginUserResult",
        "Message",
        "Metadata",
        "StartEmployeeCallEmployee",
        "StartEmployeeCallResult",
        "StartInformerCallResult",
        "StartScenarioCallResult",
        "StartSimpleCallResult",
        "StartVnumberCallResult",
        "SuccessResult",
    }
)

# A result class several methods share is also reachable by each method's name for it (`HoldCallResult`).
_ALIASES: dict[str, str] = {
    "LogoutUserResult": "SuccessResult",
    "AddCoachResult": "SuccessResult",
    "BlockContactResult": "SuccessResult",
    "CallTalkOptionResult": "SuccessResult",
    "DisconnectLegResult": "SuccessResult",
    "HoldCallResult": "SuccessResult",
    "MakeCallResult": "SuccessResult",
    "RecordCallResult": "SuccessResult",
    "ReleaseCallResult": "SuccessResult",
    "RestoreTalkResult": "SuccessResult",
    "SendDtmfResult": "SuccessResult",
    "TagCallResult": "SuccessResult",
    "TransferTalkResult": "SuccessResult",
    "UnholdCallResult": "SuccessResult",
}


def __getattr__(name: str) -> Any:
    """Models load on first use: building them costs more than importing the rest of the SDK."""
    if name == "CallApiModel":
        from ._base import CallApiModel

        return CallApiModel
    name = _ALIASES.get(name, name)
    if name in _MODELS:
        from . import _models

        return getattr(_models, name)
    raise AttributeError(f"module 'callapi' has no attribute {name!r}")
