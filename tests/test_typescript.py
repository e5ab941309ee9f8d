"""The TypeScript target: it type-checks under `tsc --strict`, and the compiled client, run by
Node, sends every documented example request to the simulator (``callapi.testing``) and reads its
answers; errors map onto the class hierarchy of the Python SDK. Answers no API would send (unknown
codes, malformed bodies, HTTP statuses, drops, drips) come from the canned and fault servers.

Needs Node 20+ and `npm ci --prefix tests/ts_support` (the pinned TypeScript compiler).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.model import Api, Field
from tests.conftest import ROOT
from tests.support.documented import cases
from tests.support.server import Server
from tests.ts_support import HERE, HOSTILE, faults, hostile_spec, node, package, render, run_node

RUNNER = HERE / "run_client.mjs"
TOKEN = "test-token"
TARGET = ROOT / "templates" / "typescript"
PRETTIER = TARGET / "prettier" / "node_modules" / "prettier" / "bin" / "prettier.cjs"


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
def compiled(typescript_client: Path) -> Path:
    assert typescript_client.is_file()
    return typescript_client


def run(compiled: Path, scenarios: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes: list[dict[str, Any]] = json.loads(run_node(str(RUNNER), str(compiled), stdin=json.dumps(scenarios)))
    assert len(outcomes) == sum(len(s["calls"]) for s in scenarios)
    return outcomes


def client(server: Server, **options: Any) -> dict[str, Any]:
    return {"baseUrl": server.url, "accessToken": TOKEN, "maxRetries": 0, **options}


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


# --- formatting: prettier, run by the target's hook (templates/typescript/target.py) ----------


def prettier_check(folder: Path) -> None:
    if not PRETTIER.is_file():
        pytest.fail("prettier is missing; run scripts/setup (npm ci --prefix templates/typescript/prettier)")
    run_node(str(PRETTIER), "--check", str(folder))


def hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typescript_target_under_test", TARGET / "target.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_package_passes_prettier_check() -> None:
    """`prettier --check` with the options the package carries (.prettierrc.json, the hook's) finds
    nothing to change, and no line of code or comment runs past the print width but template strings."""
    package_root = ROOT / "generated" / "typescript"
    prettier_check(package_root)
    options = json.loads((package_root / ".prettierrc.json").read_text("utf-8"))
    assert options == hook().PRETTIER_OPTIONS
    long_lines = [
        line
        for path in sorted(package_root.rglob("*.ts"))
        for line in path.read_text("utf-8").splitlines()
        if len(line) > options["printWidth"]
    ]
    assert all("`" in line for line in long_lines), long_lines  # template strings prettier does not break


def test_doc_comments_are_wrapped_without_breaking_spans_or_starting_tags() -> None:
    wrap = hook().wrap_doc_comments
    long_text = "word " * 30 + "`a code span that must stay whole` and {@link SomeError} then @param stays inside"
    text = f"  /** {long_text} */\n  const x = {'1 + ' * 40}1;\n/**\n * {long_text}\n */"
    wrapped = wrap(text).split("\n")
    assert all(len(line) <= 100 for line in wrapped if "const x" not in line)
    assert f"  const x = {'1 + ' * 40}1;" in wrapped  # code is prettier's business
    assert wrapped[0] == "  /**" and wrapped[wrapped.index("  const x = " + "1 + " * 40 + "1;") - 1] == "   */"
    joined = " ".join(line.strip().removeprefix("* ") for line in wrapped)
    assert "`a code span that must stay whole`" in joined and "{@link SomeError}" in joined
    assert not [line for line in wrapped if line.strip().removeprefix("* ").startswith("@")]
    short = "/** fits */\nconst y = 1;"
    assert wrap(short) == short


MISPLACED = """\
export class A {
        /**
           * Says what b does; prettier moves this comment with the code.
   */
      b(x: number,
 y: number): number { return x + y }
}
"""


def test_doc_comments_kept_out_of_prettier_come_back_as_prettier_prints_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Masking doc comments changes nothing: every rendered TypeScript file (and one with comments
    out of place) formats exactly as prettier formats it with its comments in."""
    from generator import format as generic
    from generator import pipeline
    from generator.render import load_targets, render_target

    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    module = hook()
    paths = pipeline.Paths()
    (target,) = load_targets(paths.templates, ["typescript"])
    raw = render_target(target, pipeline.validate(paths))
    rendered = {path.removeprefix("typescript/"): text for path, text in raw.items()}
    files = {path: generic.format_file(path, str(text)) for path, text in rendered.items() if path.endswith(".ts")}
    files["src/misplaced.ts"] = MISPLACED
    direct = module._prettier(files)  # comments and all
    assert module.format_files(files) == {path: module.wrap_doc_comments(text) for path, text in direct.items()}
    assert module.mask_doc_comments(files["src/client.ts"])[1], "the client has doc comments to mask"


def test_editing_a_description_starts_no_prettier(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from generator import cache

    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache")
    module = hook()
    calls: list[list[str]] = []
    prettier = module._prettier

    def counted(files: dict[str, str]) -> dict[str, str]:
        calls.append(sorted(files))
        return prettier(files)

    monkeypatch.setattr(module, "_prettier", counted)
    code = "/**\n * Adds.\n */\nexport function add(a: number, b: number): number { return a + b }\n"
    first = module.format_files({"src/a.ts": code})["src/a.ts"]
    edited = module.format_files({"src/a.ts": code.replace("Adds.", "Adds two numbers.")})["src/a.ts"]
    assert calls == [["src/a.ts"], []]
    assert edited == first.replace("Adds.", "Adds two numbers.")
    module.format_files({"src/a.ts": code.replace("a + b", "b + a")})  # code changed: prettier again
    assert calls[-1] == ["src/a.ts"]


def test_markdown_tables_are_written_as_prettier_lays_them_out() -> None:
    """The README is not run through prettier (it changes with every summary): its tables are laid out
    as prettier would, wide characters and escaped pipes included."""
    module = hook()
    table = "| a | wide |\n| --- | --- |\n| `x \\| y` | 電話 ☎ ü |\n| a longer cell | z |\n"
    laid_out = module.md_table(table)
    assert laid_out != table and module._prettier({"t.md": laid_out})["t.md"] == laid_out


def test_formatting_failures_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    module = hook()
    with pytest.raises(RuntimeError, match=r"src/broken.ts: .*"):
        module.format_files({"src/broken.ts": "export const = ;\n"})
    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match="node is not installed"):
        module.format_files({"src/a.ts": "export const a = 1;\n"})
    assert module.format_files({"notes.txt": "as is"}) == {"notes.txt": "as is"}  # not prettier's: no node needed


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


def test_every_documented_example(compiled: Path, api: Api) -> None:
    """Each documented example goes to a fresh simulator holding what it assumes
    (tests/support/documented.py): the client sends the documented request as printed and reads the
    simulator's answer, which is the documented one wherever a simulator can know it."""
    examples = cases(api)
    with contextlib.ExitStack() as stack:
        mocks = [stack.enter_context(case.simulator()) for case in examples]
        scenarios = []
        for case, mock in zip(examples, mocks):
            params = {k: v for k, v in case.example.params.items() if k != "access_token"}
            call: dict[str, Any] = {"method": case.method.names.camel}
            if case.method.call_params:
                call["params"] = params
            else:
                assert not params, f"{case.name}: the example has params the method does not take"
            token = case.example.params.get("access_token")
            scenarios.append({"client": {"baseUrl": mock.url, "accessToken": token, "maxRetries": 0}, "calls": [call]})
        outcomes = run(compiled, scenarios)
    for case, mock, outcome in zip(examples, mocks, outcomes):
        m, where = case.method, case.name
        (sent,) = mock.requests
        (answer,) = mock.answers
        assert isinstance(sent.get("id"), int), where
        assert {k: v for k, v in sent.items() if k != "id"} == {k: v for k, v in case.example.request.items() if k != "id"}, where
        assert answer == {**case.answer(), "id": sent["id"]}, where  # deterministic: as computed in-process
        assert outcome["ok"], (where, outcome)
        data = answer["result"]["data"]
        expected_value = data
        if m.opens_session:  # the session key stays readable but out of JSON and console output
            expected_value = {k: v for k, v in data.items() if k not in api.secret_names}
        assert outcome["value"] == expected_value, where
        assert outcome["isArray"] is m.result.is_list, where
        assert "metadata" not in outcome["keys"] and outcome["metadata"] == answer["metadata"], where
        if m.opens_session:
            assert outcome["accessToken"] == data["access_token"] == outcome["secret"]
        elif m.closes_session:
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
    prettier_check(root)
    escaped = HOSTILE.replace("*/", "*\\/")
    assert f"   * {escaped}\n" in (root / "src" / "client.ts").read_text("utf-8")
    types = (root / "src" / "types.ts").read_text("utf-8")
    # the HoldCallResult alias (hold.call's result) and the SuccessResult interface it names (api.yaml);
    # contact_message.type lives in the shared Message model, documented by the first method that uses
    # it, so hold.call's wording of it is not in types.ts
    assert types.count(f"\n * {escaped}\n") == 2 and types.count(f"   * {escaped}\n") == 0


# --- in production: sessions, limits, outcomes, options, hostile answers ---------------------
# Each test drives the compiled client (tests/ts_support/drive.mjs) against a fault-injecting
# server on 127.0.0.1 (tests/ts_support/faults.py) and counts what reached the server.

DRIVER = HERE / "drive.mjs"


@pytest.fixture
def vnumber(api: Api) -> dict[str, Any]:
    """The example params of start.vnumber_call (call-acting, takes an external_id) that its table lists:
    the example also sends `show_virtual_phone_number`, which only extraParams can add."""
    method = next(m for m in api.methods if m.wire == "start.vnumber_call")
    named = {p.name.wire for p in method.call_params if p.name is not None}
    return {k: v for k, v in method.examples[0].params.items() if k in named}


@pytest.fixture
def fault_server(api: Api) -> Iterator[faults.FaultServer]:
    server = faults.start(api)
    yield server
    server.stop()


def drive(
    compiled: Path, server: faults.FaultServer, steps: list[dict[str, Any]], env: dict[str, str] | None = None
) -> dict[str, Any]:
    program = {"control": server.control_url, "env": env or {}, "steps": steps}
    result: dict[str, Any] = json.loads(run_node(str(DRIVER), str(compiled), stdin=json.dumps(program)))
    return result


def session(server: faults.FaultServer, name: str = "c", **options: Any) -> dict[str, Any]:
    """A client that logs in by itself."""
    return {
        "op": "client",
        "name": name,
        "options": {"baseUrl": server.url, "login": faults.LOGIN, "password": faults.PASSWORD, **options},
    }


def call(method: str, params: dict[str, Any] | None = None, client: str = "c", **extra: Any) -> dict[str, Any]:
    step: dict[str, Any] = {"op": "call", "client": client, "method": method, **extra}
    if params is not None:
        step["params"] = params
    return step


HOLD_PARAMS = {"call_session_id": 1}
EXPIRE = {"op": "control", "order": {"op": "expire"}}


def keys(server: faults.FaultServer, method: str) -> list[str]:
    return [r["params"]["access_token"] for r in server.received if r["method"] == method]


def test_session_expiry_mid_run_logs_in_again_once_and_resends_once(compiled: Path, fault_server: faults.FaultServer) -> None:
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server),
            call("holdCall", HOLD_PARAMS),
            EXPIRE,
            call("holdCall", HOLD_PARAMS),
            {"op": "close", "client": "c"},
            call("holdCall", HOLD_PARAMS),
        ],
    )
    first, second, closed, after = out["outcomes"]
    assert first["ok"] and second["ok"] and closed["ok"], out["outcomes"]
    assert after["classes"] == ["CallApiError", "ClientClosedError"]
    counts = fault_server.counts()
    # hold.call: once, then refused with the expired key, then re-sent once with the new key
    assert counts == {"login.user": 2, "hold.call": 3, "logout.user": 1}
    old, refused, resent = keys(fault_server, "hold.call")
    assert old == refused != resent
    assert keys(fault_server, "logout.user") == [resent]  # close() ended the session it opened
    for shown in (json.dumps(out), *out["logs"]["c"]):
        assert faults.PASSWORD not in shown and old not in shown and resent not in shown


