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


_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)


def md_text(value: Any) -> str:
    """Markdown prose with raw HTML neutralised: ``&``, ``<`` and ``>`` are escaped outside
    code spans (inside them Markdown already shows text literally)."""
    text = str(value).strip()
    parts, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(html.escape(text[last : match.start()], quote=False))
        parts.append(match.group(0))
        last = match.end()
    parts.append(html.escape(text[last:], quote=False))
    return "".join(parts)


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
    "portable_schema": portable_schema,
    "conform": conform,
}
