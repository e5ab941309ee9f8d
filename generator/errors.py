"""Spec mistakes, reported all at once with their place in the source files.

The loader and the model builder never raise on the first problem: they collect
``SpecError`` records and raise one ``SpecErrors`` at the end, so a maintainer
sees every mistake of a run together.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Location", "SpecError", "SpecErrors"]


@dataclass(frozen=True, order=True)
class Location:
    """A place in a spec file; line and column count from 1."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class SpecError:
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class SpecErrors(Exception):
    """One or more mistakes in the spec; ``errors`` is sorted by place."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))
