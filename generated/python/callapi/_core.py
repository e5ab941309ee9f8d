# Generated from spec/ by `python -m generator`; do not edit.
"""What the sync and async clients share: building a request, reading an answer, the retry
policy, sessions and logging. Nothing here does I/O."""

from __future__ import annotations

import itertools
import json
import logging
import math
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from functools import cache
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

import httpx
from pydantic_core import ValidationError

from ._constants import (
    API_VERSION,
    BASE_URLS,
    ENV,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
    SDK_VERSION,
    SESSION_LIFETIME,
    SESSION_REFRESH_MARGIN,
    VERSION_PATH,
)
from ._exceptions import (
    AmbiguousOutcomeError,
    ApiError,
    CallApiError,
    ClientClosedError,
    ProtocolError,
    RequestTimeoutError,
    TransportError,
    error_class,
)
from ._types import NOT_GIVEN, ResultList

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = [
    "HEADERS",
    "Call",
    "Session",
    "base_url_for",
    "describe",
    "log",
    "retry_delay",
    "retry_reason",
    "server_delay",
    "transport_failure",
]

log = logging.getLogger("callapi")

# Wire spellings the editions of the docs disagree on: accepted alike, read as the first.
_FIELD_SPELLINGS: dict[str, str] = {
    "current_version_deprecated": "current_version_depricated",
}

USER_AGENT = f"cloudpbx-callapi-python/{SDK_VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"
HEADERS = {
    "Content-Type": "application/json; charset=UTF-8",
    "Accept": "application/json",
    "User-Agent": USER_AGENT,
}
_request_ids = itertools.count(1)
_SESSION_ERRORS = frozenset({"access_token_expired", "access_token_invalid"})
_WHERE_TO_LOOK = "call list.calls (list_calls())"


def _log_from_environment() -> None:
    """``CALLAPI_LOG=debug`` prints one line per request on stderr (unless logging is set up already)."""
    if os.environ.get(ENV["log"], "").lower() != "debug" or log.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)


_log_from_environment()


@cache
def _validator(model: str, many: bool = False) -> Callable[[Any], Any]:
    """The validator of a generated model (or of a list of them), built on first use.

    The models module and pydantic's model machinery load only when the first answer is
    read, which keeps ``import callapi`` about as cheap as importing httpx.
    """
    from pydantic import TypeAdapter

    from . import _models

    cls = getattr(_models, model)
    if many:
        return TypeAdapter(list[cls]).validate_python  # type: ignore[valid-type]
    validate: Callable[[Any], Any] = cls.model_validate
    return validate


@cache
def _answer_reader(model: str, many: bool) -> Callable[[bytes], Any]:
    """Reads a whole successful answer from its raw bytes in one pydantic pass (the fast path).

    Anything else (an error answer, a malformed one) fails here and is read again by the
    careful path in ``Call.parse``, which says what is wrong.
    """
    from typing import Annotated, Literal

    from pydantic import BaseModel, Field, create_model

    from . import _models

    cls = getattr(_models, model)
    # A metadata block that does not fit (another spelling, say) stays a dict for Call._metadata.
    metadata = Annotated[
        _models.Metadata | dict[str, Any] | None, Field(union_mode="left_to_right")
    ]
    result: type[BaseModel] = create_model(
        f"{model}Answer",
        data=(list[cls] if many else cls, ...),  # type: ignore[valid-type]
        metadata=(metadata, None),
    )
    answer: type[BaseModel] = create_model(
        f"{model}Envelope",
        jsonrpc=(Literal["2.0"], ...),
        id=(int | str | None, ...),
        result=(result, ...),
        error=(None, None),  # an answer with both is not a success
        metadata=(metadata, None),
    )
    return answer.model_validate_json


