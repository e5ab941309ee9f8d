"""The TypeScript target: it type-checks under `tsc --strict`, and the compiled client, run by
Node against a real JSON-RPC server on 127.0.0.1, sends every documented example request and
reads every documented answer; errors map onto the class hierarchy of the Python SDK.

Needs Node 20+ and `npm ci --prefix tests/ts_support` (the pinned TypeScript compiler).
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest

from generator.model import Api, Field
from tests.support.server import Server
from tests.ts_support import HERE, HOSTILE, hostile_spec, package, render, run_node

RUNNER = HERE / "run_client.mjs"
TOKEN = "test-token"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rendered package, written to a temporary folder."""
    root = tmp_path_factory.mktemp("typescript")
    for path, text in render("typescript").items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    return root


def tsc(*args: str, cwd: Path) -> str:
    return run_node(str(package("typescript") / "bin" / "tsc"), *args, cwd=cwd)


@pytest.fixture(scope="module")
def compiled(sdk: Path) -> Path:
    tsc("-p", "tsconfig.json", "--outDir", "dist", cwd=sdk)
    index = sdk / "dist" / "index.js"
    assert index.is_file()
    return index


def run(compiled: Path, scenarios: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes: list[dict[str, Any]] = json.loads(run_node(str(RUNNER), str(compiled), stdin=json.dumps(scenarios)))
    assert len(outcomes) == sum(len(s["calls"]) for s in scenarios)
    return outcomes


def client(server: Server, **options: Any) -> dict[str, Any]:
    return {"baseUrl": server.url, "accessToken": TOKEN, "maxRetries": 0, **options}


def lax(schema: dict[str, Any], value: Any) -> Any:
    """What the client makes of a documented value: "true"/"false" where a boolean is documented."""
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if isinstance(value, str) and "boolean" in types and value in ("true", "false"):
        return value == "true"
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: lax(props[k], v) if k in props else v for k, v in value.items()}
    if isinstance(value, list) and "items" in schema:
        return [lax(schema["items"], v) for v in value]
    return value


# --- the package ---------------------------------------------------------------------------


def test_package_has_no_runtime_dependency_and_pins_the_tested_compiler(sdk: Path) -> None:
    manifest = json.loads((sdk / "package.json").read_text("utf-8"))
    assert "dependencies" not in manifest and "peerDependencies" not in manifest
    tested = json.loads((HERE / "package.json").read_text("utf-8"))["devDependencies"]["typescript"]
    assert manifest["devDependencies"] == {"typescript": tested}
    assert re.fullmatch(r"\d+\.\d+\.\d+", tested), "pin an exact TypeScript version"
    assert json.loads((sdk / "tsconfig.json").read_text("utf-8"))["compilerOptions"]["strict"] is True


def test_strict_type_check_is_clean(sdk: Path) -> None:
    tsc("-p", "tsconfig.json", "--strict", "--noEmit", cwd=sdk)


def _models(fields: Any) -> set[str]:
    found: set[str] = set()
    for f in fields:
        inner: Field | None = f
        while inner is not None and inner.is_array:
            inner = inner.items
        if inner is not None and inner.is_object and inner.model_name and inner.fields:
            found |= {inner.model_name} | _models(inner.fields)
    return found


def test_an_interface_per_params_and_result_object(sdk: Path, api: Api) -> None:
    types = (sdk / "src" / "types.ts").read_text("utf-8")
    declared = set(re.findall(r"^export interface (\w+) \{", types, re.MULTILINE))
    wanted = {"Metadata", "ErrorData"} | _models(api.metadata_fields)
    for m in api.methods:
        wanted |= {m.result.model_name} | _models(m.call_params) | _models(m.result.fields)
        if m.call_params:
            wanted.add(m.names.pascal + "Params")
    assert wanted <= declared, sorted(wanted - declared)
    client_ts = (sdk / "src" / "client.ts").read_text("utf-8")
    for m in api.methods:
        assert re.search(rf"^  async {m.names.camel}\(", client_ts, re.MULTILINE), m.wire


