"""Formatting of rendered files, by kind: isort + black for Python, canonical JSON, LF endings for all.

Python files are formatted a definition at a time: each top-level function or class, and
each method of a class, is one chunk that black formats (and the cache keeps) on its own.
Editing one method of the spec then re-formats two small chunks instead of a whole
3,000-line client. Chunks are joined with black's own blank-line rules, and the result is
byte-identical to black on the whole file (``tests/test_format.py`` proves it); a file that
cannot be split cleanly is formatted whole.
"""

from __future__ import annotations

import ast
import json

from .cache import cached
from .errors import Location, SpecError, SpecErrors

__all__ = ["LINE_LENGTH", "format_file", "format_files", "format_python_whole"]

LINE_LENGTH = 100
_INDENT = "    "


def _black(text: str, line_length: int) -> str:
    import black  # imported on a cache miss only: it is slow to import

    mode = black.Mode(line_length=line_length, target_versions={black.TargetVersion.PY310})
    return black.format_str(text, mode=mode)


def _isort(text: str) -> str:
    import isort

    return isort.code(text, config=isort.Config(profile="black", line_length=LINE_LENGTH, known_first_party=["callapi"]))


def format_python_whole(text: str) -> str:
    """The reference: isort, then black on the whole file."""
    return _black(_isort(text), LINE_LENGTH)


def _start(node: ast.stmt) -> int:
    """First line of a definition, decorators included (0-based)."""
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)]) - 1


def _is_definition(node: ast.stmt) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))


def methods_of(node: ast.stmt) -> list[ast.stmt]:
    """The statements of a class body (none for a function)."""
    return node.body if isinstance(node, ast.ClassDef) else []


def _comment_above(lines: list[str], start: int) -> bool:
    above = [line for line in lines[:start] if line.strip()]
    return bool(above) and above[-1].lstrip().startswith("#")


def _chunk(lines: list[str], indent: str) -> str | None:
    """One chunk, formatted; class-level chunks are dedented for black and indented back."""
    if indent and any(line.strip() and not line.startswith(indent) for line in lines):
        return None
    source = "".join(line[len(indent) :] if line.strip() else "\n" for line in lines)
    width = LINE_LENGTH - len(indent)
    formatted = cached(f"python-chunk-{width}", source, lambda: _black(source, width)).rstrip("\n")
    return "\n".join(indent + line if line else "" for line in formatted.split("\n"))


def _python(text: str) -> str:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return format_python_whole(text)  # black reports the error with its place
    lines = text.splitlines(keepends=True)
    top = [n for n in tree.body if _is_definition(n)]
    starts = [_start(n) for n in top] + [
        _start(m) for n in top if isinstance(n, ast.ClassDef) for m in n.body if _is_definition(m)
    ]
    if not top or any(_comment_above(lines, s) for s in starts):
        return cached("python", text, lambda: format_python_whole(text))  # black moves such comments with the def
    header_end = _start(top[0])
    header = "".join(lines[:header_end])
    parts = [cached("python-header", header, lambda: format_python_whole(header)).rstrip("\n")]
    bounds = [_start(n) for n in top] + [len(lines)]
    for node, begin, end in zip(top, bounds, bounds[1:], strict=False):
        methods = [n for n in methods_of(node) if _is_definition(n)]
        if not methods:
            chunk = _chunk(lines[begin:end], "")
        else:
            inner = [_start(m) for m in methods]
            if any(_start(n) > inner[0] and not _is_definition(n) for n in methods_of(node)):
                chunk = None  # statements between methods: keep the class whole
            else:
                pieces = [_chunk(lines[begin : inner[0]], "")]
                pieces += [_chunk(lines[a:b], _INDENT) for a, b in zip(inner, [*inner[1:], end], strict=True)]
                chunk = None if None in pieces else "\n\n".join(p for p in pieces if p is not None)
        if chunk is None:
            return cached("python", text, lambda: format_python_whole(text))
        parts.append(chunk)
    return "\n\n\n".join(parts) + "\n"


def _text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def format_file(path: str, text: str) -> str:
    if path.endswith((".py", ".pyi")):
        return _python(text)
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
        except Exception as exc:  # noqa: BLE001 - black.InvalidInput, json errors: a template bug, reported by path
            errors.append(SpecError(Location(f"generated/{path}"), f"rendered file does not parse ({exc}); fix its template"))
    if errors:
        raise SpecErrors(errors)
    return formatted