def base_url_for(brand: str | None, base_url: str | None, version: str) -> str:
    """The endpoint URL: ``base_url`` as given, or the brand's server plus the version path.

    Without either, ``CALLAPI_BASE_URL`` or ``CALLAPI_BRAND`` from the environment.
    """
    if base_url is not None and brand is not None:
        raise ValueError("pass brand= or base_url=, not both")
    if base_url is None and brand is None:
        base_url = os.environ.get(ENV["base_url"]) or None
        brand = None if base_url else os.environ.get(ENV["brand"]) or None
    if base_url is not None:
        return base_url.rstrip("/")
    if brand is None:
        raise ValueError(
            f"pass brand= (one of {', '.join(sorted(BASE_URLS))}) or base_url=, "
            f"or set {ENV['brand']} or {ENV['base_url']}"
        )
    if brand not in BASE_URLS:
        raise ValueError(
            f"unknown brand {brand!r} (expected one of {', '.join(sorted(BASE_URLS))})"
        )
    return f"{BASE_URLS[brand]}/{VERSION_PATH.format(version=version or API_VERSION)}"


def _encode_other(value: Any) -> Any:
    """JSON for what the json module does not know: generated models and other mappings."""
    model_dump = getattr(value, "model_dump", None)
    if model_dump is not None:
        return model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot send a {type(value).__name__} as a JSON value")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_encode_other)


class Session:
    """The client's key: a permanent one, or a session key from logging in with its expiry.

    Shared by a client and its ``with_options`` copies. Never shows the key or the password.
    """

    __slots__ = ("credentials", "expire_at", "lock", "opened", "retired", "token")

    def __init__(self, token: str | None, credentials: dict[str, str] | None, lock: Any) -> None:
        self.token = token
        self.credentials = (
            credentials  # the session opener's parameters, when the client may log in
        )
        self.expire_at: float | None = None  # wall-clock seconds; None: the key does not expire
        self.opened = False  # the client logged in by itself, so it logs out on close
        self.lock = lock  # one login at a time (threading.Lock or asyncio.Lock)
        self.retired: tuple[str, ...] = ()  # keys given up lately: a server may still echo them

    def __repr__(self) -> str:
        return f"Session(token={'set' if self.token else 'none'}, login={'set' if self.credentials else 'none'})"

    def fresh(self) -> str | None:
        """The key, unless there is none or it expires within ``SESSION_REFRESH_MARGIN``."""
        token = self.token
        if token is not None and (
            self.expire_at is None or time.time() < self.expire_at - SESSION_REFRESH_MARGIN
        ):
            return token
        if token is not None and self.credentials is None:
            return token  # cannot renew it: send it and let the server judge
        return None

    def adopt(self, token: str, expire_at: Any) -> None:
        """Keeps a new session key. An ``expire_at`` in the past (a server clock far off, or an
        example value) is read as the documented lifetime from now."""
        now = time.time()
        valid = isinstance(expire_at, (int, float)) and now < expire_at
        self.token = token
        self.expire_at = float(expire_at) if valid else now + SESSION_LIFETIME

    def drop(self, token: str | None) -> None:
        """Forgets ``token`` (refused by the server or logged out), unless another is kept already."""
        if token is None or self.token == token:
            if self.token is not None:
                self.retired = (*self.retired[-7:], self.token)
            self.token = None
            self.expire_at = None
            self.opened = False

    def secrets(self) -> tuple[str, ...]:
        return tuple(
            s for s in (self.token, *self.retired, *(self.credentials or {}).values()) if s
        )


