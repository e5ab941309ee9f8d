"""The committed spec: complete, consistent, and its examples fit their methods."""

from __future__ import annotations

import subprocess
import sys

import jsonschema
import pytest

from generator.model import Api
from tests.conftest import ROOT


def test_validate_command_passes() -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "22 methods, 4 components" in done.stdout


def test_the_api_has_22_methods_in_4_components(api: Api) -> None:
    assert len(api.methods) == 22
    assert {m.wire for m in api.methods} == {
        "login.user", "logout.user", "start.employee_call", "start.scenario_call", "start.vnumber_call",
        "start.informer_call", "start.simple_call", "make.call", "transfer.talk", "restore.talk", "hold.call",
        "unhold.call", "tag.call", "disconnect.leg", "add.coach", "record.call", "block.contact",
        "call.talk_option", "send.dtmf", "list.talk_options", "list.calls", "release.call",
    }  # fmt: skip
    assert len(api.components) == 4
    listed = [wire for c in api.components for wire in c.methods]
    assert sorted(listed) == sorted(m.wire for m in api.methods)  # each method in exactly one component


def test_20_common_errors_and_the_code_groups(api: Api) -> None:
    assert len(api.common_errors) == 20
    assert {g.code for g in api.error_groups} == {
        -32700,
        -32600,
        -32601,
        -32602,
        -32603,
        -32001,
        -32002,
        -32003,
        -32004,
        -32007,
        -32008,
        -32009,
        -32029,
        -32099,
    }
    for error in api.errors:
        assert set(error.codes) <= {g.code for g in api.error_groups}


def test_wire_misspellings_are_kept(api: Api) -> None:
    batch = next(e for e in api.errors if e.mnemonic == "batch_opreations_not_supported")
    assert [s.message for s in batch.spellings] == ["batch_operations_not_supported"]
    api_version = next(f for f in api.metadata_fields if f.name.wire == "api_version")
    assert next(f.name.wire for f in api_version.fields) == "current_version_depricated"


def test_mnemonics_with_several_codes(api: Api) -> None:
    by_name = {e.mnemonic: e for e in api.errors}
    assert set(by_name["contact_in_blacklist"].codes) == {-32002, -32602}
    assert set(by_name["scenario_not_found"].codes) == {-32602, -32007}


def test_every_example_fits_its_method(api: Api) -> None:
    count = 0
    for method in api.methods:
        assert method.examples, method.wire
        for example in method.examples:
            deviations = {path for path, _ in example.deviations}
            assert example.request["method"] == method.wire
            for err in jsonschema.Draft202012Validator(method.params_schema).iter_errors(example.params):
                path = ".".join(["params", *map(str, err.absolute_path)])
                assert path in deviations or any(d.startswith(path) for d in deviations), (method.wire, err.message)
            schema = method.result.schema
            if method.result.is_list:
                schema = {"type": "array", "items": schema}
            for err in jsonschema.Draft202012Validator(schema).iter_errors(example.result_data):
                path = ".".join(["result.data", *map(str, err.absolute_path)])
                assert path in deviations, (method.wire, err.message)
            count += 1
    assert count >= 22


def test_call_acting_methods_are_flagged(api: Api) -> None:
    safe = {m.wire for m in api.methods if not m.acts_on_call}
    assert safe == {"login.user", "logout.user", "list.calls", "list.talk_options"}


def test_session_facts(api: Api) -> None:
    assert [m.wire for m in api.methods if m.opens_session] == ["login.user"]
    assert [m.wire for m in api.methods if m.closes_session] == ["logout.user"]
    assert api.secret_names == ("access_token", "login", "password")
    starts = {m.wire for m in api.methods if m.external_id_param is not None}
    assert starts == {f"start.{kind}_call" for kind in ("employee", "informer", "scenario", "simple", "vnumber")}
    assert all(m.acts_on_call for m in api.methods if m.external_id_param is not None)


def test_refusals_that_allow_a_resend(api: Api) -> None:
    assert {e.mnemonic for e in api.errors if e.renews_session} == {"access_token_expired", "access_token_invalid"}
    assert [e.mnemonic for e in api.errors if e.waits_for_reset] == ["limit_exceeded"]
    # both are refusals the limits do not count, or the limit itself: never executed
    assert all(e.common for e in api.errors if e.renews_session or e.waits_for_reset)


