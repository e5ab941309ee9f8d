# Generated from spec/ by `python -m generator`; do not edit.
"""Small helpers that need no pydantic, so ``import callapi`` stays cheap."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

    from ._models import Metadata

__all__ = ["NOT_GIVEN", "NotGiven", "RawResponse", "ResultList"]

T = TypeVar("T")


class NotGiven:
    """Marks a parameter the caller left out, so it is not sent (``None`` may be a real value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class ResultList(list[T]):
    """The result of a list method: a plain list that also carries the answer's ``metadata``."""

    metadata: Metadata | None

    def __init__(self, items: Any = (), metadata: Metadata | None = None) -> None:
        super().__init__(items)
        self.metadata = metadata


class RawResponse(Generic[T]):
    """A whole answer, from ``client.with_raw_response.<method>(...)``.

    ``status_code`` and ``headers`` are the HTTP response's, ``http_request_id`` the JSON-RPC id
    of the request, ``content`` the body as received, ``json`` the decoded envelope. ``parse()``
    gives the typed result, or raises the API error the answer holds.
    """

    __slots__ = ("_value", "content", "headers", "http_request_id", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: httpx.Headers,
        http_request_id: int,
        content: bytes,
        value: Any,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.http_request_id = http_request_id
        self.content = content
        self._value = value

    @property
    def json(self) -> dict[str, Any]:
        """The decoded JSON-RPC envelope (``jsonrpc``, ``id``, ``result`` or ``error``)."""
        envelope: dict[str, Any] = json.loads(self.content)
        return envelope

    def parse(self) -> T:
        """The typed result; raises the ``ApiError`` when the answer is an error."""
        if isinstance(self._value, BaseException):
            raise self._value
        value: T = self._value
        return value

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, http_request_id={self.http_request_id})"
        )
