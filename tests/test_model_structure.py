"""The model's structure and the targets' own rules: names spelt the same on any machine, the
words each language cannot take declared by its target, model objects that know their place in
the spec, and every target's reserved class names covering the classes its SDK declares itself."""

from __future__ import annotations

import ast
import fnmatch
import keyword
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import Location
from generator.model import Api
from generator.model.naming import names_for, snake
from generator.render import Target, load_targets
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def targets() -> dict[str, Target]:
    return {t.name: t for t in load_targets(ROOT / "templates")}


def test_spellings_do_not_depend_on_the_python_running_the_generator() -> None:
    # `type` and `match` are soft keywords from Python 3.10/3.12 on, and valid names: the
    # spec's many `type` fields must stay `type` whichever Python renders them
    assert snake("type") == "type" and snake("match") == "match" and snake("from") == "from"
    assert names_for("hold.call") == names_for("hold.call", {})
    assert (names_for("hold.call").snake, names_for("hold.call").camel) == ("hold_call", "holdCall")


def test_a_keyword_gets_an_underscore_in_its_spelling_only() -> None:
    names = names_for("from", {"snake": {"from"}, "camel": {"delete"}})
    assert (names.wire, names.snake, names.camel, names.pascal) == ("from", "from_", "from", "From")
    assert names_for("delete", {"snake": {"from"}, "camel": {"delete"}}).camel == "delete_"


def test_python_keywords_are_declared_by_the_python_target(targets: dict[str, Target]) -> None:
    # the hard keywords, the same in every Python the SDK supports; no generator code lists them
    assert set(targets["python"].keywords["snake"]) == set(keyword.kwlist)
    assert "import keyword" not in (ROOT / "generator" / "model" / "naming.py").read_text("utf-8")


def test_a_keyword_parameter_is_spelt_safely_for_python_only(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    method = spec / "methods" / "hold.call.yaml"
    text = method.read_text("utf-8")
    extra = "  - name: from\n    type: integer\n    required: false\n    description: A keyword in Python.\n"
    method.write_text(text.replace("  - name: call_session_id\n", extra + "  - name: call_session_id\n", 1), "utf-8")
    api = pipeline.validate(pipeline.Paths(spec=spec))
    names = api.method("hold.call").param("from").name
    assert names is not None and (names.snake, names.camel) == ("from_", "from")


def test_model_objects_know_their_place_in_the_spec(api: Api) -> None:
    hold = api.method("hold.call")
    assert hold.where == Location("spec/methods/hold.call.yaml", 2, 9)
    param = hold.param("call_session_id")
    assert param.where is not None and param.where.file == hold.where.file and param.where.line > hold.where.line
    state = api.error("invalid_state")
    assert state.where is not None and state.where.file == "spec/errors.yaml"
    assert all(g.where is not None and g.where.file == "spec/errors.yaml" for g in api.error_groups)
    # the place is not part of what a model object is: equal objects from two places compare equal
    assert hold == hold.__class__(**{**hold.__dict__, "where": None})


def test_field_lists_hold_every_object_once_per_place(api: Api) -> None:
    lists = api.field_lists
    assert api.metadata_fields in lists and api.error_object_fields in lists
    for m in api.methods:
        assert m.params in lists and m.result.fields in lists
    # every object with fields, at any depth (through arrays too), is one of the lists
    todo = [f for fields in lists for f in fields]
    while todo:
        f = todo.pop()
        while f.items is not None:
            f = f.items
        if f.fields:
            assert f.fields in lists
    message_places = sum(1 for fields in lists for f in fields if f.model_name == "Message")
    assert message_places >= 2  # the shared `Message` model is walked at each of its places


def _python_classes() -> set[str]:
    found = set()
    for path in (ROOT / "generated" / "python" / "callapi").glob("*.py"):  # the package namespace, not callapi.testing
        found |= {n.name for n in ast.parse(path.read_text("utf-8")).body if isinstance(n, ast.ClassDef)}
    return found


def _typescript_classes() -> set[str]:
    text = "".join(p.read_text("utf-8") for p in (ROOT / "generated" / "typescript" / "src").glob("*.ts"))
    return set(re.findall(r"^export (?:declare )?(?:abstract )?(?:class|interface|type|enum) (\w+)", text, re.MULTILINE))


def _php_classes() -> set[str]:
    src = ROOT / "generated" / "php" / "src"  # the root namespace and Exception\, where the spec's error classes live
    return {p.stem for p in (*src.glob("*.php"), *(src / "Exception").glob("*.php"))}


@pytest.mark.parametrize(
    ("target", "declared"), [("python", _python_classes), ("typescript", _typescript_classes), ("php", _php_classes)]
)
def test_every_class_an_sdk_declares_itself_is_reserved(
    target: str, declared: Callable[[], set[str]], targets: dict[str, Target], api: Api
) -> None:
    """A spec name that became one of the SDK's own class names would clash with it: each such name
    must be in the target's `reserved:` list (the lists had drifted from the SDKs' classes)."""
    from_spec = set(api.model_names) | {m.names.pascal + "Params" for m in api.methods}
    from_spec |= {g.class_name for g in api.error_groups} | {c for e in api.errors for _, _, c in e.code_classes}
    from_spec |= {e.class_name for e in api.errors} | {name + "Param" for name in api.model_names}
    from_spec |= {m.result.alias for m in api.methods if m.result.alias}  # a shared result's per-method names
    patterns = [n for r in targets[target].reserved if "class" in r.kinds for n in r.names]
    own = sorted(c for c in declared() if not c.startswith("_") and c not in from_spec)
    assert own, "the SDK declares classes of its own"
    assert [c for c in own if not any(fnmatch.fnmatchcase(c, p) for p in patterns)] == []