def test_types_catch_mistakes(sdk: Path) -> None:
    """Code that uses the SDK type-checks; each `@ts-expect-error` line must really be an error."""
    (sdk / "usage_check.ts").write_text(
        """
import { CallRestrictedError, Client, ContactInBlacklistError, type ListCallsResult } from "./src/index.js";

export async function use(): Promise<number> {
  const client = new Client({ brand: "uis", accessToken: "t" });
  const call = await client.startEmployeeCall({
    first_call: "employee",
    virtual_phone_number: "74993720692",
    contact: "79260000000",
    employee: { id: 25, phone_number: "2000" },
    contact_message: { type: "tts", value: "hello" },
  });
  const id: number = call.call_session_id;
  const left: number | undefined = call.metadata?.limits?.day_remaining;
  const calls = await client.listCalls({ direction: "in" });
  const first: ListCallsResult | undefined = calls[0];
  const states: string[] = calls.flatMap((c) => c.legs.map((leg) => leg.state));
  await client.logoutUser();
  // @ts-expect-error first_call takes only the documented values
  await client.startEmployeeCall({ first_call: "nobody", virtual_phone_number: "1", contact: "2", employee: { id: 1 } });
  // @ts-expect-error employee is required
  await client.startEmployeeCall({ first_call: "employee", virtual_phone_number: "1", contact: "2" });
  // @ts-expect-error call_session_id is a number
  await client.holdCall({ call_session_id: "1" });
  // @ts-expect-error no such brand
  new Client({ brand: "nobody" });
  try {
    await client.releaseCall({ call_session_id: 1 });
  } catch (error) {
    if (error instanceof ContactInBlacklistError && error instanceof CallRestrictedError) {
      return error.code;
    }
  }
  return id + (left ?? 0) + states.length + (first ? 1 : 0);
}
""",
        "utf-8",
    )
    tsc(
        "--noEmit",
        "--strict",
        "--target",
        "ES2022",
        "--module",
        "NodeNext",
        "--moduleResolution",
        "NodeNext",
        "--lib",
        "ES2022,DOM",
        "--skipLibCheck",
        "usage_check.ts",
        cwd=sdk,
    )


# --- the client against a server -----------------------------------------------------------


def test_every_documented_example(compiled: Path, server: Server, api: Api) -> None:
    scenarios = []
    expected = []
    for m in api.methods:
        assert m.examples, f"{m.wire} has no example"
        for example in m.examples:
            params = {k: v for k, v in example.params.items() if k != "access_token"}
            token = example.params.get("access_token")
            call: dict[str, Any] = {"method": m.names.camel}
            if m.call_params:
                call["params"] = params
            else:
                assert not params, f"{m.wire}: the example has params the method does not take"
            scenarios.append({"client": client(server, accessToken=token), "calls": [call]})
            server.reply({**example.response, "id": "$id"})
            expected.append((m, example))
    outcomes = run(compiled, scenarios)
    assert len(server.requests) == len(expected)
    for (m, example), sent, outcome in zip(expected, server.requests, outcomes):
        where = f"{m.wire}: {example.title}"
        assert isinstance(sent.get("id"), int), where
        assert {k: v for k, v in sent.items() if k != "id"} == {k: v for k, v in example.request.items() if k != "id"}, where
        assert outcome["ok"], (where, outcome)
        data = example.result_data
        schema = {"type": "array", "items": m.result.schema} if m.result.is_list else m.result.schema
        assert outcome["value"] == lax(schema, data), where
        assert outcome["isArray"] is m.result.is_list, where
        assert "metadata" not in outcome["keys"] and outcome["metadata"] is None, where
        if m.wire == "login.user":
            assert outcome["accessToken"] == data["access_token"]
        elif m.wire == "logout.user":
            assert outcome["accessToken"] is None


