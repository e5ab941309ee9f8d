# Generated from spec/ by `python -m generator`; do not edit.
"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

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

    @property
    def metadata(self) -> Metadata | None:
        """The answer's ``metadata`` (limits, version deprecation); set on results only."""
        private = self.__pydantic_private__
        return private.get("metadata") if private else None

    def _attach(self, metadata: Metadata) -> None:
        """Keeps the metadata of the answer this result came in.

        It goes in pydantic's slot for private values (copied, pickled and compared with the
        model) without declaring a ``PrivateAttr``: one would make pydantic call back into
        Python for every model it builds, which triples the cost of reading a list answer.
        """
        object.__setattr__(self, "__pydantic_private__", {"metadata": metadata})

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            yield name, ("<redacted>" if name in _SECRET_FIELDS and value is not None else value)