def test_a_login_result_keeps_its_key_out_of_sight(compiled: Path, fault_server: faults.FaultServer) -> None:
    login = {"login": faults.LOGIN, "password": faults.PASSWORD}
    out = drive(
        compiled,
        fault_server,
        [{"op": "client", "name": "c", "options": {"baseUrl": fault_server.url}}, call("loginUser", login)],
    )
    (result,) = out["outcomes"]
    key = faults.session_key(1)
    assert result["ok"] and set(result["value"]) == {"expire_at"}
    assert key not in result["inspected"] and key not in json.dumps(out["clients"])


def test_refresh_before_expiry_and_permanent_keys(compiled: Path, api: Api) -> None:
    server = faults.start(api, lifetime=30)  # inside the 60 s margin: every call needs a fresh key
    try:
        out = drive(
            compiled,
            server,
            [
                session(server),
                call("holdCall", HOLD_PARAMS),
                call("holdCall", HOLD_PARAMS),
                {"op": "client", "name": "p", "options": {"baseUrl": server.url, "accessToken": "not-a-key-at-all"}},
                call("holdCall", HOLD_PARAMS, client="p"),
            ],
        )
    finally:
        server.stop()
    refreshed, again, refused = out["outcomes"]
    assert refreshed["ok"] and again["ok"]
    assert refused["classes"] == ["AccessTokenInvalidError", "ApiError", "AuthenticationError", "CallApiError"]
    # logged in before each call (no refusal needed); the bad permanent key is not retried
    assert server.counts() == {"login.user": 2, "hold.call": 3}
    assert len(set(keys(server, "hold.call")[:2])) == 2


