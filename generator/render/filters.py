"""Jinja filters: the only way spec text reaches generated code.

Every filter that puts text into a language's source escapes it for that
language's context (string literal, docstring, comment, Markdown cell), so a
description can never close a literal and become code.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from typing import Any

from ..model import naming
from ..model.schema import conform, portable_schema

__all__ = ["FILTERS"]


def py_str(value: Any) -> str:
    """A Python string literal (double-quoted, every special character escaped)."""
    text = json.dumps(str(value), ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def py_value(value: Any) -> str:
    """A Python literal for a JSON value."""
    if value is None or isinstance(value, bool):
        return {None: "None", True: "True", False: "False"}[value]
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {value!r}")


def docstring(value: Any, indent: int = 0) -> str:
    """Text safe inside a triple-double-quoted docstring, re-indented for continuation lines."""
    text = str(value).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    return "\n".join((pad + line) if line and i else line for i, line in enumerate(text.splitlines()))


def comment(value: Any) -> str:
    """One-line text safe in a `#` or `//` comment."""
    return " ".join(str(value).split())


def js_str(value: Any) -> str:
    text = json.dumps(str(value), ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")


def js_doc(value: Any, indent: int = 0) -> str:
    """Text safe inside a /** */ comment."""
    text = str(value).replace("*/", "*\\/").strip()
    pad = " " * indent + " * "
    return ("\n" + pad).join(text.splitlines())


def to_json(value: Any, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


_BACKTICKS = re.compile(r"`+")


def _code_spans(text: str) -> list[tuple[bool, str]]:
    """``text`` split into (is code, part). As in CommonMark, a run of n backticks opens a code span
    only if a later run of exactly n closes it; an unclosed run is literal text."""
    parts: list[tuple[bool, str]] = []
    pos = start = 0
    while (run := _BACKTICKS.search(text, pos)) is not None:
        close = next((m for m in _BACKTICKS.finditer(text, run.end()) if len(m.group()) == len(run.group())), None)
        if close is None:
            pos = run.end()
            continue
        parts.append((False, text[start : run.start()]))
        parts.append((True, text[run.start() : close.end()]))
        pos = start = close.end()
    parts.append((False, text[start:]))
    return parts


def md_text(value: Any) -> str:
    """Markdown prose with raw HTML neutralised: ``&``, ``<`` and ``>`` are escaped outside code
    spans (inside them Markdown already shows text literally), and a backtick that closes no code
    span is escaped, so it cannot swallow the rest of the text into one."""
    text = str(value).strip()
    return "".join(part if code else html.escape(part, quote=False).replace("`", "\\`") for code, part in _code_spans(text))


def named_editions(value: Any, editions: Any) -> str:
    """Edition ids in a text (``en_old``) replaced by the names readers know the editions by."""
    names = {e.id: e.name for e in editions if e.name}
    if not names:
        return str(value)
    pattern = r"\b(" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")\b"
    return re.sub(pattern, lambda m: names[m[1]], str(value))


def html_text(value: Any) -> str:
    """Text for an HTML context that MkDocs fills in unescaped (page title, nav, meta)."""
    return html.escape(str(value), quote=True)


def md_cell(value: Any) -> str:
    """Text safe in one Markdown table cell (one line, pipes escaped, raw HTML neutralised)."""
    text = md_text(" ".join(str(value).split()))
    return text.replace("\\", "\\\\").replace("|", "\\|")


def md_code(value: Any) -> str:
    """Inline code, safe whatever backticks the text holds."""
    text = str(value)
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def wrap(value: Any, width: int = 88, indent: int = 0) -> str:
    pad = " " * indent
    paragraphs = str(value).split("\n\n")
    return ("\n" + pad + "\n" + pad).join(
        textwrap.fill(" ".join(p.split()), width=width, subsequent_indent=pad) for p in paragraphs
    )


def sort_names(names: Any) -> list[str]:
    """Constants, then classes, then functions: the order linters expect of ``__all__``."""
    return sorted(names, key=lambda n: (0 if n.isupper() else 1 if n[:1].isupper() else 2, n))


FILTERS = {
    "sort_names": sort_names,
    "py_str": py_str,
    "py_value": py_value,
    "docstring": docstring,
    "comment": comment,
    "js_str": js_str,
    "js_doc": js_doc,
    "json": to_json,
    "md_cell": md_cell,
    "md_text": md_text,
    "md_code": md_code,
    "wrap": wrap,
    "snake": naming.snake,
    "pascal": naming.pascal,
    "camel": naming.camel,
    "named_editions": named_editions,
    "html_text": html_text,
    "portable_schema": portable_schema,
    "conform": conform,
}
