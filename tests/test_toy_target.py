"""A target is a folder of templates and a manifest: this test writes a toy one into a temporary
templates folder and renders it through the real pipeline, with no change to generator code
(the recipe of docs/template-authors.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from generator import pipeline, write
from generator.errors import SpecErrors
from generator.model import Api
from generator.render import load_targets, render_target
from tests.conftest import ROOT

MANIFEST = """\
description: A toy target that lists the methods.
output: toy
reserved:
  - kinds: [parameter, field]
    names: [toy_*]
    reason: the toy keeps names starting with toy_ for itself
files:
  - path: METHODS.md
  - path: methods.json
    template: index.json.jinja
  - path: methods/{method}.txt
    template: one_method.txt.jinja
    each: method
"""

METHODS_MD = """\
{% include "_header.jinja" %}
# {{ api.title }} {{ api.version }} ({{ target.name }})

| method | call it as | component | summary |
| --- | --- | --- | --- |
{% for m in api.methods %}
| {{ m.wire | md_code }} | `{{ m.names.camel }}()` | {{ m.component }} | {{ m.summary | md_cell }} |
{% endfor %}
"""

INDEX_JSON = """\
{"methods": [
{% for m in api.methods %}
  {"name": {{ m.wire | json }}, "params": {{ m.params | map(attribute="name.wire") | list | json }}}{{ "," if not loop.last }}
{% endfor %}
]}
"""

ONE_METHOD = """\
{{ method.wire }}: {{ method.summary }}
errors: {{ method.errors | map(attribute="mnemonic") | join(", ") or "common only" }}
"""


def write_toy(templates: Path) -> None:
    toy = templates / "toy"
    toy.mkdir(parents=True)
    (toy / "manifest.yaml").write_text(MANIFEST, "utf-8")
    (toy / "_header.jinja").write_text("<!-- made by the toy target -->\n", "utf-8")
    (toy / "METHODS.md.jinja").write_text(METHODS_MD, "utf-8")
    (toy / "index.json.jinja").write_text(INDEX_JSON, "utf-8")
    (toy / "one_method.txt.jinja").write_text(ONE_METHOD, "utf-8")


def test_a_toy_target_renders_and_is_written(tmp_path: Path, api: Api) -> None:
    templates, output = tmp_path / "templates", tmp_path / "generated"
    write_toy(templates)
    paths = pipeline.Paths(templates=templates, output=output)

    files = pipeline.render_all(paths, pipeline.Run())
    assert sorted(files) == sorted(["toy/METHODS.md", "toy/methods.json"] + [f"toy/methods/{m.wire}.txt" for m in api.methods])

    table = files["toy/METHODS.md"]
    assert table.startswith("<!-- made by the toy target -->\n# Call API 4.0 (toy)\n")
    for m in api.methods:
        assert f"| `{m.wire}` | `{m.names.camel}()` | {m.component} |" in table
    # the formatter re-dumps JSON canonically
    index = files["toy/methods.json"]
    assert index == json.dumps(json.loads(index), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(index)["methods"] == [
        {"name": m.wire, "params": [p.name.wire for p in m.params if p.name]} for m in api.methods
    ]
    hold = files["toy/methods/hold.call.txt"]
    assert hold.startswith("hold.call: ") and "invalid_state" in hold

    # generate writes exactly those files, and a second run changes nothing (determinism)
    run = pipeline.generate(paths)
    assert run.changed == len(files)
    assert {
        p.relative_to(output).as_posix(): p.read_text("utf-8")
        for p in output.rglob("*")
        if p.is_file() and p.name != write.MARKER
    } == files
    assert pipeline.generate(paths).changed == 0
    assert pipeline.check(paths).differences == []


def test_a_broken_manifest_is_reported_not_rendered(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    (templates / "toy" / "manifest.yaml").write_text(MANIFEST.replace("index.json.jinja", "missing.jinja"), "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    assert "template 'missing.jinja' does not exist" in str(caught.value.errors[0])


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        ("METHODS.md.jinja", METHODS_MD + "{% if %}\n", "templates/toy/METHODS.md.jinja:9:1: Expected an expression"),
        ("one_method.txt.jinja", ONE_METHOD + "{{ method.no_such_fact }}\n", "templates/toy/one_method.txt.jinja:3:1: "),
        ("_header.jinja", "{{ api.title | no_such_filter }}\n", "templates/toy/_header.jinja:1:1: No filter named 'no_such_filter'"),
        ("METHODS.md.jinja", '{% include "_gone.jinja" %}\n', "templates/toy/METHODS.md.jinja:1:1: template '_gone.jinja' does not exist"),
    ],
    ids=["syntax", "undefined", "unknown filter", "missing include"],
)
def test_a_template_mistake_is_located_once_and_nothing_is_written(
    tmp_path: Path, file: str, text: str, expected: str
) -> None:
    """A template author's mistake is a file:line message naming the template that failed (an included
    one included), reported once however many files the template renders, never a traceback."""
    templates, output = tmp_path / "templates", tmp_path / "generated"
    write_toy(templates)
    (templates / "toy" / file).write_text(text, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--templates", str(templates), "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith(expected) and "(rendering toy/" in lines[0], lines
    assert lines[1:] == ["1 mistake(s); nothing was written"]
    assert not output.exists()


def test_a_translated_file_without_the_targets_ui_strings_is_a_located_mistake(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    manifest = templates / "toy" / "manifest.yaml"
    manifest.write_text(MANIFEST + "  - path: ru/METHODS.md\n    template: METHODS.md.jinja\n    language: ru\n", "utf-8")
    (templates / "toy" / "METHODS.md.jinja").write_text('# {{ _("Methods") }}\n', "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    assert [str(e) for e in caught.value.errors] == ["templates/toy/i18n/ru.yaml: missing: the target renders files in 'ru'"]


def test_a_template_that_is_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    (templates / "toy" / "_header.jinja").unlink()
    os.mkfifo(templates / "toy" / "_header.jinja")  # opening it would block the render for ever
    with pytest.raises(SpecErrors) as caught:
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    assert "template '_header.jinja' does not exist (or is not a regular file)" in str(caught.value)


def test_targets_rendered_on_two_cores_give_what_one_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command (a process without threads) shares targets with a forked helper: its output, and
    a template's error, are what one process gives."""
    templates, output = tmp_path / "templates", tmp_path / "out"
    write_toy(templates)
    for name in ("toy2", "toy3"):
        shutil.copytree(templates / "toy", templates / name)
        manifest = templates / name / "manifest.yaml"
        manifest.write_text(manifest.read_text("utf-8").replace("output: toy", f"output: {name}"), "utf-8")
    command = [sys.executable, "-m", "generator", "generate", "--templates", str(templates), "--output", str(output)]
    env = {**os.environ, "CALLAPI_GENERATOR_CACHE": "0"}
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 1)
    one = pipeline.render_all(pipeline.Paths(templates=templates, output=output), pipeline.Run())
    written = {
        p.relative_to(output).as_posix(): p.read_text("utf-8")
        for p in output.rglob("*")
        if p.is_file() and p.name != write.MARKER
    }
    assert written == one and {p.split("/")[0] for p in one} == {"toy", "toy2", "toy3"}

    (templates / "toy3" / "one_method.txt.jinja").write_text("{{ method.no_such_field }}\n", "utf-8")
    failed = subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
    assert failed.returncode != 0 and "no_such_field" in failed.stderr
    assert sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()) == sorted([write.MARKER, *one])


