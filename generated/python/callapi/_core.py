# Generated from spec/ by `python -m generator`; do not edit.
"""What the sync and async clients share: building a request, reading an answer, and the
retry policy. Nothing here does I/O."""

from __future__ import annotations

import itertools
import json
import logging
import random
import warnings
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx
from pydantic_core import ValidationError

from ._constants import (
    API_VERSION,
    BASE_URLS,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
    VERSION_PATH,
)
from ._exceptions import CallApiError, ProtocolError, error_class
from ._types import NOT_GIVEN, ResultList

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = ["Call", "base_url_for", "retry_delay", "retry_reason"]

log = logging.getLogger("callapi")

# Wire spellings the editions of the docs disagree on: accepted alike, read as the first.
_FIELD_SPELLINGS: dict[str, str] = {
    "current_version_deprecated": "current_version_depricated",
}

HEADERS = {"Content-Type": "application/json; charset=UTF-8", "Accept": "application/json"}
_request_ids = itertools.count(1)


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
    from pydantic import BaseModel, create_model

    from . import _models

    cls = getattr(_models, model)
    result: type[BaseModel] = create_model(
        f"{model}Answer",
        data=(list[cls] if many else cls, ...),  # type: ignore[valid-type]
        metadata=(dict[str, Any] | None, None),
    )
    answer: type[BaseModel] = create_model(
        f"{model}Envelope",
        id=(int | str | None, ...),
        result=(result, ...),
        metadata=(dict[str, Any] | None, None),
    )
    return answer.model_validate_json


def base_url_for(brand: str | None, base_url: str | None, version: str) -> str:
    """The endpoint URL: ``base_url`` as given, or the brand's server plus the version path."""
    if base_url is not None:
        if brand is not None:
            raise ValueError("pass brand= or base_url=, not both")
        return base_url.rstrip("/")
    if brand is None:
        raise ValueError(f"pass brand= (one of {', '.join(sorted(BASE_URLS))}) or base_url=")
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


class Call:
    """One JSON-RPC call: its request body, and how to turn its answer into a result."""

    __slots__ = ("acts_on_call", "body", "many", "method", "request_id", "result")

    def __init__(
        self,
        method: str,
        params: dict[str, Any],
        *,
        acts_on_call: bool,
        result: str,
        many: bool = False,
    ) -> None:
        self.method = method
        self.request_id = next(_request_ids)
        self.acts_on_call = acts_on_call
        self.result = result  # name of the generated model of result.data
        self.many = many  # result.data is a list of them
        sent = {name: value for name, value in params.items() if value is not NOT_GIVEN}
        payload = {"jsonrpc": "2.0", "id": self.request_id, "method": method, "params": sent}
        self.body = _ENCODER.encode(payload).encode("utf-8")

    def parse(self, response: httpx.Response) -> Any:
        """The typed result of a successful answer; raises the matching exception otherwise."""
        raw = response.content
        if response.status_code != 200:
            raise ProtocolError(
                f"HTTP {response.status_code} from the server for {self.method}",
                raw=raw,
                status_code=response.status_code,
                method=self.method,
            )
        try:
            fast = _answer_reader(self.result, self.many)(raw)
        except ValidationError:
            pass  # not a plain successful answer: read it carefully below
        else:
            if fast.id == self.request_id:
                metadata = None
                if fast.metadata is not None or fast.result.metadata is not None:
                    metadata = self._metadata(
                        {"metadata": fast.metadata}, {"metadata": fast.result.metadata}
                    )
                value = fast.result.data
                if self.many:
                    return ResultList(value, metadata)
                value._metadata = metadata
                return value
        try:
            answer = json.loads(raw)
        except ValueError:
            raise ProtocolError(
                f"the answer to {self.method} is not JSON",
                raw=raw,
                status_code=200,
                method=self.method,
            ) from None
        if not isinstance(answer, dict):
            raise self._malformed("is not a JSON object", raw)
        if answer.get("id") != self.request_id and not (
            "error" in answer and answer.get("id") is None
        ):
            raise self._malformed(f"has id {answer.get('id')!r}, expected {self.request_id!r}", raw)
        if "error" in answer:
            raise self._error(answer, raw)
        result = answer.get("result")
        if not isinstance(result, dict) or "data" not in result:
            raise self._malformed("has neither result.data nor error", raw)
        metadata = self._metadata(answer, result)
        try:
            value = _validator(self.result, self.many)(result["data"])
        except ValidationError as exc:
            raise self._malformed(f"does not fit the documented result: {exc}", raw) from None
        if self.many:
            return ResultList(value, metadata)
        value._metadata = metadata
        return value

    def _malformed(self, problem: str, raw: bytes) -> ProtocolError:
        return ProtocolError(
            f"the answer to {self.method} {problem}", raw=raw, status_code=200, method=self.method
        )

    def _metadata(self, *holders: Any) -> Metadata | None:
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
                if (
                    metadata.api_version is not None
                    and metadata.api_version.current_version_depricated
                ):
                    warnings.warn(
                        f"Call API version {metadata.api_version.current_version} is deprecated; "
                        f"the latest is {metadata.api_version.latest_version}",
                        DeprecationWarning,
                        stacklevel=5,  # the caller of the client method
                    )
                return metadata
        return None

    def _error(self, answer: dict[str, Any], raw: bytes) -> CallApiError:
        error = answer["error"]
        if not isinstance(error, dict) or not isinstance(error.get("code"), int):
            return self._malformed("has an error without a numeric code", raw)
        data: dict[str, Any] = error["data"] if isinstance(error.get("data"), dict) else {}
        mnemonic = data.get("mnemonic")
        cls = error_class(error["code"], mnemonic if isinstance(mnemonic, str) else None)
        return cls(
            str(error.get("message", "")),
            code=error["code"],
            mnemonic=mnemonic,
            data=data,
            metadata=self._metadata(answer, error, data),
            request_id=answer.get("id"),
            method=self.method,
        )


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
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return f"could not connect ({type(exc).__name__})"
    if call.acts_on_call:
        return None
    if isinstance(
        exc,
        (
            httpx.ReadTimeout,
            httpx.WriteTimeout,
            httpx.RemoteProtocolError,
            httpx.ReadError,
            httpx.WriteError,
        ),
    ):
        return f"no complete answer ({type(exc).__name__}) and {call.method} is safe to repeat"
    if status in RETRY_STATUSES:
        return f"HTTP {status} from a gateway and {call.method} is safe to repeat"
    return None


def retry_delay(attempt: int) -> float:
    """Exponential backoff with jitter, capped."""
    delay: float = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
    return delay * (0.75 + random.random() / 4)
