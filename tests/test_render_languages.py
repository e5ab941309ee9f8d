"""A file rendered with `language: ru` gets the spec's Russian texts and the target's UI strings through
gettext; a UI string left untranslated, one no template uses, or one that drops a placeholder is a
mistake of the render, never a half-English page."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import SpecErrors

MANIFEST = """\
description: A toy target in two languages.
output: toy
files:
  - path: en/{method}.md
    template: page.md.jinja
    each: method
  - path: ru/{method}.md
    template: page.md.jinja
    each: method
    language: ru
"""

PAGE = """\
# {{ method.wire }}: {{ method.summary }}

{{ _("Parameters") }} ({{ _("%(count)s in all", count=method.params | length) }}):
{% trans trimmed wire=method.wire %}Call `{{ wire }}` with
the parameters below.{% endtrans %}
"""

RU = """\
"Parameters": "Параметры"
"%(count)s in all": "всего %(count)s"
"Call `%(wire)s` with the parameters below.": "Вызывайте `%(wire)s` с параметрами ниже."
"""


def render(tmp_path: Path, ui: str, manifest: str = MANIFEST) -> dict[str, str]:
    toy = tmp_path / "templates" / "toy"
    (toy / "i18n").mkdir(parents=True)
    (toy / "manifest.yaml").write_text(manifest, "utf-8")
    (toy / "page.md.jinja").write_text(PAGE, "utf-8")
    (toy / "i18n" / "ru.yaml").write_text(ui, "utf-8")
    paths = pipeline.Paths(templates=tmp_path / "templates", output=tmp_path / "out")
    return pipeline.render_all(paths, pipeline.Run(), ["toy"])


def test_the_same_template_renders_both_languages(tmp_path: Path) -> None:
    files = render(tmp_path, RU)
    en, ru = files["toy/en/hold.call.md"], files["toy/ru/hold.call.md"]
    assert en.startswith("# hold.call: Put a call on hold") and "Parameters (3 in all):" in en
    assert "Call `hold.call` with the parameters below." in en
    assert ru.startswith("# hold.call: Поставить звонок на удержание") and "Параметры (всего 3):" in ru
    assert "Вызывайте `hold.call` с параметрами ниже." in ru


@pytest.mark.parametrize(
    ("ui", "message"),
    [
        (RU.replace('"Parameters": "Параметры"\n', ""), "no 'ru' text for the UI string 'Parameters'"),
        (RU + '"Result": "Результат"\n', "UI string 'Result' is used by no template"),
        (RU.replace("всего %(count)s", "всего"), "the translation of '%(count)s in all' must keep its placeholders and `code`"),
        (RU.replace("Вызывайте `%(wire)s`", "Вызывайте %(wire)s"), "must keep its placeholders and `code`"),
    ],
    ids=["missing", "unused", "placeholder dropped", "code dropped"],
)
def test_ui_string_mistakes_are_reported(tmp_path: Path, ui: str, message: str) -> None:
    with pytest.raises(SpecErrors) as caught:
        render(tmp_path, ui)
    assert any(message in str(e) and "templates/toy/i18n/ru.yaml" in str(e) for e in caught.value.errors), caught.value


def test_a_language_the_spec_has_no_catalogue_for_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecErrors, match="ru/{method}.md: the spec has no 'de' translation"):
        render(tmp_path, RU, MANIFEST.replace("language: ru", "language: de"))
