# Generated from spec/ by `python -m generator`; do not edit.
"""Building blocks the generated models and clients share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = ["NOT_GIVEN", "CallApiModel", "NotGiven", "ResultList"]

T = TypeVar("T")


class NotGiven:
    """Marks a parameter the caller left out, so it is not sent (``None`` may be a real value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class CallApiModel(BaseModel):
    """Base of every generated model.

    Unknown fields in answers are ignored, so a server that adds fields does not break
    callers. The ``metadata`` of the answer a result came in is kept beside the data.
    """

    model_config = ConfigDict(populate_by_name=True, frozen=False)

    _metadata: Metadata | None = PrivateAttr(default=None)

    @property
    def metadata(self) -> Metadata | None:
        """The answer's ``metadata`` (limits, version deprecation); set on results only."""
        return self._metadata


class ResultList(list[T]):
    """The result of a list method: a plain list that also carries the answer's ``metadata``."""

    metadata: Metadata | None

    def __init__(self, items: Any = (), metadata: Metadata | None = None) -> None:
        super().__init__(items)
        self.metadata = metadata
