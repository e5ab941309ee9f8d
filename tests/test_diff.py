"""The semantic diff: one spec edit per kind of change, each with its classification on both axes,
plus real revisions of this repository and the command line."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from generator.diff import bump_for, compare, load_side
from generator.loader import RawSpec, load_spec
from generator.model import Api, build_api
from tests.conftest import ROOT

B, C = True, False  # breaking, compatible
Raw = dict[str, Any]


@pytest.fixture(scope="module")
def base_raw() -> RawSpec:
    """The spec without examples, so an edit need not rewrite them (examples are checked against the tables)."""
    raw = copy.deepcopy(load_spec(ROOT / "spec"))  # the loader may share what it parsed: never edit its copy
    for source in raw.methods:
        source.data["examples"] = []
    return raw


@pytest.fixture(scope="module")
def base(base_raw: RawSpec) -> Api:
    return build_api(base_raw)


def method(raw: RawSpec, wire: str) -> Raw:
    data: Raw = next(s.data for s in raw.methods if s.data["method"] == wire)
    return data


def param(raw: RawSpec, wire: str, name: str) -> Raw:
    data: Raw = next(p for p in method(raw, wire)["params"] if p["name"] == name)
    return data


def result_field(raw: RawSpec, wire: str, name: str) -> Raw:
    data: Raw = next(p for p in method(raw, wire)["result"]["fields"] if p["name"] == name)
    return data


def mnemonic(raw: RawSpec, name: str) -> Raw:
    data: Raw = next(m for m in raw.errors.data["mnemonics"] if m["mnemonic"] == name)
    return data


def remove_method(raw: RawSpec, wire: str) -> None:
    raw.methods = [s for s in raw.methods if s.data["method"] != wire]
    for component in raw.api.data["components"]:
        if wire in component["methods"]:
            component["methods"].remove(wire)


def rename_param(raw: RawSpec, wire: str, old: str, new: str) -> None:
    param(raw, wire, old)["name"] = new


def rename_mnemonic(raw: RawSpec, old: str, new: str) -> None:
    mnemonic(raw, old)["mnemonic"] = new
    for source in raw.methods:
        for e in source.data["errors"]:
            if e["mnemonic"] == old:
                e["mnemonic"] = new
    not_counted = raw.api.data["limits"]["not_counted"]
    raw.api.data["limits"]["not_counted"] = [new if m == old else m for m in not_counted]


def add_param(raw: RawSpec, wire: str, required: bool) -> None:
    method(raw, wire)["params"].append(
        {"name": "priority", "type": "integer", "required": required, "description": "A new knob."}
    )


def add_brand(raw: RawSpec) -> None:
    raw.api.data["brands"].append({"id": "acme", "name": "Acme", "base_url": "https://api.acme.invalid"})


def add_method(raw: RawSpec) -> None:
    clone = copy.deepcopy(next(s for s in raw.methods if s.data["method"] == "list.calls"))
    clone.data["method"] = "list.calls_again"
    clone.name = clone.name.replace("list.calls.yaml", "list.calls_again.yaml")
    raw.methods.append(clone)
    next(c for c in raw.api.data["components"] if "list.calls" in c["methods"])["methods"].append("list.calls_again")


def allowed_states(wire: str, states: list[str]) -> Callable[[RawSpec], None]:
    """A method allowed in other call states, in its method file and in the state machine alike."""

    def edit(raw: RawSpec) -> None:
        method(raw, wire)["states"]["allowed"] = states
        for transition in raw.call_states.data["transitions"]:
            if transition.get("method") == wire:
                transition["from"] = states

    return edit


def add_error(raw: RawSpec) -> None:
    raw.errors.data["mnemonics"].append(
        {"mnemonic": "call_too_long", "codes": [-32602], "message": "Call is too long", "description": "A new error."}
    )


def set_(getter: Callable[[RawSpec], Raw], key: str, value: Any) -> Callable[[RawSpec], None]:
    return lambda raw: getter(raw).__setitem__(key, value)


def drop(getter: Callable[[RawSpec], Raw], key: str) -> Callable[[RawSpec], None]:
    return lambda raw: getter(raw).pop(key)


HOLD_ID = lambda raw: param(raw, "hold.call", "call_session_id")
LIST_DIR = lambda raw: param(raw, "list.calls", "direction")
EMPLOYEE = lambda raw: param(raw, "start.employee_call", "employee")
RESULT_DIR = lambda raw: result_field(raw, "list.calls", "direction")
RESULT_START = lambda raw: result_field(raw, "list.calls", "start_time")
RESULT_EXT = lambda raw: result_field(raw, "list.calls", "external_id")
HOLD = lambda raw: method(raw, "hold.call")
HOLD_STATE_ERROR = lambda raw: next(e for e in method(raw, "hold.call")["errors"] if e["mnemonic"] == "invalid_state")

# (id, edit, expected [(kind, wire breaking, sdk breaking)], severity-level bump)
EDITS: list[tuple[str, Callable[[RawSpec], None], list[tuple[str, bool, bool]], str]] = [
    ("method added", add_method, [("method.added", C, C)], "minor"),
    ("method removed", lambda r: remove_method(r, "list.calls"), [("method.removed", B, B)], "major"),
    ("optional parameter added", lambda r: add_param(r, "hold.call", False), [("param.added.optional", C, C)], "minor"),
    ("required parameter added", lambda r: add_param(r, "hold.call", True), [("param.added.required", B, B)], "major"),
    ("parameter removed", lambda r: method(r, "list.calls")["params"].pop(), [("param.removed", B, B)], "major"),
    (
        "parameter renamed",
        lambda r: rename_param(r, "hold.call", "call_session_id", "session_id"),
        [("param.renamed", B, B)],
        "major",
    ),
    ("parameter type changed", set_(HOLD_ID, "type", "string"), [("type.changed", B, B)], "major"),
    ("parameter type widened integer->number", set_(HOLD_ID, "type", "number"), [("type.changed", C, C)], "minor"),
    ("parameter made nullable", set_(HOLD_ID, "nullable", True), [("nullable.changed", C, C)], "minor"),
    ("parameter allowed values narrowed", set_(LIST_DIR, "enum", ["in"]), [("enum.narrowed", B, B)], "major"),
    ("parameter allowed values widened", set_(LIST_DIR, "enum", ["in", "out", "internal"]), [("enum.widened", C, C)], "minor"),
    ("parameter allowed values dropped", drop(LIST_DIR, "enum"), [("enum.widened", C, C)], "minor"),
    (
        "parameter default changed",
        set_(lambda r: param(r, "start.simple_call", "early_switching"), "default", True),
        [("default.changed", B, B)],
        "major",
    ),
    ("parameter made required", set_(LIST_DIR, "required", True), [("param.required", B, B)], "major"),
    ("parameter made optional", set_(HOLD_ID, "required", False), [("param.optional", C, C)], "minor"),
    ("parameter maximum lowered", set_(HOLD_ID, "maximum", 100), [("range.narrowed", B, B)], "major"),
    ("parameter format added", set_(LIST_DIR, "format", "e164"), [("format.changed", B, B)], "major"),
    (
        "nested field added, required",
        lambda r: EMPLOYEE(r)["fields"].append(
            {"name": "extension", "type": "string", "required": True, "description": "Extension."}
        ),
        [("param.added.required", B, B)],
        "major",
    ),
    (
        "nested field type changed",
        lambda r: EMPLOYEE(r)["fields"][0].__setitem__("type", "string"),
        [("type.changed", B, B)],
        "major",
    ),
    (
        "nested field made optional",
        lambda r: EMPLOYEE(r)["fields"][0].__setitem__("required", False),
        [("param.optional", C, C)],
        "minor",
    ),
    (
        "result field added",
        lambda r: method(r, "list.calls")["result"]["fields"].append(
            {"name": "duration", "type": "integer", "required": True, "nullable": False, "description": "Seconds."}
        ),
        [("field.added", C, C)],
        "minor",
    ),
    (
        "result field removed",
        lambda r: method(r, "list.calls")["result"]["fields"].remove(RESULT_START(r)),
        [("field.removed", B, B)],
        "major",
    ),
    ("result field type changed", set_(RESULT_START, "type", "integer"), [("type.changed", B, B)], "major"),
    ("result field may be null", set_(RESULT_START, "nullable", True), [("nullable.changed", B, B)], "major"),
    ("result field no longer null", set_(RESULT_EXT, "nullable", False), [("nullable.changed", C, C)], "minor"),
    ("result field may be missing", set_(RESULT_START, "required", False), [("field.optional", B, B)], "major"),
    ("enum value added to a result", set_(RESULT_DIR, "enum", ["in", "out", "internal"]), [("enum.widened", B, C)], "minor"),
    ("enum value removed from a result", set_(RESULT_DIR, "enum", ["in"]), [("enum.narrowed", C, C)], "minor"),
    (
        "result class renamed (shared model)",
        drop(lambda r: param(r, "hold.call", "contact_message"), "model"),
        [("model.renamed", C, B)],
        "major",
    ),
    (
        "result no longer shares its class",
        drop(lambda r: HOLD(r)["result"], "model"),
        [("result.class", C, B)],
        "major",
    ),
    (
        "error added to a method",
        lambda r: HOLD(r)["errors"].append({"mnemonic": "leg_not_found", "code": -32602, "message": "Leg not found"}),
        [("method.error.added", C, C)],
        "minor",
    ),
    (
        "error removed from a method",
        lambda r: HOLD(r)["errors"].remove(HOLD_STATE_ERROR(r)),
        [("method.error.removed", C, C)],
        "minor",
    ),
    ("error added to the catalogue", add_error, [("error.added", C, C)], "minor"),
    ("error mnemonic renamed", lambda r: rename_mnemonic(r, "invalid_state", "wrong_state"), [("error.renamed", B, B)], "major"),
    (
        "error mnemonic renamed, common",
        lambda r: rename_mnemonic(r, "component_disabled", "component_off"),
        [("error.renamed", B, B)],
        "major",
    ),
    ("error code changed", set_(lambda r: mnemonic(r, "component_disabled"), "codes", [-32603]), [("error.code", B, B)], "major"),
    (
        "error message template changed",
        set_(lambda r: mnemonic(r, "invalid_state"), "message", "Wrong call state"),
        [("error.message", C, C)],
        "patch",
    ),
    (
        "method error message changed",
        set_(HOLD_STATE_ERROR, "message", "Wrong call state"),
        [("method.error.message", C, C)],
        "patch",
    ),
    (
        "server moved",
        lambda r: r.api.data["brands"][0].__setitem__("base_url", "https://new.example.invalid"),
        [("server.changed", B, C)],
        "minor",
    ),
    ("brand added", add_brand, [("brand.added", C, C)], "minor"),
    ("brand removed", lambda r: r.api.data["brands"].pop(), [("brand.removed", B, B)], "major"),
    (
        "API version changed (minor)",
        set_(lambda r: r.api.data["versions"], "current", "4.1"),
        [("version.changed", C, C)],
        "minor",
    ),
    (
        "API version changed (major)",
        set_(lambda r: r.api.data["versions"], "current", "5.0"),
        [("version.changed", B, B)],
        "major",
    ),
    ("method deprecated", set_(HOLD, "deprecated", "Use transfer.talk instead."), [("deprecated", C, C)], "minor"),
    ("parameter deprecated", set_(LIST_DIR, "deprecated", "Filter the answer instead."), [("deprecated", C, C)], "minor"),
    ("method description only", set_(HOLD, "description", "Holds the call."), [("description.changed", C, C)], "patch"),
    ("parameter description only", set_(HOLD_ID, "description", "The call."), [("description.changed", C, C)], "patch"),
    (
        "call states widened",
        allowed_states("hold.call", ["talk", "operator_talk"]),
        [("states.widened", C, C)],
        "minor",
    ),
    (
        "call states narrowed",
        allowed_states("restore.talk", ["operator_talk"]),
        [("states.narrowed", B, B)],
        "major",
    ),
    ("metadata field removed", lambda r: r.api.data["envelope"]["metadata"].pop(), [("field.removed", B, B)], "major"),
]


@pytest.mark.parametrize(("edit", "expected", "bump"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_each_kind_of_change_is_classified(
    base_raw: RawSpec, base: Api, edit: Callable[[RawSpec], None], expected: list[tuple[str, bool, bool]], bump: str
) -> None:
    raw = copy.deepcopy(base_raw)
    edit(raw)
    changes = compare(base, build_api(raw))
    assert [(c.kind, c.wire_breaking, c.sdk_breaking) for c in changes] == expected, [c.text for c in changes]
    assert bump_for(changes) == bump
    assert all(c.text and c.where for c in changes)


def test_enough_kinds_are_covered() -> None:
    assert len(EDITS) >= 30
    assert len({kind for _, _, expected, _ in EDITS for kind, _, _ in expected}) >= 30


def test_result_enum_widening_says_who_breaks(base_raw: RawSpec, base: Api) -> None:
    raw = copy.deepcopy(base_raw)
    set_(RESULT_DIR, "enum", ["in", "out", "internal"])(raw)
    (change,) = compare(base, build_api(raw))
    assert "strict clients" in change.note and "'internal'" in change.text


def test_a_rename_is_not_a_removal_plus_an_addition(base_raw: RawSpec, base: Api) -> None:
    raw = copy.deepcopy(base_raw)
    rename_param(raw, "hold.call", "call_session_id", "session_id")
    set_(lambda r: param(r, "hold.call", "session_id"), "description", "Something else entirely.")(raw)
    kinds = sorted(c.kind for c in compare(base, build_api(raw)))
    assert kinds == ["param.added.required", "param.removed"]  # the description differs: not detected as a rename


def test_a_shared_result_class_keeps_the_methods_name(base_raw: RawSpec, base: Api) -> None:
    """Giving a method's result the class other methods share is compatible: the SDKs keep the
    method's own name (`HoldCallResult`) as an alias of it, so code that names it still type-checks."""
    raw = copy.deepcopy(base_raw)
    drop(lambda r: HOLD(r)["result"], "model")(raw)
    (change,) = compare(build_api(raw), base)
    assert (change.kind, change.wire_breaking, change.sdk_breaking, change.where) == ("result.class", C, C, "hold.call result")
    assert "SuccessResult" in change.text and "HoldCallResult still names it" in change.text
    assert bump_for([change]) == "minor"