def test_fifty_concurrent_callers_share_one_login(compiled: Path, fault_server: faults.FaultServer) -> None:
    fifty = call("listCalls", {}, times=50)
    out = drive(compiled, fault_server, [session(fault_server), fifty, EXPIRE, fifty])
    assert all(o["ok"] for o in out["outcomes"]) and len(out["outcomes"]) == 100
    counts = fault_server.counts()
    # one login for 50 callers without a session, one for 50 callers whose session expired
    assert counts["login.user"] == 2
    # 50, then 50 refused with the expired key and 50 re-sent
    assert counts["list.calls"] == 150
    assert len(set(keys(fault_server, "list.calls"))) == 2


def limit_error(**limits: int) -> dict[str, Any]:
    body = faults.error(
        -32029, "limit_exceeded", "Limit per minute has been exceeded", params={"limit_type": "minute", "limit_max_value": 60}
    )
    return {"body": {"jsonrpc": "2.0", "id": "$id", "error": body, "metadata": {"limits": {**faults.LIMITS, **limits}}}}


def test_limit_exceeded_waits_for_the_reset_or_says_when(compiled: Path, fault_server: faults.FaultServer) -> None:
    fault_server.fault("hold.call", **limit_error(minute_remaining=0, minute_reset=1))
    fault_server.fault("hold.call")  # the re-send after the wait: answered normally
    fault_server.fault("hold.call", **limit_error(minute_remaining=0, minute_reset=1))
    fault_server.fault("hold.call", **limit_error(day_remaining=0, day_reset=7200, minute_remaining=0, minute_reset=40))
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server, waitOnLimit=5000),
            call("holdCall", HOLD_PARAMS),  # waits a second, then succeeds
            session(fault_server, name="plain"),
            call("holdCall", HOLD_PARAMS, client="plain"),  # no policy: thrown at once
            call("holdCall", HOLD_PARAMS),  # policy, but the day reset is too far away
        ],
    )
    waited, plain, day = out["outcomes"]
    assert waited["ok"] and waited["metadata"] == {"limits": faults.LIMITS}
    assert plain["classes"] == ["ApiError", "CallApiError", "LimitError", "LimitExceededError"]
    assert plain["retryAfter"] == 1 and day["retryAfter"] == 7200
    assert fault_server.counts()["hold.call"] == 4  # refused + re-sent, refused, refused
    at = [r["at"] for r in fault_server.received if r["method"] == "hold.call"]
    assert at[1] - at[0] >= 0.9  # it waited for the reset before re-sending
    assert out["clients"]["plain"]["lastMetadata"]["limits"]["minute_remaining"] == 0


