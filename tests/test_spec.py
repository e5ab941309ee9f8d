"""The committed spec: complete, consistent, and its examples fit their methods."""

from __future__ import annotations

import subprocess
import sys

import jsonschema

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


def test_result_models_are_known(api: Api) -> None:
    assert api.result_model_names == ("ListCallsResultLegs", "ListCallsResultTags", "ListTalkOptionsResultButtonValue")
    params = {p.model_name for m in api.methods for p in m.call_params if p.model_name}
    assert params and not params & set(api.result_model_names)
