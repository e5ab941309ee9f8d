"""Python rules the templates cannot express: what a valid spec may still not be spelt as in Python.

The generator loads this module for the `python` target (see `generator/render`); `validate`
reports what `CHECKS` find at the place in the spec of the object each names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def same_identifier(api: Any) -> Iterator[tuple[Any, str]]:
    """Two fields of one object whose wire names differ but give the same Python identifier (`a-b`
    and `a_b`): one keyword argument, or one pydantic attribute, cannot stand for both."""
    for fields in api.field_lists:
        seen: dict[str, str] = {}
        for f in fields:
            other = seen.setdefault(f.name.snake, f.name.wire)
            if other != f.name.wire:
                yield f, f"name '{f.name.wire}' gives the same Python identifier '{f.name.snake}' as field '{other}'"


CHECKS = {"same_identifier": same_identifier}
