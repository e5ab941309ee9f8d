"""Formatting of rendered files, by kind: black for Python, canonical JSON, LF endings for all."""

from __future__ import annotations

import json

import black
import isort

from .errors import Location, SpecError, SpecErrors

__all__ = ["format_files", "BLACK_MODE"]

BLACK_MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})
ISORT_CONFIG = isort.Config(profile="black", line_length=100, known_first_party=["callapi"])


def _text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def format_file(path: str, text: str) -> str:
    if path.endswith((".py", ".pyi")):
        return black.format_str(isort.code(text, config=ISORT_CONFIG), mode=BLACK_MODE)
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
        except (black.InvalidInput, ValueError) as exc:
            errors.append(SpecError(Location(f"generated/{path}"), f"rendered file does not parse ({exc}); fix its template"))
    if errors:
        raise SpecErrors(errors)
    return formatted