class Call:
    """One JSON-RPC call: its parameters, its request body, and how to read its answer."""

    __slots__ = (
        "acts_on_call",
        "external_id",
        "many",
        "metadata",
        "method",
        "needs_token",
        "params",
        "request_id",
        "result",
        "secret_answer",
        "warning",
    )

    def __init__(
        self,
        method: str,
        params: dict[str, Any],
        *,
        acts_on_call: bool,
        result: str,
        many: bool = False,
        needs_token: bool = True,
        external_id: Any = None,
        secret_answer: bool = False,
    ) -> None:
        self.method = method
        self.secret_answer = (
            secret_answer  # the answer holds a credential: a ProtocolError keeps no raw
        )
        self.request_id = 0
        self.acts_on_call = acts_on_call
        self.needs_token = needs_token
        self.result = result  # name of the generated model of result.data
        self.many = many  # result.data is a list of them
        self.params = params  # every named parameter; NOT_GIVEN for those left out
        self.external_id = external_id if isinstance(external_id, str) else None
        self.warning: str | None = None  # a deprecation notice of the answer, for the caller
        self.metadata: Metadata | None = None  # of the latest answer

    def encode(self, token: str | None, extra_params: Mapping[str, Any] | None) -> bytes:
        """The request body, with a fresh id for each attempt."""
        sent = {name: value for name, value in self.params.items() if value is not NOT_GIVEN}
        if token is not None:
            sent = {"access_token": token, **sent}
        if extra_params:
            for name in extra_params:
                if name in self.params or name == "access_token":
                    raise ValueError(
                        f"extra_params key {name!r} is a parameter of {self.method}: pass it by name"
                    )
            sent.update(extra_params)
        self.request_id = next(_request_ids)
        payload = {"jsonrpc": "2.0", "id": self.request_id, "method": self.method, "params": sent}
        return _ENCODER.encode(payload).encode("utf-8")

    def parse(self, status_code: int, raw: bytes) -> Any:
        """The typed result of a successful answer; raises the matching exception otherwise."""
        if status_code != 200:
            raise ProtocolError(
                f"HTTP {status_code} from the server for {self.method}",
                raw=raw,
                status_code=status_code,
                method=self.method,
            )
        fast = None
        if (
            b'"error"' not in raw
        ):  # an error answer would only fail the fast reader, which costs time
            try:
                fast = _answer_reader(self.result, self.many)(raw)
            except ValidationError:
                pass  # not a plain successful answer: read it carefully below
        if fast is not None and fast.id == self.request_id:
            metadata = None
            found = fast.metadata if fast.metadata is not None else fast.result.metadata
            if isinstance(found, dict):  # a block the fast reader could not read
                metadata = self._metadata({"metadata": found})
            elif found is not None:
                metadata = self._noticed(found)
            value = fast.result.data
            self.metadata = metadata
            if self.many:
                return ResultList(value, metadata)
            if metadata is not None:
                value._attach(metadata)
            return value
        try:
            answer = json.loads(raw)
        except (ValueError, RecursionError):
            raise self._malformed("is not JSON", raw) from None
        if not isinstance(answer, dict):
            raise self._malformed("is not a JSON object", raw)
        if answer.get("jsonrpc") != "2.0":
            raise self._malformed('does not say "jsonrpc": "2.0"', raw)
        answer_id = answer.get("id")
        if answer_id != self.request_id and not ("error" in answer and answer_id is None):
            shown = (
                repr(answer_id)
                if isinstance(answer_id, (int, str)) and len(str(answer_id)) <= 40
                else "another id"
            )
            raise self._malformed(f"has id {shown}, expected {self.request_id!r}", raw)
        if "error" in answer and "result" in answer:
            raise self._malformed("has both result and error", raw)
        if "error" in answer:
            raise self._error(answer, raw)
        result = answer.get("result")
        if not isinstance(result, dict) or "data" not in result:
            raise self._malformed("has neither result.data nor error", raw)
        metadata = self.metadata = self._metadata(answer, result)
        value = self._validate(result["data"], raw)
        if self.many:
            return ResultList(value, metadata)
        if metadata is not None:
            value._attach(metadata)
        return value

    def _validate(self, data: Any, raw: bytes) -> Any:
        """Validates ``result.data``, tolerating what the API may add: an enum value the spec does
        not know is kept as a plain string (with a warning), a nullable field may be absent."""
        validate = _validator(self.result, self.many)
        try:
            return validate(data)
        except ValidationError as exc:
            problem = exc
        try:
            patched, restore = _patch(self.result, self.many, data, problem)
        except RecursionError:
            patched = None
        if patched is None:
            raise self._malformed(
                f"does not fit the documented result: {describe(problem)}", raw
            ) from None
        try:
            value = validate(patched)
        except ValidationError as exc:
            raise self._malformed(
                f"does not fit the documented result: {describe(exc)}", raw
            ) from None
        for loc, original in restore:
            log.warning(
                "%s: %s is %r, a value the SDK does not know; kept as a plain string",
                self.method,
                ".".join(str(part) for part in loc),
                original,
            )
            _put(value, loc, original)
        return value

    def _malformed(self, problem: str, raw: bytes) -> ProtocolError:
        kept = b"<redacted: the answer may hold a credential>" if self.secret_answer else raw
        return ProtocolError(
            f"the answer to {self.method} {problem}", raw=kept, status_code=200, method=self.method
        )

    def _metadata(self, *holders: Any) -> Metadata | None:
        """The first ``metadata`` block of the holders (parts of the answer), read and checked."""
        for holder in holders:
            found = holder.get("metadata") if isinstance(holder, dict) else None
            if isinstance(found, dict):
                api_version = found.get("api_version")
                if isinstance(api_version, dict):
                    api_version = dict(api_version)
                    for spelling, wire in _FIELD_SPELLINGS.items():
                        if spelling in api_version and wire not in api_version:
                            api_version[wire] = api_version.pop(spelling)
                    found = {**found, "api_version": api_version}
                try:
                    metadata: Metadata = _validator("Metadata")(found)
                except ValidationError:
                    log.warning(
                        "ignoring metadata of the answer to %s: it does not fit the documented shape",
                        self.method,
                    )
                    return None
                return self._noticed(metadata)
        return None

    def _noticed(self, metadata: Metadata) -> Metadata:
        """``metadata``, with the deprecation notice it may give kept for the caller."""
        if metadata.api_version is not None and metadata.api_version.current_version_depricated:
            self.warning = (
                f"Call API version {metadata.api_version.current_version} is deprecated; "
                f"the latest is {metadata.api_version.latest_version}"
            )
        return metadata

    def _error(self, answer: dict[str, Any], raw: bytes) -> CallApiError:
        error = answer["error"]
        code = error.get("code") if isinstance(error, dict) else None
        if not isinstance(code, int) or isinstance(code, bool):
            return self._malformed("has an error without a numeric code", raw)
        data: dict[str, Any] = error["data"] if isinstance(error.get("data"), dict) else {}
        mnemonic = data.get("mnemonic")
        mnemonic = mnemonic if isinstance(mnemonic, str) else None
        message = error.get("message", "")
        request_id = answer.get("id")
        return error_class(code, mnemonic)(
            message if isinstance(message, str) else json.dumps(message, default=str)[:1000],
            code=code,
            mnemonic=mnemonic,
            data=data,
            metadata=self._metadata(answer, error, data),
            request_id=request_id if isinstance(request_id, (int, str)) else None,
            method=self.method,
        )

    def renews_session(self, error: ApiError) -> bool:
        """True when the server refused the key: a new login may fix it, and the call was not executed."""
        return self.needs_token and error.mnemonic in _SESSION_ERRORS

    def ambiguous(self, why: str) -> AmbiguousOutcomeError:
        """The error for a call-acting request that may have acted, with what to do about it."""
        named = f" (external_id {self.external_id!r})" if self.external_id else ""
        return AmbiguousOutcomeError(
            f"{self.method}{named}: {why}; the request may have reached the server, so the call may "
            f"or may not have been placed or changed. It was not sent again: {_WHERE_TO_LOOK} to see "
            "what happened before trying again",
            method=self.method,
            external_id=self.external_id,
        )


