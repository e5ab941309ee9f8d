"""Translation catalogues: spec/i18n/<language>.yaml beside the English spec.

The spec's source language is English. A catalogue gives, for the spec path of each
translatable text (``methods/hold.call.yaml`` -> ``params[call_session_id].description``),
the translated text and a hash of the English text it was made from, so a translation
whose source later changes is caught instead of silently showing old content.

Checks, each located as file:line:col:
- a key that names no file of the spec or no translatable text in it;
- a translation whose English source changed since (the hash differs): the text shows in English;
- a translatable text with no translation: it shows in English.
They are warnings, so work on the English spec never waits for a translator; ``validate
--strict`` (run by CI) makes them mistakes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Location, SpecError
from .yaml_source import SourceFile

if TYPE_CHECKING:
    from . import RawSpec

__all__ = ["Catalogue", "Text", "check_catalogue", "source_hash", "spec_files", "translatable_texts"]

LANGUAGE_NAMES = {"ru": "Russian"}

# What every value description (parameter, field, array element) may carry, at any depth.
_FIELD_TEXTS = ("description", "unit", "allowed_text", "notes[]")
# The prose of each kind of spec file, as dotted paths; "x[]" walks every item of a list and
# "x[]*" a list of value descriptions (nested fields and array elements included).
_TEXTS: dict[str, tuple[str, ...]] = {
    "api": (
        "summary",
        "description",
        "protocol.description",
        "versions.description",
        "authentication.description",
        "editions[].name",
        "editions[].description",
        "conventions[]",
        "envelope.description",
        "envelope.metadata[]*",
        "limits.description",
        "limits.names[]",
        "components[].name",
        "components[].description",
        "models[].description",
        "groups[].title",
        "groups[].description",
        "notes[].text",
    ),
    "errors": (
        "error_object.description",
        "error_object.fields[]*",
        "groups[].description",
        "mnemonics[].description",
    ),
    "method": (
        "summary",
        "description",
        "states.note",
        "params[]*",
        "result.description",
        "result.fields[]*",
        "errors[].description",
        "examples[].title",
        "examples[].deviations[].note",
        "notes[].text",
    ),
    "call_states": (
        "description",
        "starts.note",
        "states[].description",
        "events[].description",
        "transitions[].note",
        "notes[].text",
    ),
}
_LABELS = ("id", "name", "mnemonic")
_LETTER = re.compile(r"[^\W\d_]")


def source_hash(text: str) -> str:
    """The hash a catalogue keeps of the English text a translation was made from."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Text:
    """One translatable English text: where it stands in its file, and its catalogue key."""

    path: tuple[str | int, ...]
    key: str
    text: str


def _label(item: Any, index: int) -> str:
    """A list item's name in a key: its name/mnemonic/id, else its position (notes, examples)."""
    if isinstance(item, dict):
        for k in _LABELS:
            if isinstance(item.get(k), str):
                return item[k]
    return str(index)


def _walk(data: Any, steps: list[str], path: tuple[str | int, ...], key: str) -> Iterator[Text]:
    if not steps:
        if isinstance(data, str) and _LETTER.search(data):
            yield Text(path, key, data.strip())
        return
    step, rest = steps[0], steps[1:]
    name = step.rstrip("[]*")
    if not isinstance(data, dict) or name not in data:
        return
    value, here, dotted = data[name], (*path, name), f"{key}.{name}" if key else name
    if not step.endswith(("[]", "[]*")):
        yield from _walk(value, rest, here, dotted)
        return
    for i, item in enumerate(value if isinstance(value, list) else ()):
        item_key = f"{dotted}[{_label(item, i)}]"
        if step.endswith("*"):
            yield from _fields(item, (*here, i), item_key)
        else:
            yield from _walk(item, rest, (*here, i), item_key)


def _fields(data: Any, path: tuple[str | int, ...], key: str) -> Iterator[Text]:
    """The texts of one value description and of everything nested in it."""
    for text in _FIELD_TEXTS:
        yield from _walk(data, text.split("."), path, key)
    yield from _walk(data, ["fields[]*"], path, key)
    if isinstance(data, dict) and isinstance(data.get("items"), dict):
        yield from _fields(data["items"], (*path, "items"), f"{key}.items")


def translatable_texts(source: SourceFile, kind: str) -> dict[str, Text]:
    """Every translatable text of one parsed spec file, by catalogue key, in file order."""
    found: dict[str, Text] = {}
    for pattern in _TEXTS[kind]:
        for text in _walk(source.data, pattern.split("."), (), ""):
            found.setdefault(text.key, text)
    return dict(sorted(found.items(), key=lambda item: source.at(item[1].path)))


@dataclass
class Catalogue:
    """The translations of one language that are current, by (spec file, key)."""

    language: str
    name: str
    texts: dict[tuple[str, str], str] = field(default_factory=dict)


def spec_files(raw: RawSpec) -> dict[str, tuple[SourceFile, str]]:
    """Every spec file with its kind, by its path inside spec/ (the catalogue's file keys)."""
    kinds = [
        (raw.api, "api"),
        (raw.errors, "errors"),
        (raw.call_states, "call_states"),
        *((m, "method") for m in raw.methods),
    ]
    return {Path(source.name).relative_to(raw.root.name).as_posix(): (source, kind) for source, kind in kinds}


def check_catalogue(catalogue: SourceFile, raw: RawSpec) -> Catalogue:
    """The current translations of a schema-valid catalogue; every problem goes to ``raw.warnings``."""
    language = Path(catalogue.name).stem
    language_name = LANGUAGE_NAMES.get(language, f"'{language}'")
    result = Catalogue(language, catalogue.name)
    entries: dict[str, dict[str, dict[str, str]]] = catalogue.data or {}
    files = spec_files(raw)
    texts = {name: translatable_texts(source, kind) for name, (source, kind) in files.items()}

    def warn(where: Location, message: str) -> None:
        raw.warnings.append(SpecError(where, message))

    for file_key, file_entries in entries.items():
        if file_key not in texts:
            warn(catalogue.at((file_key,), key=True), f"'{file_key}' is not a file of the spec")
            continue
        for key, entry in file_entries.items():
            english = texts[file_key].get(key)
            if english is None:
                warn(catalogue.at((file_key, key), key=True), f"'{key}' points at no translatable text of {file_key}")
            elif entry["source"] != source_hash(english.text):
                warn(
                    catalogue.at((file_key, key, "source")),
                    f"stale {language_name} translation of {file_key} {key}: the English text has changed"
                    f" (update the translation, then set source: {source_hash(english.text)})",
                )
            else:
                result.texts[(file_key, key)] = entry["text"].strip()
    for file_key, file_texts in texts.items():
        source = files[file_key][0]
        for key, english in file_texts.items():
            if key not in entries.get(file_key, {}):
                warn(
                    source.at(english.path),
                    f"no {language_name} translation of {key} (add it to {catalogue.name}"
                    f" under {file_key}, with source: {source_hash(english.text)})",
                )
    return result