def _error(code: int, mnemonic: str | None, message: str = "boom", **data: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if mnemonic is not None:
        body["data"] = {"mnemonic": mnemonic, **data}
    return {"jsonrpc": "2.0", "id": "$id", "error": body}


HOLD = {"method": "holdCall", "params": {"call_session_id": 1}}
START = {
    "method": "startEmployeeCall",
    "params": {"first_call": "employee", "virtual_phone_number": "74993720692", "contact": "79260000000", "employee": {"id": 1}},
}
BASE = ["ApiError", "CallApiError"]


def test_error_answers_map_to_the_class_hierarchy(compiled: Path, server: Server) -> None:
    cases: list[tuple[dict[str, Any], dict[str, Any], list[str], str]] = [
        (
            START,
            _error(-32002, "contact_in_blacklist", contact="79260000000"),
            ["CallRestrictedError", "ContactInBlacklistAsCallRestrictedError", "ContactInBlacklistError"],
            "ContactInBlacklistAsCallRestrictedError",
        ),
        (
            START,
            _error(-32602, "contact_in_blacklist"),
            ["ContactInBlacklistAsInvalidParamsError", "ContactInBlacklistError", "InvalidParamsError"],
            "ContactInBlacklistAsInvalidParamsError",
        ),
        (HOLD, _error(-32004, "invalid_state"), ["CallStateError", "InvalidStateError"], "InvalidStateError"),
        # a known mnemonic under a code the docs do not give it: both classes, like the Python SDK
        (
            HOLD,
            _error(-32602, "invalid_state"),
            ["CallStateError", "InvalidParamsError", "InvalidStateError"],
            "InvalidStateError",
        ),
        (HOLD, _error(-32602, "brand_new_mnemonic"), ["InvalidParamsError"], "InvalidParamsError"),
        (HOLD, _error(-32050, None), [], "ApiError"),
        (
            HOLD,
            _error(-32099, "batch_operations_not_supported"),
            ["BatchOperationsNotSupportedError", "UnsupportedFeatureError"],
            "BatchOperationsNotSupportedError",
        ),
        (
            HOLD,
            _error(-32001, "access_token_invalid", field="access_token", value="secret"),
            ["AccessTokenInvalidError", "AuthenticationError"],
            "AccessTokenInvalidError",
        ),
    ]
    for _, reply, _, _ in cases:
        server.reply(reply)
    outcomes = run(compiled, [{"client": client(server), "calls": [call for call, _, _, _ in cases]}])
    for (call, reply, classes, name), outcome in zip(cases, outcomes):
        assert not outcome["ok"], outcome
        assert outcome["classes"] == sorted(BASE + classes), (reply, outcome["classes"])
        assert outcome["name"] == name
        assert outcome["code"] == reply["error"]["code"]
        assert outcome["serverMessage"] == "boom"
        assert outcome["method"] == {"holdCall": "hold.call", "startEmployeeCall": "start.employee_call"}[call["method"]]
        assert isinstance(outcome["requestId"], int)
    blacklisted, _, _, _, _, unknown, _, secret = outcomes
    assert blacklisted["params"] == {} and blacklisted["mnemonic"] == "contact_in_blacklist"
    assert blacklisted["defaultCode"] == -32002 and blacklisted["defaultMnemonic"] == "contact_in_blacklist"
    assert unknown["mnemonic"] is None
    assert secret["field"] == "access_token" and secret["value"] == "<redacted>"
    assert "access_token" in secret["message"] and "secret" not in secret["message"]


def test_malformed_answers_are_protocol_errors(compiled: Path, server: Server) -> None:
    replies: list[dict[str, Any]] = [
        {"raw": b"<html>not json</html>"},
        {"body": {"jsonrpc": "2.0", "id": 999999, "result": {"data": {"success": True}}}},
        {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"nothing": 1}}},
        {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": 5}}}},
        {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": {}}}},
        {"body": {"jsonrpc": "2.0", "id": "$id", "error": {"code": "x", "message": "?"}}},
        {"body": ["not", "an", "object"]},
        {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}}, "status": 500},
    ]
    for reply in replies:
        server.reply(reply.pop("body", None), **reply)
    outcomes = run(compiled, [{"client": client(server), "calls": [HOLD] * len(replies)}])
    for outcome in outcomes:
        assert not outcome["ok"]
        assert outcome["classes"] == ["CallApiError", "ProtocolError"], outcome
        assert outcome["method"] == "hold.call"
    assert outcomes[0]["raw"] == "<html>not json</html>" and outcomes[0]["status"] == 200
    assert "result.data.success" in outcomes[3]["message"]
    assert "result.data.success is missing" in outcomes[4]["message"]
    assert outcomes[-1]["status"] == 500