def describe(exc: ValidationError) -> str:
    """What a validation error found, without the values (they may hold a session key)."""
    problems = exc.errors(include_url=False, include_input=False, include_context=False)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'data'}: {e['msg']}" for e in problems[:5]]
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return "; ".join(parts) + more


def _annotation_at(model: str, many: bool, loc: tuple[Any, ...]) -> Any:
    """The type annotation a validation error's location points at (None when unknown)."""
    from . import _models

    annotation: Any = getattr(_models, model)
    if many:
        if not loc or not isinstance(loc[0], int):
            return None
        loc = loc[1:]
    for part in loc:
        annotation = _optional(annotation)
        if isinstance(part, int) and get_origin(annotation) is list:
            annotation = get_args(annotation)[0]
        elif isinstance(part, str) and part in getattr(annotation, "model_fields", {}):
            annotation = annotation.model_fields[part].annotation
        else:
            return None
    return annotation


def _optional(annotation: Any) -> Any:
    """``X`` for ``X | None``; anything else as it is."""
    if get_origin(annotation) in (Union, UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return options[0]
    return annotation


def _patch(
    model: str, many: bool, data: Any, exc: ValidationError
) -> tuple[Any, list[tuple[tuple[Any, ...], str]]]:
    """``data`` with each unknown enum value replaced by a known one and each missing nullable
    field set to null, plus the enum values to put back; None when other problems remain."""
    import copy
    from typing import Literal

    if exc.error_count() > 100:  # not a few new values: a different shape
        return None, []
    patched = copy.deepcopy(data)
    restore: list[tuple[tuple[Any, ...], str]] = []
    for problem in exc.errors(include_url=False):
        loc = tuple(problem["loc"])
        annotation = _annotation_at(model, many, loc)
        known = _optional(annotation)
        if (
            problem["type"] in ("literal_error", "enum")
            and isinstance(problem["input"], str)
            and get_origin(known) is Literal
        ):
            restore.append((loc, problem["input"]))
            _put(patched, loc, get_args(known)[0])
        elif (
            problem["type"] == "missing"
            and annotation is not None
            and type(None) in get_args(annotation)
        ):
            _put(patched, loc, None)
        else:
            return None, []
    return patched, restore


def _put(target: Any, loc: tuple[Any, ...], value: Any) -> None:
    """Sets the value at ``loc`` in nested dicts/lists or models."""
    for part in loc[:-1]:
        target = (
            target[part]
            if isinstance(part, int) or isinstance(target, dict)
            else getattr(target, part)
        )
    last = loc[-1]
    if isinstance(last, int) or isinstance(target, dict):
        target[last] = value
    else:
        setattr(target, last, value)


_NEVER_LEFT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TIMEOUTS = (httpx.TimeoutException, TimeoutError)


def transport_failure(call: Call, exc: Exception) -> tuple[CallApiError, bool]:
    """The SDK error for a failed exchange, and whether the request may have reached the server."""
    if isinstance(exc, CallApiError):
        return exc, True
    if isinstance(exc, httpx.DecodingError):
        return (
            ProtocolError(
                f"the answer to {call.method} could not be decoded ({type(exc).__name__})",
                method=call.method,
            ),
            True,
        )
    if isinstance(exc, RuntimeError) and "closed" in str(exc):
        return (
            ClientClosedError(
                f"the HTTP client of this Call API client is closed ({call.method} not sent)"
            ),
            False,
        )
    never_left = isinstance(exc, _NEVER_LEFT)
    if isinstance(exc, _TIMEOUTS):
        return (
            RequestTimeoutError(f"no answer to {call.method} in time ({type(exc).__name__})"),
            not never_left,
        )
    return TransportError(f"{call.method} failed: {type(exc).__name__}"), not never_left


def retry_reason(
    call: Call, *, attempt: int, max_retries: int, exc: Exception | None, status: int | None
) -> str | None:
    """Why this failed attempt may be tried again, or None when it must not be.

    A request that never left (no connection) is always safe to repeat. One that may have
    reached the server is repeated only when the method does not act on a call: placing
    or changing a call twice is worse than an error.
    """
    if attempt >= max_retries:
        return None
    if isinstance(exc, _NEVER_LEFT):
        return f"could not connect ({type(exc).__name__})"
    if call.acts_on_call:
        return None
    if isinstance(
        exc, (httpx.TimeoutException, httpx.TransportError, TimeoutError)
    ) and not isinstance(exc, httpx.DecodingError):
        return f"no complete answer ({type(exc).__name__}) and {call.method} is safe to repeat"
    if status in RETRY_STATUSES:
        return f"HTTP {status} from a gateway and {call.method} is safe to repeat"
    return None


def retry_delay(attempt: int) -> float:
    """Exponential backoff with jitter, capped."""
    delay: float = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
    return delay * (0.75 + random.random() / 4)


def server_delay(headers: httpx.Headers | None) -> float | None:
    """The pause a gateway asks for in ``Retry-After`` (seconds or an HTTP date), capped."""
    value = headers.get("retry-after") if headers is not None else None
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_DELAY)
