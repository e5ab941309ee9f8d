"""Facts the model computes once for every target: templates only spell them.

Each test pins a fact on the committed spec and, where the rule has a second branch the spec does not
exercise, on a small edited copy of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from generator.diff import compare
from generator.model import Api
from generator.model.naming import names_for
from generator.model.types import Example, Field, Result


def test_limit_error_and_state_refusal(api: Api) -> None:
    assert api.limit_error.mnemonic == "limit_exceeded" and api.limit_error.class_name == "LimitExceededError"
    assert [e.mnemonic for e in api.errors if e.refuses_state] == ["invalid_state"]
    guarded = {m.wire for m in api.methods if m.checks_call_state}
    assert guarded == {m.wire for m in api.methods if any(e.mnemonic == "invalid_state" for e in m.errors)}
    assert "hold.call" in guarded and "login.user" not in guarded and "list.calls" not in guarded


def test_call_lister_is_where_an_unknown_outcome_is_looked_up(api: Api) -> None:
    lister = api.call_lister
    assert lister is not None and lister.wire == "list.calls"
    assert lister.result.is_list and not lister.acts_on_call
    # a spec whose list of calls does not show the caller's id has nowhere to look
    hidden = replace(
        lister,
        result=replace(
            lister.result, fields=tuple(f for f in lister.result.fields if f.name is None or f.name.wire != "external_id")
        ),
    )
    edited = replace(api, methods=tuple(hidden if m is lister else m for m in api.methods))
    assert edited.call_lister is None


def test_error_class_structure(api: Api) -> None:
    state = api.error("invalid_state")
    assert state.base_class == "CallStateError" and state.combined_classes == ()
    blacklisted = api.error("contact_in_blacklist")
    assert blacklisted.base_class is None  # several codes: the mnemonic's class is a catch-all, never raised itself
    assert blacklisted.combined_classes == (
        (-32002, "CallRestrictedError", "ContactInBlacklistAsCallRestrictedError"),
        (-32602, "InvalidParamsError", "ContactInBlacklistAsInvalidParamsError"),
    )
    for e in api.errors:
        assert (e.base_class is None) == (len(e.codes) > 1)
        assert [c for c, _, _ in e.combined_classes] == (list(e.codes) if len(e.codes) > 1 else [])


def test_wire_spellings_of_errors_and_fields(api: Api) -> None:
    batch = api.error("batch_opreations_not_supported")
    assert batch.wire_names == ("batch_opreations_not_supported", "batch_operations_not_supported")
    assert api.error("invalid_state").wire_names == ("invalid_state",)
    # every documented pairing of a code and a spelling maps to the class raised for that code
    assert batch.answers == tuple((code, name, batch.raised_class(code)) for code in batch.codes for name in batch.wire_names)
    blacklisted = api.error("contact_in_blacklist")
    assert {(code, raised) for code, _, raised in blacklisted.answers} == {
        (c, blacklisted.raised_class(c)) for c in blacklisted.codes
    }
    _, flag = api.deprecation_flag
    assert flag.wire_names == ("current_version_depricated", "current_version_deprecated")
    assert api.method("hold.call").param("call_session_id").wire_names == ("call_session_id",)
    assert Field(None, "string").wire_names == ()


def test_doc_details_of_errors(api: Api) -> None:
    assert api.error("limit_exceeded").doc_details == ("`params` holds `limit_type`, `limit_max_value`.",)
    assert api.error("batch_opreations_not_supported").doc_details == ("Also sent as `batch_operations_not_supported`.",)
    both = replace(api.error("limit_exceeded"), spellings=api.error("batch_opreations_not_supported").spellings)
    assert both.doc_details == (
        "`params` holds `limit_type`, `limit_max_value`.",
        "Also sent as `batch_operations_not_supported`.",
    )
    assert api.error("invalid_state").doc_details == ()


def test_constraint_notes() -> None:
    bounded = Field(
        names_for("timeout"), "integer", has_default=True, default=30, unit="seconds", minimum=1, maximum=600, format="int32"
    )
    assert bounded.constraint_notes == (
        "Server default: `30`.",
        "Format: int32.",
        "Unit: seconds.",
        "Minimum: 1.",
        "Maximum: 600.",
    )
    texts = Field(names_for("tags"), "array", has_default=True, default=["ä"], allowed_text="a, b", min_items=1, max_length=5)
    assert texts.constraint_notes == ('Server default: `["ä"]`.', "Allowed: `a, b`.", "Maximum length: 5.", "Minimum items: 1.")
    assert Field(names_for("plain"), "string").constraint_notes == ()
    # a default that is null is still a documented default
    assert Field(names_for("x"), "string", has_default=True, default=None).constraint_notes == ("Server default: `null`.",)


def test_models_the_parameters_and_signatures_use(api: Api) -> None:
    assert [f.model_name for f in api.param_models] == ["Message", "StartEmployeeCallEmployee"]
    assert all(f in api.models for f in api.param_models)  # the shared model, with its shared description
    employee = api.method("start.employee_call")
    assert "StartEmployeeCallEmployee" in {f.model_name for f in employee.param_models}
    assert employee.signature_models[-1] == employee.result.model_name
    assert set(api.signature_models) >= {"Message", "StartEmployeeCallEmployee", "ListCallsResult"}
    assert list(api.signature_models) == sorted(set(api.signature_models))
    # an array of objects names its element's model, at any depth
    nested = Field(
        names_for("items"),
        "array",
        items=Field(None, "object", model_name="Inner", fields=(Field(names_for("deep"), "object", model_name="Deeper"),)),
    )
    method = replace(employee, params=(nested,), result=Result("object", (), "Out"))
    assert method.signature_models == ("Inner", "Out")
    assert [f.model_name for f in method.param_models] == ["Inner", "Deeper"]


def test_metadata_required_and_edition_differences(api: Api) -> None:
    assert api.metadata_required == ()  # every block of metadata is optional in the committed spec
    first = replace(api.metadata_fields[0], required=True)
    assert first.name is not None
    assert replace(api, metadata_fields=(first, *api.metadata_fields[1:])).metadata_required == (first.name.wire,)
    differing = {e.mnemonic for e in api.errors_differing_by_edition}
    assert "batch_opreations_not_supported" in differing
    assert differing == {e.mnemonic for e in api.errors if e.variants or e.spellings}
    sample = api.first_method_with_errors
    assert sample is not None and sample.errors and sample.examples
    assert all(not m.errors for m in api.methods[: api.methods.index(sample)])


def test_example_args_and_extras(api: Api) -> None:
    simple = api.method("start.simple_call")
    ex = simple.examples[0]
    args = simple.example_args(ex)
    assert [p.name.wire for p, _ in args if p.name is not None] == [n for n in ex.params if n != "access_token"]
    assert all(value == ex.params[p.name.wire] for p, value in args if p.name is not None)
    assert simple.example_extras(ex) == ()
    odd = Example("odd", {"params": {"access_token": "k", "unknown_flag": True, "contact": "7"}}, {})
    assert [p.name.wire for p, _ in simple.example_args(odd) if p.name is not None] == ["contact"]
    assert simple.example_extras(odd) == ("unknown_flag",)  # access_token is documented, the flag is not


def test_sessions_are_the_specs_flags(api: Api) -> None:
    assert [(m.wire, m.session) for m in api.methods if m.session] == [("login.user", "opens"), ("logout.user", "closes")]
    assert api.session_opener.opens_session and api.session_closer.closes_session
    # the flag, not a guess from the method's shape: unflagged, login.user opens nothing
    unflagged = replace(api.session_opener, session="")
    assert not unflagged.opens_session
    edited = replace(api, methods=tuple(unflagged if m is api.session_opener else m for m in api.methods))
    (change,) = compare(api, edited)
    assert (change.kind, change.where, change.wire_breaking, change.sdk_breaking) == ("method.session", "login.user", False, True)
    assert change.text.startswith("no longer opens the session")


TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


# tags that compute nothing: closing a block, or naming another template (like an import line)
_CLOSING = re.compile(r"\{%-?\s*(end\w+|else|include .*|import .*|from .* import .*)\s*-?%\}")


def _template_logic(path: Path) -> list[str]:
    """The lines of a template that compute something (Jinja statements and expressions, not the
    tags that only close a block or name another template), stripped."""
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if ("{%" in line or "{{" in line) and not _CLOSING.fullmatch(line)]


def test_templates_only_spell() -> None:
    # facts come from the model: no template filters the model's tuples to find one
    searching = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in sorted(TEMPLATES.rglob("*.jinja"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if "selectattr" in line or "rejectattr" in line
    ]
    assert searching == []
    # and no run of template logic is written again in another target
    runs: dict[tuple[str, ...], set[str]] = {}
    for path in sorted(TEMPLATES.rglob("*.jinja")):
        logic = _template_logic(path)
        for i in range(len(logic) - 3):
            runs.setdefault(tuple(logic[i : i + 4]), set()).add(path.relative_to(TEMPLATES).parts[0])
    repeated = [run for run, targets in runs.items() if len(targets) > 1]
    assert repeated == []
