# Generated from spec/ by `python -m generator`; do not edit.
"""Small helpers that need no pydantic, so ``import callapi`` stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = ["NOT_GIVEN", "NotGiven", "ResultList"]

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
