# Generated from spec/ by `python -m generator`; do not edit.
"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, PrivateAttr

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = ["CallApiModel"]

_SECRET_FIELDS = frozenset({"access_token", "login", "password"})


class CallApiModel(BaseModel):
    """Base of every generated model.

    Unknown fields in answers are ignored, so a server that adds fields does not break
    callers. The ``metadata`` of the answer a result came in is kept beside the data.
    Credentials (a session key) never show in ``repr()`` or ``str()``.
    """

    model_config = ConfigDict(populate_by_name=True, frozen=False)

    _metadata: Metadata | None = PrivateAttr(default=None)

    @property
    def metadata(self) -> Metadata | None:
        """The answer's ``metadata`` (limits, version deprecation); set on results only."""
        return self._metadata

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            yield name, ("<redacted>" if name in _SECRET_FIELDS and value is not None else value)
