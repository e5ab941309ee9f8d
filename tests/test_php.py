"""The PHP target: every file passes `php -l` and PSR-12 (phpcs), and PHPUnit drives the client
against local servers on 127.0.0.1: every method's documented request and every documented error
against the simulator (``callapi.testing``), and the behaviour rules (sessions, limits, outcomes,
retries, secrets) against the canned server, which sends what no API would (statuses, bad bodies).

Needs Debian's php-cli, php-curl, phpunit and php-codesniffer (scripts/setup installs them).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from callapi.testing import MockCallApi

from generator.model import Api
from tests.support.documented import Case, lax
from tests.support.server import Server
from tests.ts_support import HOSTILE, hostile_spec, render

ROOT = Path(__file__).resolve().parents[1]
SUPPORT = ROOT / "tests" / "php_support"
LIMITS = {
    "day_limit": 1000,
    "day_remaining": 990,
    "day_reset": 100,
    "minute_limit": 60,
    "minute_remaining": 59,
    "minute_reset": 30,
}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; run scripts/setup (Debian: php-cli php-curl phpunit php-codesniffer)")
    return found


def write(files: dict[str, str], root: Path) -> Path:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    return root


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(render("php"), tmp_path_factory.mktemp("php"))


def php_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.php"))


def lint(root: Path) -> None:
    php = tool("php")
    for path in php_files(root):
        done = subprocess.run([php, "-l", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def phpunit(sdk: Path, url: str, test: str, env: dict[str, str] | None = None, name: str | None = None) -> str:
    command = [tool("phpunit"), "--bootstrap", str(SUPPORT / "bootstrap.php"), "--colors=never", "--do-not-cache-result"]
    if name:
        command += ["--filter", f"/::{name}$/"]
    environment = {**os.environ, "CALLAPI_PHP_SDK": str(sdk), "CALLAPI_PHP_URL": url, **(env or {})}
    for var in ("CALLAPI_ACCESS_TOKEN", "CALLAPI_LOGIN", "CALLAPI_PASSWORD", "CALLAPI_BRAND", "CALLAPI_BASE_URL", "CALLAPI_LOG"):
        environment.pop(var, None)
    done = subprocess.run(
        [*command, str(SUPPORT / test)], capture_output=True, text=True, env=environment, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert re.search(r"^OK \(\d+ tests?", done.stdout, re.MULTILINE), done.stdout[-2000:]
    return done.stdout


# --- the package ---------------------------------------------------------------------------


def test_every_file_passes_php_lint(sdk: Path) -> None:
    assert len(php_files(sdk)) > 100
    lint(sdk)


def test_psr12(sdk: Path) -> None:
    """phpcs --standard=PSR12 finds nothing; only its known false alarm on PHP 8.2's `readonly class`
    (phpcs 3.7 reads `readonly` as a side effect) is let through, and only on that line."""
    done = subprocess.run(
        [tool("phpcs"), "--standard=PSR12", "--report=json", "-q", str(sdk / "src")], capture_output=True, text=True, check=False
    )
    report = json.loads(done.stdout)
    problems = []
    for path, found in report["files"].items():
        lines = Path(path).read_text("utf-8").splitlines()
        for message in found["messages"]:
            effect = re.search(r"first side effect is on line (\d+)", message["message"])
            false_alarm = effect and lines[int(effect.group(1)) - 1].startswith("final readonly class ")
            if message["source"] == "PSR1.Files.SideEffects.FoundWithSymbols" and false_alarm:
                continue
            problems.append(f"{path}:{message['line']}: {message['source']}: {message['message']}")
    assert not problems, "\n".join(problems[:40])


def test_composer_package(sdk: Path) -> None:
    composer = json.loads((sdk / "composer.json").read_text("utf-8"))
    assert composer["name"] == "cloudpbx/callapi"
    assert composer["require"] == {"php": ">=8.2", "ext-curl": "*", "ext-json": "*"}  # nothing else
    assert composer["autoload"] == {"psr-4": {"CloudPbx\\CallApi\\": "src/"}}
    for path in php_files(sdk / "src"):
        text = path.read_text("utf-8")
        assert "declare(strict_types=1);" in text, path
        namespace = "CloudPbx\\CallApi" + "".join("\\" + part for part in path.relative_to(sdk / "src").parent.parts)
        assert f"\nnamespace {namespace};\n" in text, path
        declared = re.findall(r"^(?:final |abstract )?(?:readonly )?(?:class|interface|enum) (\w+)", text, re.MULTILINE)
        assert declared == [path.stem], path  # PSR-4: one class per file, named as the file


def test_generator_names_no_target() -> None:
    """The PHP target lives in templates/php alone: generator code never mentions it."""
    for path in (ROOT / "generator").rglob("*.py"):
        assert not re.search(r"\bphp\b", path.read_text("utf-8"), re.IGNORECASE), path


def test_types_of_params_and_results(sdk: Path, api: Api) -> None:
    models = sdk / "src" / "Model"
    for m in api.methods:
        client_php = (sdk / "src" / "Client.php").read_text("utf-8")
        assert f"    public function {m.names.camel}(\n" in client_php, m.wire
        assert (models / f"{m.result.model_name}.php").is_file()
        if m.call_params:
            params = (models / f"{m.names.pascal}Params.php").read_text("utf-8")
            assert "final readonly class" in params
    simple = (models / "StartSimpleCallParams.php").read_text("utf-8")
    assert "public StartSimpleCallFirstCall $firstCall," in simple  # its own allowed values
    assert "public ?bool $switchAtOnce = null," in simple  # booleans with 'true, false' stay bool
    assert "public ?VirtualPhoneUsageRule $virtualPhoneUsageRule = null," in simple
    listed = (models / "ListCallsResult.php").read_text("utf-8")
    assert "public Direction|string $direction," in listed  # answers keep values the spec does not know
    assert "public ?string $externalId," in listed


# --- the client against a server -----------------------------------------------------------


def _cases(api: Api, stack: contextlib.ExitStack) -> tuple[list[dict[str, Any]], dict[str, MockCallApi]]:
    """One case per documented example and per documented error of every method, each with the URL
    of the simulator it goes to: a fresh one per example, holding what the example assumes (its answer
    known in advance: the simulator is deterministic); one per method for its errors, each forced once
    in turn (``fail_next``). Returns the cases and the simulators by URL."""
    cases: list[dict[str, Any]] = []
    mocks: dict[str, MockCallApi] = {}
    for m in api.methods:
        known = {p.name.wire for p in m.call_params if p.name is not None}
        for example_case in [Case(api, m, i) for i in range(len(m.examples))]:
            example = example_case.example
            params = {k: v for k, v in example.params.items() if k != "access_token"}
            answer = example_case.answer()
            mock = stack.enter_context(example_case.simulator())
            mocks[mock.url] = mock
            cases.append(
                {
                    "name": example_case.name,
                    "url": mock.url,
                    "wire": m.wire,
                    "method": m.names.camel,
                    "token": example.params.get("access_token"),
                    "paramsClass": m.names.pascal + "Params" if m.call_params else None,
                    "params": {k: v for k, v in params.items() if k in known},
                    "extraParams": {k: v for k, v in params.items() if k not in known},  # sent as they are
                    "resultClass": m.result.model_name,
                    "isList": m.result.is_list,
                    "data": answer["result"]["data"],
                    "dayRemaining": answer["metadata"]["limits"]["day_remaining"],
                    "error": None,
                    "request": {**example.request, "params": lax(m.params_schema, example.params)},
                }
            )
        mock = stack.enter_context(Case(api, m, 0).simulator())
        mocks[mock.url] = mock
        for e in m.errors:
            params = {p: f"<{p}>" for p in e.error.placeholders}
            mock.fail_next(m.wire, e.mnemonic, field="call_session_id", value=1, **params)
            case = copy.deepcopy(cases[-len(m.examples)])
            case.update(
                name=f"{m.wire} {e.mnemonic} {e.code}",
                url=mock.url,
                token="t0ken",
                error={
                    "raised": e.raised_class,
                    "mnemonicClass": e.error.class_name,
                    "groupClass": e.group_class,
                    "code": e.code,
                    "mnemonic": e.mnemonic,
                    "message": e.message.format(**params),
                    "params": params,
                    # an error is not charged; one the server answers before the account has none
                    "dayRemaining": None if e.mnemonic in api.limits["not_counted"] else mock.limits.day_limit,
                },
                request=None,
            )
            cases.append(case)
    return cases, mocks


def test_every_documented_example_and_error(sdk: Path, api: Api, tmp_path: Path) -> None:
    with contextlib.ExitStack() as stack:
        cases, mocks = _cases(api, stack)
        assert sum(1 for c in cases if c["error"] is None) >= 22
        (tmp_path / "cases.json").write_text(json.dumps(cases), "utf-8")
        out = phpunit(sdk, "", "MethodsTest.php", {"CALLAPI_PHP_CASES": str(tmp_path / "cases.json")})
    sent = {url: iter(mock.requests) for url, mock in mocks.items()}
    assert f"OK ({len(cases)} tests" in out
    for case in cases:
        request = next(sent[case["url"]])
        assert isinstance(request["id"], int), case["name"]
        assert request["method"] == case["wire"], case["name"]
        if case["request"] is not None:
            expected = {k: v for k, v in case["request"].items() if k != "id"}
            assert {k: v for k, v in request.items() if k != "id"} == expected, case["name"]
    assert all(next(requests, None) is None for requests in sent.values())  # nothing else was sent


BEHAVIOUR: dict[str, list[dict[str, Any]]] = {}


def _ok(data: Any, **extra: Any) -> dict[str, Any]:
    return {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": data, **extra}}}


def _error(code: int, mnemonic: str, message: str = "boom", **data: Any) -> dict[str, Any]:
    return {
        "body": {
            "jsonrpc": "2.0",
            "id": "$id",
            "error": {"code": code, "message": message, "data": {"mnemonic": mnemonic, **data}},
        }
    }


SESSION = _ok({"access_token": "session-key-1", "expire_at": 4102444800})
BEHAVIOUR["testSessionLogsInRenewsOnceAndLogsOut"] = [
    SESSION,
    _ok({"success": True}),
    _error(-32001, "access_token_expired"),
    _ok({"access_token": "session-key-2", "expire_at": 4102444800}),
    _ok({"success": True}),
    _ok({"success": True}),
]
BEHAVIOUR["testLimitExceededCarriesRetryAfterAndWaitsWhenAllowed"] = [
    _error(-32029, "limit_exceeded", metadata={"limits": {**LIMITS, "minute_remaining": 0, "minute_reset": 7}}),
    _error(-32029, "limit_exceeded", metadata={"limits": {**LIMITS, "minute_remaining": 0, "minute_reset": 0}}),
    _ok({"success": True}),
]
BEHAVIOUR["testCallActingMethodIsNeverSentTwice"] = [{"status": 503}, {"status": 502, "raw": b"<html>bad gateway</html>"}]
BEHAVIOUR["testSafeMethodIsRetriedOnBusyGateway"] = [{"status": 503}, _ok([])]
BEHAVIOUR["testTimeoutAfterSendingIsAmbiguousForCallActingMethods"] = [
    {"delay": 2.0, **_ok({"success": True})},
    {"delay": 2.0, **_ok([])},
]
BEHAVIOUR["testMalformedAnswersAreProtocolErrors"] = [
    {"raw": b"<html>not json</html>"},
    {"body": {"jsonrpc": "2.0", "id": 999999, "result": {"data": {"success": True}}}},
    {"body": {"jsonrpc": "1.0", "id": "$id", "result": {"data": {"success": True}}}},
    {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}, "error": {"code": 1}}},
    _ok({"success": 5}),
    _ok({}),
    {"raw": b"[" * 100000},
]
BEHAVIOUR["testSecretsNeverShow"] = [
    _error(-32001, "access_token_invalid", "the key the-secret-token is bad", field="access_token", value="the-secret-token"),
    {"body": {"jsonrpc": "2.0", "id": "$id", "result": "echo the-secret-token"}},
]
BEHAVIOUR["testUnknownValuesAreKeptAndReported"] = [
    _ok(
        [{"button": "1", "mnemonic": "brand_new_option", "name": "x", "button_value": None}],
        metadata={
            "limits": LIMITS,
            "api_version": {"current_version_deprecated": True, "current_version": "3.0", "latest_version": "4.0"},
        },
    )
]
BEHAVIOUR["testExtraParamsAndOptions"] = [_ok([]), _ok([])]
BEHAVIOUR["testClientRules"] = []
BEHAVIOUR["testWithOptionsCopiesShareTheSession"] = [
    SESSION,
    _ok({"success": True}, metadata={"limits": LIMITS}),
    _ok({"success": True}),
    _ok({"success": True}),
    _ok({"success": True}),
]
BEHAVIOUR["testWithOptionsSettingsAreTheCopys"] = [{"status": 503}, {"status": 503}, _ok([])]
BEHAVIOUR["testRawResponseGivesTheHttpSideAndParses"] = [
    {**_ok({"success": True}, metadata={"limits": LIMITS}), "headers": {"X-Answer": "yes"}},
    _error(-32029, "limit_exceeded", "the key the-secret-token is bad", metadata={"limits": {**LIMITS, "minute_remaining": 0}}),
    _ok([]),
    {"status": 503},
]
BEHAVIOUR["testRetryAfterIsHonouredWithinTheDeadline"] = [
    {"status": 503, "headers": {"Retry-After": "1"}},
    _ok([]),
    {"status": 429, "headers": {"Retry-After": "1"}},
    _ok({"success": True}),
    {"status": 503, "headers": {"Retry-After": "soon"}},
    _ok([]),
    {"status": 503, "headers": {"Retry-After": "Fri, 01 Jan 2100 00:00:00 GMT"}},
]


def _queue(server: Server, replies: list[dict[str, Any]]) -> None:
    for reply in replies:
        reply = dict(reply)
        server.reply(reply.pop("body", None), **reply)


@pytest.mark.parametrize("name", list(BEHAVIOUR))
def test_behaviour(sdk: Path, server: Server, name: str) -> None:
    _queue(server, BEHAVIOUR[name])
    phpunit(sdk, server.url, "BehaviourTest.php", name=name)
    sent = server.requests
    methods = [r["method"] for r in sent]
    if name == "testSessionLogsInRenewsOnceAndLogsOut":
        assert methods == ["login.user", "hold.call", "hold.call", "login.user", "hold.call", "logout.user"]
        assert sent[0]["params"] == {"login": "user", "password": "pass-word-1"}
        assert [r["params"].get("access_token") for r in sent[1:]] == [
            "session-key-1",
            "session-key-1",
            None,
            "session-key-2",
            "session-key-2",
        ]
    elif name == "testLimitExceededCarriesRetryAfterAndWaitsWhenAllowed":
        assert methods == ["hold.call", "hold.call", "hold.call"]
    elif name == "testCallActingMethodIsNeverSentTwice":
        assert methods == ["hold.call", "start.simple_call"]
    elif name == "testSafeMethodIsRetriedOnBusyGateway":
        assert methods == ["list.calls", "list.calls"] and sent[0] == sent[1]
    elif name == "testWithOptionsCopiesShareTheSession":
        assert methods == ["login.user", "hold.call", "hold.call", "hold.call", "logout.user"]
        assert {r["params"]["access_token"] for r in sent[1:]} == {"session-key-1"}
        headers = server.headers
        assert headers[1]["x-origin"] == "a" and headers[1]["x-copy"] == "b"  # the copy's own, added to the original's
        assert headers[2]["x-origin"] == "a" and "x-copy" not in headers[2]
    elif name == "testWithOptionsSettingsAreTheCopys":
        assert methods == ["list.calls"] * 3
    elif name == "testRawResponseGivesTheHttpSideAndParses":
        assert methods == ["hold.call", "hold.call", "list.calls", "start.simple_call"]
    elif name == "testRetryAfterIsHonouredWithinTheDeadline":
        assert methods == ["list.calls", "list.calls", "hold.call", "hold.call", "list.calls", "list.calls", "list.calls"]
        assert sent[2] == sent[3]  # the same request, re-sent
    elif name == "testExtraParamsAndOptions":
        assert sent[0]["params"] == {"access_token": "t0ken", "direction": "in", "brand_new": [1, {"a": None}]}
        assert methods == ["list.calls", "list.calls"]


def test_hostile_spec_text_stays_text(tmp_path: Path) -> None:
    """Descriptions that try to close comments and strings still give files that parse, with the
    text in their doc comments (`*/` written as `*&#47;`)."""
    root = write(render("php", spec=hostile_spec(tmp_path)), tmp_path / "php")
    lint(root)
    escaped = HOSTILE.replace("*/", "*&#47;")
    for path in ("Client.php", "Model/SuccessResult.php"):
        unwrapped = re.sub(r"\n\s*\* ?", " ", (root / "src" / path).read_text("utf-8"))  # doc lines joined
        assert escaped in unwrapped, path