def test_unknown_outcomes_of_call_acting_methods_are_never_resent(
    compiled: Path, fault_server: faults.FaultServer, vnumber: dict[str, Any]
) -> None:
    fault_server.fault("hold.call", kind="delay", seconds=3)
    fault_server.fault("start.vnumber_call", kind="reset")
    fault_server.fault("list.calls", kind="reset")
    fault_server.fault("list.calls", kind="reset")
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server, timeout=1000, maxRetries=3),
            call("holdCall", HOLD_PARAMS),
            call("startVnumberCall", vnumber),
            call("listCalls", {}, options={"timeout": 10_000}),  # safe: tried again after each reset
        ],
    )
    late, reset, listed = out["outcomes"]
    for outcome in (late, reset):
        assert outcome["classes"] == ["AmbiguousOutcomeError", "CallApiError", "TransportError"], outcome
        assert "list.calls" in outcome["message"]
    assert late["method"] == "hold.call" and late["externalId"] is None
    assert reset["method"] == "start.vnumber_call" and reset["externalId"] == vnumber["external_id"]
    assert vnumber["external_id"] in reset["message"]
    assert listed["ok"]
    assert fault_server.counts() == {"login.user": 1, "hold.call": 1, "start.vnumber_call": 1, "list.calls": 3}