def test_a_name_a_target_reserves_is_rejected_by_validate(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    manifest = templates / "toy" / "manifest.yaml"
    manifest.write_text(
        MANIFEST.replace(
            "reserved:\n",
            "reserved:\n  - kinds: [method]\n    names: [hold_*]\n    reason: the toy prints hold_ methods its own way\n",
        ),
        "utf-8",
    )
    with pytest.raises(SpecErrors) as caught:
        pipeline.validate(pipeline.Paths(templates=templates))
    assert [str(e) for e in caught.value.errors] == [
        "spec/methods/hold.call.yaml:2:9: method 'hold.call' is reserved by target 'toy': the toy prints hold_ methods its own way"
    ]
    # nothing renders from a spec validate rejects
    with pytest.raises(SpecErrors):
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())


def test_a_reserved_entry_of_unknown_kind_is_a_manifest_mistake(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    (templates / "toy" / "manifest.yaml").write_text(
        MANIFEST.replace("kinds: [parameter, field]", "kinds: [parameter, colour]"), "utf-8"
    )
    with pytest.raises(SpecErrors) as caught:
        pipeline.validate(pipeline.Paths(templates=templates))
    assert [str(e) for e in caught.value.errors] == [
        "templates/toy/manifest.yaml:4:24: 'colour' is not one of ['method', 'parameter', 'field', 'class']"
    ]


HOOK = '''\
"""The toy's own facts: a filter, a global and an `each:` collection."""


def shout(text):
    return str(text).upper() + "!"


FILTERS = {"shout": shout}
GLOBALS = {"GREETING": "hello"}
EACH = {"error_group": lambda api: [(g.class_name, g) for g in api.error_groups]}
'''


def test_a_target_hook_adds_filters_globals_and_collections(tmp_path: Path, api: Api) -> None:
    """templates/<target>/target.py is loaded for that target alone: no generator change per language."""
    templates = tmp_path / "templates"
    write_toy(templates)
    toy = templates / "toy"
    (toy / "target.py").write_text(HOOK, "utf-8")
    (toy / "manifest.yaml").write_text(
        MANIFEST + "  - path: errors/{name}.txt\n    template: group.txt.jinja\n    each: error_group\n", "utf-8"
    )
    (toy / "group.txt.jinja").write_text("{{ GREETING }} {{ item.code }} {{ item.id | shout }}\n", "utf-8")
    files = pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    groups = {p: t for p, t in files.items() if p.startswith("toy/errors/")}
    assert sorted(groups) == sorted(f"toy/errors/{g.class_name}.txt" for g in api.error_groups)
    first = api.error_groups[0]
    assert groups[f"toy/errors/{first.class_name}.txt"] == f"hello {first.code} {first.id.upper()}!\n"
    # another target does not see the toy's filters
    (templates / "other").mkdir()
    (templates / "other" / "manifest.yaml").write_text("description: x\noutput: other\nfiles:\n  - path: a.txt\n", "utf-8")
    (templates / "other" / "a.txt.jinja").write_text("{{ 'x' | shout }}\n", "utf-8")
    with pytest.raises(Exception, match="shout"):
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out2"), pipeline.Run(), ["other"])


def test_an_unknown_collection_is_a_located_mistake(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    (templates / "toy" / "manifest.yaml").write_text(MANIFEST.replace("each: method", "each: widget"), "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    message = str(caught.value.errors[0])
    assert message.startswith("templates/toy/manifest.yaml:") and "each: 'widget'" in message


FORMAT_HOOK = '''\
"""The toy's own formatter: upper-cases its text files and notes each call in a log."""

from pathlib import Path

FORMAT_VERSION = "{version}"


def shout_all(files):
    with Path({log!r}).open("a") as log:
        log.write(" ".join(sorted(files)) + "\\n")
    if any("explode" in text for text in files.values()):
        raise RuntimeError("the toy formatter cannot read that")
    return {{path: text.upper() if path.endswith(".txt") else text for path, text in files.items()}}


FORMAT = shout_all
'''


def test_a_target_formats_its_own_files_and_they_are_reused_by_formatter_version(tmp_path: Path, api: Api) -> None:
    """FORMAT in the hook gets the target's files (paths inside its output folder), after the generic
    formatting; a file formatted before is reused only for the same FORMAT_VERSION."""
    templates, output, log = tmp_path / "templates", tmp_path / "generated", tmp_path / "calls.log"
    write_toy(templates)
    hook = templates / "toy" / "target.py"
    run = uuid.uuid4().hex  # formatter versions of this run alone: .cache/ keeps what earlier runs formatted
    hook.write_text(FORMAT_HOOK.format(version=f"v1-{run}", log=str(log)), "utf-8")
    paths = pipeline.Paths(templates=templates, output=output)

    pipeline.generate(paths)
    calls = log.read_text("utf-8").splitlines()
    assert calls == [" ".join(sorted(["METHODS.md", "methods.json"] + [f"methods/{m.wire}.txt" for m in api.methods]))]
    hold = (output / "toy" / "methods" / "hold.call.txt").read_text("utf-8")
    assert hold.startswith("HOLD.CALL: ") and (output / "toy" / "METHODS.md").read_text("utf-8").startswith("<!--")

    # one template changes: only its file is formatted again; the others come from the committed tree
    (templates / "toy" / "METHODS.md.jinja").write_text(METHODS_MD + "\nmore\n", "utf-8")
    pipeline.generate(paths)
    assert log.read_text("utf-8").splitlines()[1:] == ["METHODS.md"]

    # a new formatter version formats everything again, though no raw render changed
    hook.write_text(FORMAT_HOOK.format(version=f"v2-{run}", log=str(log)).replace("text.upper()", "text.lower()"), "utf-8")
    pipeline.generate(paths)
    assert len(log.read_text("utf-8").splitlines()[2].split()) == len(calls[0].split())
    assert (output / "toy" / "methods" / "hold.call.txt").read_text("utf-8").startswith("hold.call: ")
    assert pipeline.check(paths).differences == []


def test_a_formatter_failure_is_located_and_writes_nothing(tmp_path: Path) -> None:
    templates, output = tmp_path / "templates", tmp_path / "generated"
    write_toy(templates)
    (templates / "toy" / "target.py").write_text(FORMAT_HOOK.format(version="v1", log=str(tmp_path / "log")), "utf-8")
    (templates / "toy" / "one_method.txt.jinja").write_text("explode {{ method.wire }}\n", "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.generate(pipeline.Paths(templates=templates, output=output))
    assert [str(e) for e in caught.value.errors] == [
        "templates/toy/target.py: formatting toy/ failed: the toy formatter cannot read that"
    ]
    assert not output.exists()


def test_a_formatter_without_a_version_is_a_located_mistake(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_toy(templates)
    hook = FORMAT_HOOK.format(version="v1", log=str(tmp_path / "log")).replace('FORMAT_VERSION = "v1"\n', "")
    (templates / "toy" / "target.py").write_text(hook, "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.validate(pipeline.Paths(templates=templates))
    assert [str(e) for e in caught.value.errors] == [
        "templates/toy/target.py: FORMAT needs FORMAT_VERSION (what decides its output: tool version, options)"
    ]


JSON_HOOK = '''\
"""The toy's document, built as data: the generator dumps it as JSON."""


def index(api):
    return {"title": api.title, "methods": {m.wire: m.summary for m in api.methods}, "sent": ["x", None, True, 1.5]}


BUILD = {"index": index, "broken": lambda api: {"when": object()}}
'''


def _json_toy(templates: Path, entries: str) -> Path:
    write_toy(templates)
    toy = templates / "toy"
    (toy / "target.py").write_text(JSON_HOOK, "utf-8")
    (toy / "manifest.yaml").write_text(MANIFEST + entries, "utf-8")
    return toy


def test_a_json_engine_file_is_the_hooks_data_as_canonical_json(tmp_path: Path, api: Api) -> None:
    """`engine: json` dumps what a hook's BUILD function returns: spec text is data, never JSON syntax."""
    templates = tmp_path / "templates"
    _json_toy(
        templates,
        "  - path: index.json\n    engine: json\n    build: index\n"
        "  - path: index.ru.json\n    engine: json\n    build: index\n    language: ru\n",
    )
    files = pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    english, russian = files["toy/index.json"], files["toy/index.ru.json"]
    assert english == json.dumps(json.loads(english), ensure_ascii=False, indent=2) + "\n"
    document = json.loads(english)
    assert document["methods"] == {m.wire: m.summary for m in api.methods}
    assert document["sent"] == ["x", None, True, 1.5]
    summaries = json.loads(russian)["methods"]
    ru = api.in_language("ru")
    assert summaries == {m.wire: m.summary for m in ru.methods} and summaries != document["methods"]


def test_a_json_engine_file_with_a_quote_in_spec_text_stays_valid(tmp_path: Path, api: Api) -> None:
    """A description holding JSON syntax lands as a string: the document cannot be broken from the spec."""
    hostile = '", "injected": true, "x": "</script>\u2028'
    templates = tmp_path / "templates"
    _json_toy(templates, "  - path: index.json\n    engine: json\n    build: index\n")
    [target] = load_targets(templates)
    first = replace(api.methods[0], summary=hostile)
    rendered = render_target(target, replace(api, methods=(first, *api.methods[1:])))["toy/index.json"]
    assert isinstance(rendered, str)
    document = json.loads(rendered)
    assert document["methods"][first.wire] == hostile and "injected" not in document


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("engine: json\n    build: nothing", "engine json needs 'build'"),
        ("engine: json", "engine json needs 'build'"),
        ("engine: json\n    build: index\n    each: method", "engine json makes one file"),
    ],
)
def test_a_json_engine_entry_without_its_function_is_a_located_mistake(tmp_path: Path, entry: str, message: str) -> None:
    templates = tmp_path / "templates"
    _json_toy(templates, f"  - path: index.json\n    {entry}\n")
    with pytest.raises(SpecErrors) as caught:
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    [error] = caught.value.errors
    assert str(error).startswith("templates/toy/manifest.yaml:") and message in str(error)


def test_a_hook_that_builds_no_json_value_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    templates, output = tmp_path / "templates", tmp_path / "out"
    _json_toy(templates, "  - path: index.json\n    engine: json\n    build: broken\n")
    with pytest.raises(SpecErrors) as caught:
        pipeline.generate(pipeline.Paths(templates=templates, output=output))
    [error] = caught.value.errors
    assert str(error).startswith("templates/toy/target.py: BUILD['broken'] for index.json: not a JSON value")
    assert not output.exists()


CHECK_HOOK = '''\
"""The toy cannot spell a method whose name has a `hold` in it, nor (pretend) an API with errors."""


def no_hold(api):
    for m in api.methods:
        if "hold" in m.wire:
            yield m, f"the toy cannot spell '{m.wire}'"
    for f in api.method("hold.call").params:
        if f.name.wire == "call_session_id":
            yield f, "nor this parameter"


def no_errors(api):
    if api.errors:
        yield api, "the toy has no place for errors"


CHECKS = {"no_hold": no_hold, "no_errors": no_errors}
'''


def test_a_hooks_checks_are_located_mistakes_of_validate(tmp_path: Path) -> None:
    """What a target cannot spell is reported by validate at the named object's place in the spec
    (a method's name, a field's name), or at the hook when the object has no place; nothing renders."""
    templates = tmp_path / "templates"
    write_toy(templates)
    (templates / "toy" / "target.py").write_text(CHECK_HOOK, "utf-8")
    with pytest.raises(SpecErrors) as caught:
        pipeline.validate(pipeline.Paths(templates=templates))
    assert [str(e) for e in caught.value.errors] == [
        "spec/methods/hold.call.yaml:2:9: the toy cannot spell 'hold.call' (target 'toy')",
        "spec/methods/hold.call.yaml:24:11: nor this parameter (target 'toy')",
        "spec/methods/unhold.call.yaml:2:9: the toy cannot spell 'unhold.call' (target 'toy')",
        "templates/toy/target.py: the toy has no place for errors (target 'toy')",
    ]
    with pytest.raises(SpecErrors):
        pipeline.render_all(pipeline.Paths(templates=templates, output=tmp_path / "out"), pipeline.Run())
    assert not (tmp_path / "out").exists()
