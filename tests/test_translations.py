"""The Russian catalogue (spec/i18n/ru.yaml): complete, current, and faithful to what must not change."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.loader import load_spec
from generator.loader.translations import source_hash, spec_files, translatable_texts
from generator.loader.yaml_source import parse_yaml
from generator.model import Api, build_api
from tests.conftest import ROOT

CATALOGUE = ROOT / "spec" / "i18n" / "ru.yaml"
CODE_SPAN = re.compile(r"`[^`\n]+`")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# texts that are literal values rather than prose: the same in every language
LITERAL = {("methods/start.simple_call.yaml", "params[operator_confirmation].allowed_text")}


def _catalogue() -> dict[str, dict[str, dict[str, str]]]:
    errors: list = []
    data = parse_yaml("ru.yaml", CATALOGUE.read_text("utf-8"), errors).data
    assert not errors
    return data


def _english() -> dict[tuple[str, str], str]:
    raw = load_spec(ROOT / "spec")
    return {
        (name, key): text.text
        for name, (source, kind) in spec_files(raw).items()
        for key, text in translatable_texts(source, kind).items()
    }


ENGLISH = _english()
RUSSIAN = {(name, key): entry for name, entries in _catalogue().items() for key, entry in entries.items()}


def test_every_translatable_text_is_translated_and_current() -> None:
    missing = sorted(set(ENGLISH) - set(RUSSIAN))
    dangling = sorted(set(RUSSIAN) - set(ENGLISH))
    stale = sorted(k for k in set(ENGLISH) & set(RUSSIAN) if RUSSIAN[k]["source"] != source_hash(ENGLISH[k]))
    assert not missing, f"untranslated: {missing[:5]}"
    assert not dangling, f"pointing at nothing: {dangling[:5]}"
    assert not stale, f"English changed since translated: {stale[:5]}"
    assert len(ENGLISH) > 500  # the walk finds the prose of every file, nested fields included


def test_strict_validation_passes_and_generate_prints_no_warning() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--strict"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_the_walk_reaches_every_kind_of_text() -> None:
    keys = {key for _, key in ENGLISH}
    for expected in (
        "summary",
        "components[basic].name",
        "groups[create_call].title",
        "envelope.metadata[limits].fields[day_reset].unit",
        "params[contact_message].fields[type].description",  # nested field
        "result.fields[legs].items.fields[state].notes[0]",  # field of an array element
        "examples[0].deviations[0].note",
        "mnemonics[invalid_state].description",
        "error_object.fields[data].fields[mnemonic].description",
    ):
        assert expected in keys


@pytest.mark.parametrize("key", sorted(ENGLISH), ids=lambda k: f"{k[0]}:{k[1]}")
def test_translation_is_russian_and_keeps_code(key: tuple[str, str]) -> None:
    english, russian = ENGLISH[key], RUSSIAN[key]["text"]
    if key in LITERAL:
        assert russian.strip() == english
        return
    assert CYRILLIC.search(russian), "not Russian"
    assert sorted(CODE_SPAN.findall(russian)) == sorted(CODE_SPAN.findall(english)), "code spans must stay as they are"


def test_components_use_the_vendors_russian_names(api: Api) -> None:
    russian = api.in_language("ru")
    for en, ru in zip(api.components, russian.components):
        assert CYRILLIC.search(en.vendor_name)
        assert ru.name == en.vendor_name  # e.g. "Call API Базовый набор"


def test_the_russian_model_differs_from_the_english_only_in_prose(api: Api) -> None:
    ru = api.in_language("ru")
    assert api.languages == ("en", "ru") and ru.language == "ru"
    assert [m.wire for m in ru.methods] == [m.wire for m in api.methods]
    for en_m, ru_m in zip(api.methods, ru.methods):
        assert ru_m.summary != en_m.summary
        assert [p.name for p in ru_m.params] == [p.name for p in en_m.params]
        assert [(e.code, e.message, e.variants) for e in ru_m.errors] == [(e.code, e.message, e.variants) for e in en_m.errors]
        assert [(x.request, x.response) for x in ru_m.examples] == [(x.request, x.response) for x in en_m.examples]
        assert ru_m.sources == en_m.sources
    assert [(e.mnemonic, e.message, e.codes, e.class_name) for e in ru.errors] == [
        (e.mnemonic, e.message, e.codes, e.class_name) for e in api.errors
    ]
    hold = next(m for m in ru.methods if m.wire == "hold.call")
    message_type = hold.params[2].fields[0]
    assert message_type.description.startswith("Вид сообщения") and message_type.enum == ("media", "tts")
    with pytest.raises(KeyError, match="no 'de' translation"):
        api.in_language("de")


def _copy_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    return spec


def test_a_stale_translation_is_a_warning_for_generate_and_shows_english(tmp_path: Path) -> None:
    spec = _copy_spec(tmp_path)
    hold = spec / "methods" / "hold.call.yaml"
    hold.write_text(hold.read_text("utf-8").replace("summary: Put a call on hold,", "summary: Hold a call,", 1), "utf-8")
    new_hash = source_hash("Hold a call, playing a media file or TTS text to the caller.")
    line = CATALOGUE.read_text("utf-8").splitlines().index("methods/hold.call.yaml:") + 3  # its summary's source
    for _ in ("rendered", "from the cache"):  # the warning must not get lost when the render is cached
        done = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(tmp_path / "out")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines() == [
            f"spec/i18n/ru.yaml:{line}:13: warning: stale Russian translation of methods/hold.call.yaml summary:"
            + f" the English text has changed (update the translation, then set source: {new_hash})"
        ]
    ru = build_api(load_spec(spec)).in_language("ru")
    assert next(m for m in ru.methods if m.wire == "hold.call").summary.startswith("Hold a call")


def test_the_english_spec_is_not_changed_by_translating(tmp_path: Path) -> None:
    raw = load_spec(ROOT / "spec")
    before = repr([s.data for s in (raw.api, raw.errors, *raw.methods)])
    build_api(raw)
    assert repr([s.data for s in (raw.api, raw.errors, *raw.methods)]) == before
