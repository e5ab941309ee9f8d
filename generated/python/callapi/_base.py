# Generated from spec/ by `python -m generator`; do not edit.
"""The base class of every generated model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, PrivateAttr

if TYPE_CHECKING:
    from ._models import Metadata

__all__ = ["CallApiModel"]


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
