"""Every identifier the targets use is derived here, once.

Templates never build names themselves: they read ``Names`` objects (and the
filters that wrap these functions). A name that cannot be made safe, or two
things that end up with the same identifier, is a spec error, not a silent fix.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

__all__ = [
    "Names",
    "camel",
    "combined_error_class_name",
    "error_class_name",
    "names_for",
    "pascal",
    "snake",
]

_WORD = re.compile(r"[A-Za-z0-9]+")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Names that clash in TypeScript or JavaScript when used as identifiers.
_TS_RESERVED = frozenset(
    [
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "let",
        "static",
        "implements",
        "interface",
        "package",
        "private",
        "protected",
        "public",
        "await",
    ]
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def camel(text: str) -> str:
    result = pascal(text)
    result = result[:1].lower() + result[1:]
    return result + "_" if result in _TS_RESERVED else result


def snake(text: str) -> str:
    """A Python identifier for a wire name: dots become underscores, keywords get a trailing underscore."""
    result = "_".join(w.lower() for w in words(text)) if not _IDENTIFIER.match(text.replace(".", "_")) else text.replace(".", "_")
    return result + "_" if keyword.iskeyword(result) or keyword.issoftkeyword(result) else result


def error_class_name(name: str) -> str:
    return pascal(name) if name.endswith("_error") else pascal(name) + "Error"


def combined_error_class_name(error_class: str, group_class: str) -> str:
    """The class of a mnemonic answered under one of several codes, e.g. ContactInBlacklistAsCallRestrictedError."""
    return error_class.removesuffix("Error") + "As" + group_class


@dataclass(frozen=True)
class Names:
    """The spellings of one wire name in the targets' languages."""

    wire: str
    snake: str
    pascal: str
    camel: str


def names_for(wire: str) -> Names:
    return Names(wire=wire, snake=snake(wire), pascal=pascal(wire), camel=camel(wire))