def test_retry_after_on_503_for_a_safe_method(compiled: Path, fault_server: faults.FaultServer) -> None:
    fault_server.fault("list.calls", status=503, raw="", headers={"Retry-After": "1"})
    fault_server.fault("list.calls")  # its retry: answered
    fault_server.fault("hold.call", status=503, raw="", headers={"Retry-After": "1"})
    fault_server.fault("list.calls", status=503, raw="", headers={"Retry-After": "6"})
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server),
            call("listCalls", {}),
            call("holdCall", HOLD_PARAMS),
            call("listCalls", {}, abortAfter=300),  # the caller's abort ends the wait for the retry
        ],
    )
    listed, held, aborted = out["outcomes"]
    assert listed["ok"]
    assert held["classes"] == ["AmbiguousOutcomeError", "CallApiError", "TransportError"]
    assert aborted["name"] == "TimeoutError" and aborted["classes"] == []  # the abort reason, as is
    assert fault_server.counts() == {"login.user": 1, "list.calls": 3, "hold.call": 1}
    at = [r["at"] for r in fault_server.received if r["method"] == "list.calls"]
    assert at[1] - at[0] >= 0.9


def test_extra_params_headers_and_user_agent_reach_the_wire(
    compiled: Path, fault_server: faults.FaultServer, vnumber: dict[str, Any]
) -> None:
    options = {"extraParams": {"show_virtual_phone_number": True}, "extraHeaders": {"X-Trace": "t-1"}}
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server, defaultHeaders={"X-Team": "ops"}),
            call("startVnumberCall", vnumber, options=options),
            call("startVnumberCall", vnumber, options={"extraParams": {"contact": "1"}}),  # a named parameter
        ],
    )
    sent, clash = out["outcomes"]
    assert sent["ok"]
    assert clash["name"] == "TypeError" and "contact" in clash["message"]
    assert fault_server.counts() == {"login.user": 1, "start.vnumber_call": 1}  # the clash sent nothing
    request = fault_server.received[-1]
    assert request["params"]["show_virtual_phone_number"] is True
    assert {k: v for k, v in request["params"].items() if k not in ("access_token", "show_virtual_phone_number")} == vnumber
    assert request["headers"]["X-Trace"] == "t-1" and request["headers"]["X-Team"] == "ops"
    assert re.fullmatch(r"cloudpbx-callapi-ts/\d+\.\d+\.\d+ node/\d+\.\d+\.\d+", request["headers"]["User-Agent"])


def test_the_deadline_holds_against_a_slow_drip_even_with_a_users_fetch(compiled: Path, fault_server: faults.FaultServer) -> None:
    for _ in range(2):
        fault_server.fault("list.calls", kind="drip", interval=0.05)  # the whole answer would take ~40 s
    fault_server.fault("hold.call", kind="drip", interval=0.05)
    out = drive(
        compiled,
        fault_server,
        [
            session(fault_server, timeout=1500),
            call("listCalls", {}),
            {**session(fault_server, name="own", timeout=1500), "fetch": "ignoresSignal"},
            call("listCalls", {}, client="own"),
            call("holdCall", HOLD_PARAMS, client="own"),
        ],
    )
    plain, own, held = out["outcomes"]
    assert plain["classes"] == own["classes"] == ["CallApiError", "RequestTimeoutError", "TransportError"]
    assert held["classes"] == ["AmbiguousOutcomeError", "CallApiError", "TransportError"]
    # no retry once the deadline has passed
    assert fault_server.counts() == {"login.user": 2, "list.calls": 2, "hold.call": 1}


