"""A target's UI strings in another language: ``<target>/i18n/<language>.yaml``.

Templates write their own English text through gettext (``{{ _("Parameters") }}``,
``{% trans %}...{% endtrans %}``; jinja2's i18n extension), and a file rendered in another
language looks each text up here, English text -> translation. A text with no translation,
or a translation no template asks for, is a mistake: a page is never half translated by accident.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Location, SpecError
from ..loader.yaml_source import SourceFile, parse_yaml

__all__ = ["UiStrings"]

# what a translation must keep exactly: the values put in, and code
_KEPT = re.compile(r"%\(\w+\)s|`[^`]+`")


class UiStrings:
    def __init__(self, folder: Path, templates_name: str, language: str) -> None:
        self.language = language
        path = folder / "i18n" / f"{language}.yaml"
        self.name = f"{templates_name}/{folder.name}/i18n/{language}.yaml"
        self.errors: list[SpecError] = []
        self.source = SourceFile(self.name)
        self.texts: dict[str, str] = {}
        self.used: set[str] = set()
        self.missing: set[str] = set()
        self.absent = not path.is_file()
        if self.absent:
            self.errors.append(SpecError(Location(self.name), f"missing: the target renders files in '{language}'"))
            return
        self.source = parse_yaml(self.name, path.read_text("utf-8"), self.errors)
        data = self.source.data
        if data is not None and not (isinstance(data, dict) and all(isinstance(v, str) for v in data.values())):
            self.errors.append(SpecError(self.source.at(()), "expected a mapping of English text to its translation"))
        elif data is not None:
            self.texts = data

    def gettext(self, text: str) -> str:
        self.used.add(text)
        if text not in self.texts:
            self.missing.add(text)
            return text
        return self.texts[text]

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        # the languages rendered so far need one form per English form (Russian: the template avoids counts)
        return self.gettext(singular if count == 1 else plural)

    def problems(self) -> list[SpecError]:
        """What the renders showed: texts without a translation, translations nothing asked for."""
        found = list(self.errors)
        if self.absent:  # one mistake for the missing file, not one per text it would have had
            return found
        for text in sorted(self.missing):
            found.append(SpecError(Location(self.name), f"no '{self.language}' text for the UI string {text!r}"))
        for text in sorted(set(self.texts) - self.used):
            found.append(SpecError(self.source.at((text,), key=True), f"UI string {text!r} is used by no template"))
        for text, translation in self.texts.items():
            if sorted(_KEPT.findall(text)) != sorted(_KEPT.findall(translation)):
                found.append(
                    SpecError(self.source.at((text,)), f"the translation of {text!r} must keep its placeholders and `code`")
                )
        return found