def test_metadata_is_exposed_and_deprecation_reported(compiled: Path, server: Server) -> None:
    limits = {"day_limit": 10, "day_remaining": 9, "day_reset": 60, "minute_limit": 5, "minute_remaining": 4, "minute_reset": 30}
    # the newest English edition spells the flag `current_version_deprecated`
    version = {"current_version_deprecated": True, "current_version": "3.0", "latest_version": "4.0"}
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": [], "metadata": {"limits": limits, "api_version": version}}})
    server.reply(
        {**_error(-32029, "limit_exceeded", params={"limit_type": "day", "limit_max_value": 10}), "metadata": {"limits": limits}}
    )
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": [], "metadata": {"limits": {"day_limit": "lots"}}}})
    outcomes = run(compiled, [{"client": client(server), "calls": [{"method": "listTalkOptions"}] * 3}])
    ok, limited, misshapen = outcomes
    assert ok["ok"] and ok["value"] == [] and ok["isArray"]
    wire_version = {"current_version_depricated": True, "current_version": "3.0", "latest_version": "4.0"}
    assert ok["metadata"] == {"limits": limits, "api_version": wire_version}
    assert ok["deprecated"] == [wire_version]
    assert limited["classes"] == sorted(BASE + ["LimitError", "LimitExceededError"])
    assert limited["metadata"] == {"limits": limits}
    assert limited["params"] == {"limit_type": "day", "limit_max_value": 10}
    assert misshapen["ok"] and misshapen["metadata"] is None


def test_transport_errors_and_retries(compiled: Path, server: Server) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/v4.0"
    ok = {"jsonrpc": "2.0", "id": "$id", "result": {"data": []}}
    server.reply(None, status=503)  # list.talk_options is safe to repeat: retried
    server.reply(ok)
    server.reply(None, status=503)  # hold.call acts on a call: never sent twice
    server.reply(ok, delay=0.5)  # answered too late
    outcomes = run(
        compiled,
        [
            {"client": client(server, maxRetries=1), "calls": [{"method": "listTalkOptions"}]},
            {"client": client(server, maxRetries=2), "calls": [HOLD]},
            {"client": client(server, timeout=100), "calls": [{"method": "listTalkOptions"}]},
            {"client": {"baseUrl": closed, "accessToken": TOKEN, "maxRetries": 0}, "calls": [{"method": "listTalkOptions"}]},
            {"client": {"baseUrl": server.url, "maxRetries": 0}, "calls": [HOLD]},
        ],
    )
    retried, held, late, refused, no_token = outcomes
    assert retried["ok"] and retried["value"] == []
    # a gateway's 503 to a call-acting method: the call may have been placed, and is not sent again
    assert held["classes"] == ["AmbiguousOutcomeError", "CallApiError", "TransportError"]
    assert "hold.call" in held["message"] and "list.calls" in held["message"]
    assert late["classes"] == ["CallApiError", "RequestTimeoutError", "TransportError"]
    assert refused["classes"] == ["CallApiError", "TransportError"]
    assert no_token["classes"] == ["CallApiError", "MissingCredentialsError"] and "access token" in no_token["message"]
    assert len(server.requests) == 4  # two for list.talk_options, one each for hold.call and the late one
    assert server.requests[0] == server.requests[1]


def test_hostile_spec_text_stays_text(tmp_path: Path) -> None:
    """Descriptions that try to close comments and strings still give a package that type-checks,
    with the text verbatim in its doc comments (`*/` written as `*\\/`)."""
    root = tmp_path / "typescript"
    for path, text in render("typescript", spec=hostile_spec(tmp_path)).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    tsc("-p", "tsconfig.json", "--noEmit", cwd=root)
    escaped = HOSTILE.replace("*/", "*\\/")
    assert f"   * {escaped}\n" in (root / "src" / "client.ts").read_text("utf-8")
    types = (root / "src" / "types.ts").read_text("utf-8")
    # HoldCallResult.success; contact_message.type lives in the shared Message model, documented by the
    # first method that uses it, so hold.call's wording of it is not in types.ts
    assert types.count(f"   * {escaped}\n") == 1