def test_unknown_enum_values_in_results_are_kept_and_warned_once(
    compiled: Path, fault_server: faults.FaultServer, api: Api
) -> None:
    calls = next(m for m in api.methods if m.wire == "list.calls").examples[0].result_data
    data = [{**calls[0], "direction": "sideways"}, {**calls[0], "direction": "sideways", "call_session_id": 2}]
    for _ in range(2):
        fault_server.fault("list.calls", body={"jsonrpc": "2.0", "id": "$id", "result": {"data": data}})
    out = drive(compiled, fault_server, [session(fault_server), call("listCalls", {}), call("listCalls", {})])
    first, second = out["outcomes"]
    assert first["ok"] and second["ok"]
    assert [c["direction"] for c in first["value"]] == ["sideways", "sideways"]
    warnings = [line for line in out["logs"]["c"] if "sideways" in line]
    assert len(warnings) == 1 and "list.calls" in warnings[0], out["logs"]
    assert fault_server.counts()["list.calls"] == 2


def test_raw_responses_copies_and_the_environment(compiled: Path, fault_server: faults.FaultServer) -> None:
    fault_server.fault("hold.call")  # answered normally
    fault_server.fault(
        "hold.call", body={"jsonrpc": "2.0", "id": "$id", "error": faults.error(-32004, "invalid_state", "Wrong state")}
    )
    env = {
        "CALLAPI_BASE_URL": fault_server.url,
        "CALLAPI_LOGIN": faults.LOGIN,
        "CALLAPI_PASSWORD": faults.PASSWORD,
        "CALLAPI_ACCESS_TOKEN": "",  # empty counts as unset
        "CALLAPI_LOG": "debug",
    }
    out = drive(
        compiled,
        fault_server,
        [
            {"op": "client", "name": "c", "options": {}},
            call("holdCall", HOLD_PARAMS, raw=True),
            call("holdCall", HOLD_PARAMS, raw=True),
            {"op": "copy", "name": "quick", "from": "c", "settings": {"timeout": 5000, "maxRetries": 0}},
            call("listCalls", {}, client="quick"),
            {"op": "client", "name": "explicit", "options": {"accessToken": faults.PERMANENT}},
            call("listTalkOptions", client="explicit"),
        ],
        env={**env},
    )
    ok, refused, copied, explicit = out["outcomes"]
    assert ok["raw"]["status"] == 200 and ok["raw"]["headers"]["content-type"] == "application/json"
    # the envelope as sent (the documented example says "true"), and the typed result read from it
    assert ok["raw"]["json"]["result"]["data"] == {"success": "true"} and ok["parsed"] == {"ok": True, "value": {"success": True}}
    assert isinstance(ok["raw"]["requestId"], int)
    assert refused["ok"] and refused["parsed"]["classes"] == ["ApiError", "CallApiError", "CallStateError", "InvalidStateError"]
    assert copied["ok"] and explicit["ok"]
    missing = drive(
        compiled,
        fault_server,
        [{"op": "client", "name": "n", "options": {"baseUrl": fault_server.url}}, call("listTalkOptions", client="n")],
    )
    assert missing["outcomes"][0]["classes"] == ["CallApiError", "MissingCredentialsError"]
    # the copy shared the session; the explicit key won over the environment's login
    assert fault_server.counts() == {"login.user": 1, "hold.call": 2, "list.calls": 1, "list.talk_options": 1}
    assert keys(fault_server, "list.talk_options") == [faults.PERMANENT]
    lines = out["logs"]["c"]
    # one line per request: login.user, two hold.call, and list.calls of the copy (same logger)
    assert len([line for line in lines if "attempt=" in line]) == 4, lines
    assert any(re.search(r"hold\.call id=\d+ attempt=1 \d+ms invalid_state", line) for line in lines), lines
    assert all(faults.PASSWORD not in line and "session-" not in line for lines in out["logs"].values() for line in lines)


def _hostile(label: str, **fault: Any) -> tuple[str, dict[str, Any]]:
    return label, fault


