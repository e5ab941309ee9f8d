"""Every identifier the targets use is derived here, once.

Templates never build names themselves: they read ``Names`` objects (and the
filters that wrap these functions). The spellings are the same for every language;
the words a language cannot take as identifiers are the targets' to declare
(``keywords:`` in a manifest): a name spelt as one of them gets a trailing underscore
in that spelling. A name that cannot be made safe, or two things that end up with the
same identifier, is a spec error (a manifest's ``reserved:``, a hook's ``CHECKS``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

__all__ = [
    "SPELLINGS",
    "Keywords",
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

SPELLINGS = ("snake", "camel", "pascal")
Keywords = Mapping[str, Collection[str]]  # spelling -> words no identifier of that spelling may be


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def camel(text: str) -> str:
    result = pascal(text)
    return result[:1].lower() + result[1:]


def snake(text: str) -> str:
    """A wire name as a snake_case identifier: dots become underscores; other names are split into lower-case words."""
    dotted = text.replace(".", "_")
    return dotted if _IDENTIFIER.match(dotted) else "_".join(w.lower() for w in words(text))


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


def names_for(wire: str, keywords: Keywords | None = None) -> Names:
    """The spellings of ``wire``; one that is a keyword of its spelling gets a trailing underscore."""

    def safe(spelling: str, name: str) -> str:
        return name + "_" if keywords and name in keywords.get(spelling, ()) else name

    return Names(
        wire=wire, snake=safe("snake", snake(wire)), pascal=safe("pascal", pascal(wire)), camel=safe("camel", camel(wire))
    )
