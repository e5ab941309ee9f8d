"""The simulator's own features: the command line and its accounts, the HTTP test controller, fault
injection (forced errors, dropped connections: the SDK never re-sends a call-acting method), version
deprecation, permanent keys, and the call state machine's events."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import callapi
import httpx
import pytest
from callapi.testing import MockCallApi

from tests.conftest import ROOT

SIMPLE = {"first_call": "operator", "virtual_phone_number": "74993720692", "contact": "79260000000", "operator": "79262444491"}
MUSIC = {"type": "tts", "value": "Please hold"}


def rpc(url: str, method: str, **params: Any) -> dict[str, Any]:
    body = {"jsonrpc": "2.0", "id": "r1", "method": method, "params": params}
    answer: dict[str, Any] = httpx.post(url, json=body).json()
    return answer


def mnemonic(answer: dict[str, Any]) -> str | None:
    return answer.get("error", {}).get("data", {}).get("mnemonic")


# -- python -m callapi.testing -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "callapi.testing", *args],
        env={"PYTHONPATH": str(ROOT / "generated" / "python"), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def server() -> Iterator[str]:
    port = free_port()
    process = cli("--port", str(port), "--seed", "5", "--access-token", "key-1", "--user", "ann:pw1", "--user", "bob:pw2")
    assert process.stdout is not None
    line = process.stdout.readline()  # printed once it listens
    try:
        assert line.startswith("Call API simulator listening on "), line + (process.stderr.read() if process.stderr else "")
        yield line.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_command_line_server_registers_keys_and_users(server: str) -> None:
    assert rpc(server, "list.calls", access_token="key-1")["result"]["data"] == []
    assert mnemonic(rpc(server, "list.calls", access_token="key-2")) == "access_token_invalid"
    assert mnemonic(rpc(server, "login.user", login="ann", password="pw2")) == "auth_error"
    session = rpc(server, "login.user", login="bob", password="pw2")["result"]["data"]
    started = rpc(server, "start.simple_call", access_token=session["access_token"], **SIMPLE)
    assert started["id"] == "r1" and isinstance(started["result"]["data"]["call_session_id"], int)
    assert started["metadata"]["limits"]["minute_remaining"] == 97  # list, login, start

    base = server.rsplit("/", 1)[0]
    moved = httpx.post(base + "/_control", json={"action": "advance", "seconds": 3600}).json()
    assert moved == {"ok": True, "result": None}
    assert mnemonic(rpc(server, "list.calls", access_token=session["access_token"])) == "access_token_invalid"
    refused = httpx.post(base + "/_control", json={"action": "handle", "body": ""})
    assert refused.status_code == 400 and "unknown action" in refused.json()["error"]


def test_command_line_answers_malformed_json_with_parse_error(server: str) -> None:
    raw = httpx.post(server, content=b'{"jsonrpc": "2.0", "id": 1, "method": "list.calls"')
    assert raw.json()["error"]["code"] == -32700
    assert raw.json()["id"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "1", "--user", "nopassword"], "argument --user: expected LOGIN:PASSWORD"),
        (["--seed", "1"], "the following arguments are required: --port"),
    ],
)
def test_command_line_mistakes_are_one_line_errors(args: list[str], message: str) -> None:
    process = cli(*args)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert message in err and "Traceback" not in err


def test_command_line_port_in_use_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        process = cli("--port", str(taken.getsockname()[1]))
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.startswith("cannot listen on 127.0.0.1:") and err.count("\n") == 1, err


# -- faults ----------------------------------------------------------------------------------------


@pytest.fixture
def api() -> Iterator[MockCallApi]:
    with MockCallApi(seed=2) as running:
        yield running


def test_forced_error_comes_once_with_its_placeholders_filled(api: MockCallApi) -> None:
    api.fail_next("start.simple_call", "contact_in_blacklist", field="contact", contact="79260000000")
    with callapi.Client("k", base_url=api.url, max_retries=0) as client:
        with pytest.raises(callapi.ContactInBlacklistError) as caught:
            client.start_simple_call(**SIMPLE)
        assert caught.value.code == -32002  # the code start.simple_call documents
        assert caught.value.message == "The contact 79260000000 has been found in the blacklist"
        assert caught.value.field == "contact"
        assert client.start_simple_call(**SIMPLE).call_session_id > 0
    with pytest.raises(ValueError, match="does not document the error 'tag_not_found'"):
        api.fail_next("hold.call", "tag_not_found")


def test_dropped_connection_after_reading_is_not_resent_for_a_call_acting_method(api: MockCallApi) -> None:
    with callapi.Client("k", base_url=api.url, max_retries=3) as client:
        call = client.start_simple_call(**SIMPLE).call_session_id
        api.drop_next(after_read=True, method="hold.call")
        with pytest.raises(callapi.TransportError):
            client.hold_call(call_session_id=call, contact_message=MUSIC)
        assert [r["method"] for r in api.requests].count("hold.call") == 1  # sent once
        assert api.state(call) == "hold"  # and it did act: the reason it must not be repeated


def test_dropped_connection_is_retried_for_a_safe_method(api: MockCallApi) -> None:
    with callapi.Client("k", base_url=api.url, max_retries=1) as client:
        api.drop_next()
        assert client.list_calls() == []
    assert [r["method"] for r in api.requests] == ["list.calls"]  # the dropped one was never read


def test_late_answer_still_arrives(api: MockCallApi) -> None:
    api.delay_next("list.calls", 0.05)
    with callapi.Client("k", base_url=api.url, max_retries=0) as client:
        assert client.list_calls() == []


def test_deprecated_version_warns_through_metadata(api: MockCallApi) -> None:
    api.set_deprecated()
    with callapi.Client("k", base_url=api.url, max_retries=0) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = client.list_calls()
    assert result.metadata is not None and result.metadata.api_version is not None
    assert (result.metadata.api_version.current_version, result.metadata.api_version.latest_version) == ("4.0", "4.1")
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


# -- keys, events ----------------------------------------------------------------------------------


def test_permanent_keys_expire_and_block_while_session_keys_are_revoked() -> None:
    with MockCallApi(access_tokens={"short": 60.0 + 1767225600, "long": None}, users={"u": "p"}) as api:
        assert "result" in rpc(api.url, "list.calls", access_token="short")
        api.advance(60)
        assert mnemonic(rpc(api.url, "list.calls", access_token="short")) == "access_token_expired"
        api.block_access_token("long")
        assert mnemonic(rpc(api.url, "list.calls", access_token="long")) == "access_token_blocked"
        key = rpc(api.url, "login.user", login="u", password="p")["result"]["data"]["access_token"]
        assert rpc(api.url, "logout.user", access_token=key)["result"]["data"] == {"success": True}
        assert mnemonic(rpc(api.url, "list.calls", access_token=key)) == "access_token_invalid"


def test_events_move_calls_as_the_state_machine_says(api: MockCallApi) -> None:
    api.hold_back_answers()
    url = api.url
    call = rpc(url, "start.simple_call", access_token="k", **SIMPLE)["result"]["data"]["call_session_id"]
    assert api.state(call) == "session"
    assert mnemonic(rpc(url, "hold.call", access_token="k", call_session_id=call, contact_message=MUSIC)) == "invalid_state"
    assert api.answer(call) == "talk"
    rpc(url, "hold.call", access_token="k", call_session_id=call, contact_message=MUSIC)
    rpc(url, "make.call", access_token="k", call_session_id=call, to="79031234567")
    assert api.fail_call(call) == "hold"  # the third party did not answer: back on hold
    rpc(url, "make.call", access_token="k", call_session_id=call, to="79031234567")
    rpc(url, "transfer.talk", access_token="k", call_session_id=call)
    assert api.state(call) == "dialing"  # transfer waits for the third party
    assert api.fail_call(call) == "finishing"  # who never answers: the call ends
    with pytest.raises(ValueError, match="does not apply"):
        api.answer(call)
    other = api.incoming_call("79261112233", "74993720692")
    assert api.state(other) == "session"
    api.hold_back_answers(False)
    assert api.answer(other) == "talk"
    assert api.hang_up(other) == "finishing"  # post_talk completes by itself
    assert mnemonic(rpc(url, "list.calls", access_token="k")) is None
    assert json.loads(json.dumps(rpc(url, "list.calls", access_token="k")["result"]["data"])) == []


def test_a_preloaded_call_is_listed_and_moves_on_from_its_state(api: MockCallApi) -> None:
    control = api.url.rsplit("/", 1)[0] + "/_control"
    numbers = {"virtual_phone_number": "74993720692", "contact_phone_number": "79260000000"}
    tag = {"tag_id": 7, "tag_name": "VIP"}
    added = httpx.post(control, json={"action": "add_call", "call_session_id": 42, "state": "hold", "tags": [tag], **numbers})
    assert added.json() == {"ok": True, "result": 42}
    (entry,) = rpc(api.url, "list.calls", access_token="k")["result"]["data"]
    assert (entry["call_session_id"], entry["contact_phone_number"], entry["tags"]) == (42, "79260000000", [tag])
    assert [leg["state"] for leg in entry["legs"]] == ["On hold", "On hold"]
    assert mnemonic(rpc(api.url, "hold.call", access_token="k", call_session_id=42, contact_message=MUSIC)) == "invalid_state"
    assert "result" in rpc(api.url, "unhold.call", access_token="k", call_session_id=42)
    assert api.state(42) == "talk"
    for bad, message in [
        ({"state": "ringing"}, "unknown state 'ringing' (expected one of: session, talk,"),
        ({"state": "finishing"}, "unknown state 'finishing'"),
        ({"call_session_id": 42}, "call session 42 exists already"),
        ({"legs": [{"leg": 1}]}, "unknown leg field 'leg'"),
        ({"legs": [{"leg_id": 1}]}, "a leg needs its calling_phone_number and called_phone_number"),
        ({"colour": "blue"}, "unexpected keyword argument 'colour'"),
    ]:
        refused = httpx.post(control, json={"action": "add_call", **numbers, **bad})
        assert refused.status_code == 400 and message in refused.json()["error"], (bad, refused.json())
    assert list(api.calls) == [42]  # a refused call left nothing behind


def test_a_parameter_only_a_documented_example_sends_is_accepted(api: MockCallApi) -> None:
    vnumber = {"first_call": "contact", "virtual_phone_number": "74993720692", "contact": "79260000000"}
    assert "result" in rpc(api.url, "start.vnumber_call", access_token="k", show_virtual_phone_number=True, **vnumber)
    assert mnemonic(rpc(api.url, "start.vnumber_call", access_token="k", colour="blue", **vnumber)) == "unexpected_parameters"


def test_errors_never_echo_a_credential(api: MockCallApi) -> None:
    wrong = rpc(api.url, "login.user", login="ann", password=12345)
    assert (mnemonic(wrong), wrong["error"]["data"]["field"], wrong["error"]["data"]["value"]) == (
        "data_type_error",
        "password",
        None,
    )
    other = rpc(api.url, "list.calls", access_token="k", direction="sideways")
    assert (other["error"]["data"]["field"], other["error"]["data"]["value"]) == ("direction", "sideways")