def _answer(**members: Any) -> dict[str, Any]:
    return {"body": {"jsonrpc": "2.0", "id": "$id", **members}}


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def test_hostile_answers_end_as_call_api_errors_without_secrets(compiled: Path, fault_server: faults.FaultServer) -> None:
    key = faults.session_key(1)
    echo = f"key {key} password {faults.PASSWORD}"
    cases = [
        _hostile("bad JSON", raw="{not json"),
        _hostile("HTML page", raw="<html>502</html>"),
        _hostile("100,000 nested [", raw="[" * 100_000),
        _hostile("deep result", **_answer(result={"data": _deep(400)})),
        _hostile(
            "deep error data", **_answer(error={"code": -32602, "message": "x", "data": {"mnemonic": "m", "params": _deep(400)}})
        ),
        _hostile(
            "field is a list",
            **_answer(error={"code": -32602, "message": "x", "data": {"mnemonic": "invalid_state", "field": ["a"]}}),
        ),
        _hostile(
            "field is an object", **_answer(error={"code": -32602, "message": "x", "data": {"mnemonic": "m", "field": {"a": 1}}})
        ),
        _hostile("code is a string", **_answer(error={"code": "-32602", "message": "x"})),
        _hostile("message is a number", **_answer(error={"code": -32602, "message": 5, "data": "nope"})),
        _hostile("result and error", **_answer(result={"data": []}, error={"code": -32602, "message": "x"})),
        _hostile("neither result nor error", **_answer()),
        _hostile("no jsonrpc", body={"id": "$id", "result": {"data": []}}),
        _hostile("jsonrpc 1.0", body={"jsonrpc": "1.0", "id": "$id", "result": {"data": []}}),
        _hostile("wrong id", body={"jsonrpc": "2.0", "id": 424242, "result": {"data": []}}),
        _hostile("wrong types", **_answer(result={"data": [{"call_session_id": "x"}]})),
        _hostile("result is a string", **_answer(result="data")),
        _hostile("null body", raw="null"),
        _hostile("bad gzip", raw="\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"}),
        _hostile("huge body", **_answer(result={"data": {"blob": "x" * 5_000_000}})),
        _hostile("HTTP 500 page", status=500, raw="<html>oops</html>"),
        _hostile(
            "token echoed in error.message",
            **_answer(error={"code": -32001, "message": echo, "data": {"mnemonic": "access_token_blocked"}}),
        ),
        _hostile(
            "token echoed in error.data",
            **_answer(error={"code": -32602, "message": "x", "data": {"mnemonic": "m", "value": echo, "params": {"p": echo}}}),
        ),
        _hostile("token echoed in a malformed answer", **_answer(result={"data": echo})),
    ]
    for _, fault in cases:
        fault_server.fault("list.calls", **fault)
    login_echo = f"session-9999-{'n' * 24}"
    bad_login = {
        "op": "fault",
        "method": "login.user",
        "fault": _answer(result={"data": {"access_token": login_echo, "expire_at": "soon"}}),
    }
    steps = [
        # a bad gzip body on a kept-alive connection stalls the body until the deadline: keep it short
        session(fault_server, maxRetries=0, timeout=3000),
        *[call("listCalls", {}) for _ in cases],
        {"op": "control", "order": bad_login},
        session(fault_server, name="l"),
        call("listCalls", {}, client="l"),
    ]
    out = drive(compiled, fault_server, steps)
    outcomes = out["outcomes"]
    secrets = (key, faults.PASSWORD, login_echo)
    held, failed = [], []
    for (label, _), outcome in zip([*cases, ("malformed login.user answer holding a new key", {})], outcomes):
        shown = json.dumps(outcome)
        if not outcome["ok"] and "CallApiError" in outcome["classes"] and not any(s in shown for s in secrets):
            held.append(label)
        else:
            failed.append((label, outcome))
    print(f"hostile answers (TypeScript): tried {len(outcomes)}, held {len(held)}, failed {len(failed)}")
    assert not failed, failed
    classes = {label: o["classes"] for (label, _), o in zip(cases, outcomes)}
    for label in ("result and error", "no jsonrpc", "jsonrpc 1.0", "wrong id"):
        assert classes[label] == ["CallApiError", "ProtocolError"], label
    assert fault_server.counts()["list.calls"] == len(cases)  # one request each, nothing re-sent
    for client in out["clients"].values():
        assert not any(s in json.dumps(client) for s in secrets)