def test_no_change_means_no_bump(base: Api) -> None:
    assert compare(base, base) == [] and bump_for([]) is None


def test_two_real_revisions_of_this_repository() -> None:
    """933f2de listed the booleans' allowed values (no change of values) and reworded three texts;
    9ff4589 gave ten identical message objects one shared class (values the same, class names not)."""
    first, second, third = (load_side(rev, ROOT).api for rev in ("deda0e9", "933f2de", "9ff4589"))
    audit = compare(first, second)
    assert {c.kind for c in audit} == {"enum.listed", "description.changed", "notes.changed", "method.error.docs"}
    assert bump_for(audit) == "patch"
    shared = compare(second, third)
    assert len(shared) == 10 and {(c.kind, c.wire_breaking, c.sdk_breaking) for c in shared} == {("model.renamed", False, True)}
    assert "hold.call params.contact_message" in [c.where for c in shared]
    assert bump_for(shared) == "major"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_command_line_text_json_and_gate(tmp_path: Any) -> None:
    spec = tmp_path / "spec"
    subprocess.run(["cp", "-r", str(ROOT / "spec"), str(spec)], check=True)
    path = spec / "api.yaml"
    path.write_text(
        path.read_text("utf-8").replace(
            "  - id: comagic\n    name: CoMagic\n    base_url: https://callapi.comagic.ru\n    editions: [ru_comagic, seed_uis]\n",
            "",
        )
    )
    text = _cli("diff", str(ROOT / "spec"), str(spec))
    assert text.returncode == 0, text.stderr
    assert "Breaking on the wire and in the SDK (1):" in text.stdout
    assert "`brands.comagic`: brand removed" in text.stdout
    assert "SDK version bump this calls for: major" in text.stdout
    as_json = _cli("diff", str(ROOT / "spec"), str(spec), "--format", "json", "--fail-on", "breaking")
    assert as_json.returncode == 1
    data = json.loads(as_json.stdout)
    assert data["bump"] == "major" and data["counts"]["breaking"] == 1
    assert data["changes"][0] | {} == {
        "kind": "brand.removed",
        "where": "brands.comagic",
        "text": "brand removed",
        "docs": False,
        "note": "",
        "wire": "breaking",
        "sdk": "breaking",
        "severity": "breaking",
    }
    assert _cli("diff", str(ROOT / "spec"), str(spec), "--fail-on", "wire").returncode == 1
    assert _cli("diff", str(ROOT / "spec"), str(ROOT / "spec"), "--fail-on", "any").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "no-such-revision"], "'no-such-revision' is neither a spec folder nor a git revision"),
        (["diff"], "diff takes OLD and optionally NEW"),
        (["diff", "tests"], "tests has no api.yaml: not a spec folder"),
        (["check", "HEAD"], "check takes no revisions or folders"),
    ],
)
def test_command_line_mistakes_are_one_line(args: list[str], message: str) -> None:
    done = _cli(*args)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    """`python -m generator diff OLD | head`: the pipe closes under the command; it stops like a Unix tool
    (status 1, nothing on stderr), not with a traceback or a claim about the output folder."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes a byte
    try:
        done = subprocess.run(
            [sys.executable, "-m", "generator", "diff", "deda0e9", "--format", "json"],
            cwd=ROOT, stdout=write, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (1, "")