def test_deprecation_flag(api: Api) -> None:
    block, flag = api.deprecation_flag
    assert block.name is not None and block.name.wire == "api_version"
    assert flag.name is not None and flag.name.wire == "current_version_depricated"  # the vendor's spelling
    assert flag.preferred is not None and flag.preferred.wire == "current_version_deprecated"


def test_raised_classes(api: Api) -> None:
    blacklisted = next(e for e in api.errors if e.mnemonic == "contact_in_blacklist")
    assert blacklisted.raised_class(-32002) == "ContactInBlacklistAsCallRestrictedError"
    assert blacklisted.group_class(-32002) == "CallRestrictedError"
    hold = next(m for m in api.methods if m.wire == "hold.call")
    state = next(e for e in hold.errors if e.mnemonic == "invalid_state")
    assert (state.raised_class, state.group_class) == ("InvalidStateError", "CallStateError")
    with pytest.raises(KeyError):
        blacklisted.raised_class(-1)


def test_result_models_are_known(api: Api) -> None:
    assert api.result_model_names == ("ListCallsResultLegs", "ListCallsResultTags", "ListTalkOptionsResultButtonValue")
    params = {p.model_name for m in api.methods for p in m.call_params if p.model_name}
    assert params and not params & set(api.result_model_names)


def test_results_that_only_report_success_share_one_class(api: Api) -> None:
    shared = [m for m in api.methods if m.result.shared]
    assert len(shared) == 14 and {m.result.model_name for m in shared} == {"SuccessResult"}
    assert all(m.result.alias == m.names.pascal + "Result" for m in shared)
    assert all(m.result.description for m in shared)  # what the flag confirms stays said per method
    (success,) = api.shared_results
    assert success.model_name == "SuccessResult" and [f.name.wire for f in success.fields if f.name] == ["success"]
    assert success.description.startswith("The answer of a method that only reports")  # api.yaml's, not a method's
    assert success.schema["description"] == success.description == shared[0].result.schema["description"]
    assert api.model_names.count("SuccessResult") == 1 and "HoldCallResult" not in api.model_names
    others = [m for m in api.methods if not m.result.shared]
    assert all(not m.result.alias and m.result.model_name == m.names.pascal + "Result" for m in others)


def test_cross_references_are_objects(api: Api) -> None:
    for g in api.error_groups:
        assert tuple(e.mnemonic for e in g.errors) == g.mnemonics
        assert all(g.code in e.codes and e is api.error(e.mnemonic) for e in g.errors)
    hold = api.method("hold.call")
    assert hold.wire == "hold.call" and hold in api.group(hold.group).methods
    assert hold.wire in api.component(hold.component).methods
    assert api.error_group(-32004).class_name == "CallStateError"
    assert (api.session_opener.wire, api.session_closer.wire) == ("login.user", "logout.user")


def test_metadata_spellings_and_the_boolean_enum_rule(api: Api) -> None:
    assert api.metadata_spellings == (("api_version", "current_version_deprecated", "current_version_depricated"),)
    simple = api.method("start.simple_call")
    fields = {p.name.wire: p for p in simple.call_params if p.name is not None}
    assert fields["first_call"].is_enum and fields["first_call"].enum == ("contact", "operator")
    assert fields["switch_at_once"].enum == (True, False) and not fields["switch_at_once"].is_enum  # stays a boolean
    assert not fields["contact"].is_enum


def test_lookups_for_templates(api: Api) -> None:
    hold = api.method("hold.call")
    assert hold.param("call_session_id").type == "integer" and hold.has_required_params
    assert not api.method("list.talk_options").has_required_params
    assert hold.lists_error("invalid_state", -32004) and not hold.lists_error("invalid_state", -32602)
    ids = tuple(reversed([e.id for e in api.editions]))
    assert api.editions_of(ids) == api.editions and api.edition(ids[0]).id == ids[0]
    assert api.error_data_field.name is not None and api.error_data_field.name.wire == "data"
