"""Formatting of rendered files, by kind: black for Python, canonical JSON, LF endings for all."""

from __future__ import annotations

import json

from .cache import cached
from .errors import Location, SpecError, SpecErrors

__all__ = ["format_files", "LINE_LENGTH"]

LINE_LENGTH = 100


def _python(text: str) -> str:
    import black  # imported on a cache miss only: it is slow to import
    import isort

    sorted_imports = isort.code(text, config=isort.Config(profile="black", line_length=LINE_LENGTH, known_first_party=["callapi"]))
    return black.format_str(sorted_imports, mode=black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310}))


def _text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def format_file(path: str, text: str) -> str:
    if path.endswith((".py", ".pyi")):
        return cached("python", text, lambda: _python(text))
    if path.endswith(".json"):
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    return _text(text)


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Formatted copies; a file that does not parse is a bug in its template, reported by path."""
    errors = []
    formatted = {}
    for path in sorted(files):
        try:
            formatted[path] = format_file(path, files[path])
        except Exception as exc:  # black.InvalidInput, json errors: a template bug, reported by path
            errors.append(SpecError(Location(f"generated/{path}"), f"rendered file does not parse ({exc}); fix its template"))
    if errors:
        raise SpecErrors(errors)
    return formatted