USER_PROGRAM = """
import {
  AmbiguousOutcomeError,
  type ClientOptions,
  Client,
  LimitExceededError,
  type ListCallsResult,
  type Message,
  type Metadata,
  type RawResponse,
  type RequestOptions,
  type StartVnumberCallResult,
  type WithMetadata,
} from "./src/index.js";

export async function use(signal: AbortSignal): Promise<number> {
  const options: ClientOptions = {
    brand: "uis",
    login: "user",
    password: "secret",
    timeout: 10_000,
    maxRetries: 1,
    waitOnLimit: 60_000,
    defaultHeaders: { "X-Team": "ops" },
    fetch: (input, init) => fetch(input, init),
    logger: { debug: (line) => console.error(line), warn: (line) => console.warn(line) },
    logLevel: "debug",
    onDeprecated: (version) => console.warn(version.latest_version),
  };
  const client = new Client(options);
  const perCall: RequestOptions = {
    timeout: 5_000,
    maxRetries: 0,
    extraParams: { show_virtual_phone_number: true },
    extraHeaders: { "X-Trace": "t-1" },
    signal,
  };
  const message: Message = { type: "tts", value: "hello" };
  const quick = client.withOptions({ timeout: 2_000, maxRetries: 0, waitOnLimit: 0, defaultHeaders: {} });
  try {
    const call = await quick.startVnumberCall(
      { virtual_phone_number: "74993720692", contact: "79260000000", first_call: "contact", external_id: "x1", contact_message: message },
      perCall,
    );
    const raw: RawResponse<WithMetadata<StartVnumberCallResult>> = await client.withRawResponse.startVnumberCall({
      virtual_phone_number: "74993720692",
      contact: "79260000000",
      first_call: "contact",
    });
    const status: number = raw.status;
    const parsed: number = raw.parse().call_session_id;
    const calls = await client.listCalls({ direction: "in" });
    const first: ListCallsResult | undefined = calls[0];
    const direction: string | undefined = first?.direction; // may be a value the spec does not list yet
    const left: Metadata | null = client.lastMetadata;
    return call.call_session_id + status + parsed + (direction ? 1 : 0) + (left?.limits?.day_remaining ?? 0);
  } catch (error) {
    if (error instanceof LimitExceededError) {
      return error.retryAfter ?? -1;
    }
    if (error instanceof AmbiguousOutcomeError) {
      return error.externalId === null ? -2 : -3;
    }
    throw error;
  } finally {
    await client.close();
  }
}
"""

# each line must fail to type-check on its own
MISTAKES = {
    "misspelt parameter": 'await c.listCalls({ directon: "in" });',
    "bad enum literal": 'await c.listCalls({ direction: "sideways" });',
    "bad nested enum literal": 'const m: Message = { type: "ttx", value: "hi" };',
    "misspelt nested key": 'const m: Message = { type: "tts", valeu: "hi" };',
    "misspelt request option": "await c.listCalls({}, { timout: 5 });",
    "misspelt client option": 'new Client({ brand: "uis", waitOnLimt: 5 });',
    "string timeout": 'new Client({ brand: "uis", timeout: "5s" });',
    "misspelt withOptions key": "c.withOptions({ maxRetry: 1 });",
    "unknown raw method": "await c.withRawResponse.holdCalls({ call_session_id: 1 });",
}


def _tsc_file(sdk: Path, name: str, text: str) -> subprocess.CompletedProcess[str]:
    (sdk / name).write_text(text, "utf-8")
    flags = ["--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"]
    flags += ["--lib", "ES2022,DOM", "--skipLibCheck", name]
    return subprocess.run(
        [node(), str(package("typescript") / "bin" / "tsc"), *flags],
        cwd=sdk,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_user_program_with_every_option_type_checks_and_mistakes_do_not(sdk: Path) -> None:
    done = _tsc_file(sdk, "user_program.ts", USER_PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr
    # all mistakes in one file, one per function: tsc reports each line, so one run checks them all
    header = 'import { Client, type Message } from "./src/index.js";\nconst c = new Client({ brand: "uis" });\n'
    bodies = [
        f"export async function f{i}(): Promise<unknown> {{\n  {line}\n  return 0;\n}}\n"
        for i, line in enumerate(MISTAKES.values())
    ]
    done = _tsc_file(sdk, "mistakes.ts", header + "".join(bodies))
    lines_with_errors = {int(n) for n in re.findall(r"mistakes\.ts\((\d+),\d+\): error", done.stdout)}
    for i, label in enumerate(MISTAKES):
        assert 3 + 4 * i + 1 in lines_with_errors, (label, done.stdout)
