"""The spec in other languages: the raw files with every current translation put in place.

``build_api`` builds the model from the English spec and, once that is valid, checks each
catalogue against it and builds the model again from each translated copy, so a template
renders any language from the same ``Api`` fields. A text without a current translation
stays English (a warning; ``validate --strict`` refuses it).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..loader import RawSpec
from ..loader.translations import Catalogue, check_catalogue, spec_files, translatable_texts

__all__ = ["translated_raw", "translated_specs"]


def _put(data: Any, path: tuple[str | int, ...], text: str) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = text


def translated_raw(raw: RawSpec, catalogue: Catalogue) -> RawSpec:
    """A copy of ``raw`` whose translatable texts are those of ``catalogue`` where it has them."""
    sources = {}
    for file_key, (source, kind) in spec_files(raw).items():
        data = copy.deepcopy(source.data)
        for key, text in translatable_texts(source, kind).items():
            if (file_key, key) in catalogue.texts:
                _put(data, text.path, catalogue.texts[(file_key, key)])
        sources[source.name] = replace(source, data=data)
    return replace(
        raw,
        api=sources[raw.api.name],
        errors=sources[raw.errors.name],
        call_states=sources[raw.call_states.name],
        methods=[sources[m.name] for m in raw.methods],
        catalogues=[],
        warnings=[],
    )


def translated_specs(raw: RawSpec) -> Iterator[tuple[str, RawSpec]]:
    """(language, translated copy) per catalogue; its problems become warnings of ``raw``."""
    for source in raw.catalogues:
        catalogue = check_catalogue(source, raw)
        yield catalogue.language, translated_raw(raw, catalogue)
