"""What every part of the model build shares: the raw spec, the names the targets reserve, the
classes claimed so far and the mistakes found (each a located ``SpecError``, raised together)."""

from __future__ import annotations

import re
from typing import Any

from ..errors import SpecError
from ..loader import RawSpec, SourceFile
from .naming import Keywords, Names, names_for
from .types import Note, Reserved, Variant

__all__ = ["BuildContext", "notes", "variants"]

# A Markdown link target, inline `](target` or a reference definition `[id]: target`, with a scheme.
_LINK_TARGET = re.compile(r"(?:\]\(|^\s*\[[^\]]+\]:)\s*<?\s*(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):", re.MULTILINE)
_LINK_SCHEMES = {"http", "https", "mailto"}


def notes(items: Any) -> tuple[Note, ...]:
    return tuple(Note(n["text"], tuple(n.get("editions", ()))) for n in items or ())


def variants(items: Any) -> tuple[Variant, ...]:
    return tuple(Variant(v["message"], tuple(v["editions"])) for v in items or ())


class BuildContext:
    def __init__(self, raw: RawSpec, reserved: tuple[Reserved, ...], keywords: Keywords | None = None) -> None:
        self.raw = raw
        self.reserved = reserved
        self.keywords = keywords
        self.errors: list[SpecError] = []
        self.edition_ids = {e["id"] for e in raw.api.data["editions"]}
        self.class_names: dict[str, str] = {"Metadata": "the answer's metadata"}  # generated class name -> what it names

    def names(self, wire: str) -> Names:
        """The spellings of a spec name, clear of the words the targets declare keywords."""
        return names_for(wire, self.keywords)

    def error(self, source: SourceFile, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.errors.append(SpecError(source.at(path, key=key), message))

    def reserved_by(self, kind: str, spellings: tuple[str, ...]) -> Reserved | None:
        return next((r for r in self.reserved if r.hits(kind, spellings)), None)

    def check_name(self, kind: str, names: Names, what: str, source: SourceFile, path: tuple[Any, ...]) -> None:
        """A spec name no target can use is a mistake (the target's manifest says why)."""
        hit = self.reserved_by(kind, (names.wire, names.snake, names.camel, names.pascal))
        if hit:
            self.error(source, path, f"{what} '{names.wire}' is reserved by target '{hit.target}': {hit.reason}")

    def claim_class(self, name: str, owner: str, source: SourceFile, path: tuple[Any, ...]) -> None:
        hit = self.reserved_by("class", (name,))
        if hit:
            self.error(source, path, f"{owner} would be named '{name}', reserved by target '{hit.target}': {hit.reason}")
        elif name in self.class_names:
            self.error(source, path, f"{owner} would be named '{name}', which already names {self.class_names[name]}")
        else:
            self.class_names[name] = owner

    def check_links(self, source: SourceFile, path: tuple[Any, ...], value: Any) -> None:
        """Markdown links in spec text lead to web pages or mail only: a `javascript:` or `data:`
        target would become a live link on the docs site."""
        if isinstance(value, str):
            for match in _LINK_TARGET.finditer(value):
                if match["scheme"].lower() not in _LINK_SCHEMES:
                    self.error(
                        source, path, f"link to '{match['scheme']}:' refused (links may be http, https, mailto or relative)"
                    )
        elif isinstance(value, dict):
            for key, item in value.items():
                self.check_links(source, (*path, key), item)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.check_links(source, (*path, i), item)

    def check_editions(self, source: SourceFile, path: tuple[Any, ...], editions: Any) -> tuple[str, ...]:
        for i, edition in enumerate(editions or ()):
            if edition not in self.edition_ids:
                known = ", ".join(sorted(self.edition_ids))
                self.error(source, (*path, i), f"unknown edition '{edition}' (expected one of: {known})")
        return tuple(editions or ())

    def unique(self, source: SourceFile, path: tuple[Any, ...], items: Any, key: str, what: str) -> None:
        seen: dict[Any, int] = {}
        for i, item in enumerate(items):
            value = item[key]
            if value in seen:
                line = source.at((*path, seen[value], key)).line
                self.error(source, (*path, i, key), f"duplicate {what} '{value}' (first given on line {line})")
            else:
                seen[value] = i
