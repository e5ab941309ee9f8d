"""The SDK in production, sync and async, against the fault-injecting server of tests/support:
sessions that expire, points limits, lost answers of call-acting methods, gateways asking to
retry later, per-call options, a body dripping past the deadline, answers with values the spec
does not know. Every test counts what reached the server."""

from __future__ import annotations

import ast
import asyncio
import inspect
import logging
import pickle
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import callapi
import httpx
import pytest
import tomllib

from tests.conftest import ROOT
from tests.support.server import Reply, Server

PASSWORD = "pa55-w0rd-secret"
LOGIN = "robot@example"
OK = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}})
LIST = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": []}})
HOLD = {"call_session_id": 7, "contact_message": {"type": "tts", "value": "wait"}}
START = {"first_call": "contact", "virtual_phone_number": "74993720692", "contact": "79260000000", "operator": "79262444491"}


def error(code: int, mnemonic: str, message: str = "refused", **extra: Any) -> Reply:
    return Reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": code, "message": message, "data": {"mnemonic": mnemonic}}, **extra})


class Accounts:
    """The server side of sessions: issues session keys, refuses unknown or expired ones."""

    def __init__(self, server: Server) -> None:
        self.valid: set[str] = set()
        self.issued: list[str] = []
        self.server = server
        server.responder = self

    def __call__(self, request: Any) -> Reply | None:
        params = request.get("params", {})
        if request["method"] == "login.user":
            assert params == {"login": LOGIN, "password": PASSWORD}
            key = f"session-key-{len(self.issued) + 1:03d}-{'k' * 24}"
            self.issued.append(key)
            self.valid.add(key)
            return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": key, "expire_at": int(time.time()) + 3600}}})
        if params.get("access_token") not in self.valid:
            return error(-32001, "access_token_expired", "Access token has been expired")
        if request["method"] == "logout.user":
            self.valid.discard(params["access_token"])
        if self.server.replies:
            return None  # what the test queued
        return LIST if request["method"].startswith("list.") else OK

    def expire_all(self) -> None:
        self.valid.clear()


class Blocking:
    """An ``AsyncClient`` driven from plain test code, on an event loop of its own."""

    def __init__(self, *args: Any, client: callapi.AsyncClient | None = None, loop: Any = None, **kwargs: Any) -> None:
        self.loop = loop or asyncio.new_event_loop()
        self.client: callapi.AsyncClient = client or self.loop.run_until_complete(self._make(args, kwargs))

    @staticmethod
    async def _make(args: Any, kwargs: dict[str, Any]) -> callapi.AsyncClient:
        return callapi.AsyncClient(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.client, name)
        if inspect.iscoroutinefunction(attr):
            return lambda *args, **kwargs: self.loop.run_until_complete(attr(*args, **kwargs))
        if name == "with_options":  # a configured copy, driven the same way
            return lambda **kwargs: Blocking(client=attr(**kwargs), loop=self.loop)
        return attr

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def make(request: pytest.FixtureRequest, server: Server) -> Iterator[Callable[..., Any]]:
    """Makes a sync client or a blocking face of an async one, pointed at the test server."""
    made: list[Any] = []

    def factory(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("base_url", server.url)
        client = Blocking(*args, **kwargs) if request.param else callapi.Client(*args, **kwargs)
        made.append(client)
        return client

    factory.is_async = request.param  # type: ignore[attr-defined]
    yield factory
    for client in made:
        try:
            client.close()
        except callapi.CallApiError:
            pass


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Records the pauses the client takes instead of taking them."""
    pauses: list[float] = []

    async def async_sleep(seconds: float) -> None:
        pauses.append(seconds)

    monkeypatch.setattr(callapi._client.time, "sleep", pauses.append)
    monkeypatch.setattr(callapi._client, "_async_sleep", async_sleep)
    return pauses


# -- sessions --------------------------------------------------------------------------------------


def test_token_expiry_mid_run_logs_in_once_and_resends_once(server: Server, make: Any) -> None:
    accounts = Accounts(server)
    client = make(login=LOGIN, password=PASSWORD)
    assert client.hold_call(**HOLD).success is True
    assert server.count() == {"login.user": 1, "hold.call": 1}
    accounts.expire_all()  # the session key dies on the server
    assert client.hold_call(**HOLD).success is True
    assert server.count() == {"login.user": 2, "hold.call": 3}  # one refused, one re-sent
    refused, resent = server.requests[-3]["params"]["access_token"], server.requests[-1]["params"]["access_token"]
    assert (refused, resent) == tuple(accounts.issued)
    client.close()
    assert server.count()["logout.user"] == 1  # closing a client that logged in logs out
    assert server.requests[-1]["params"] == {"access_token": accounts.issued[-1]}


def test_a_session_key_is_renewed_before_it_expires(server: Server, make: Any) -> None:
    Accounts(server)
    client = make(login=LOGIN, password=PASSWORD)
    client.list_calls()
    client._shared.session.expire_at = time.time() + 30  # inside SESSION_REFRESH_MARGIN
    client.list_calls()
    assert server.count() == {"login.user": 2, "list.calls": 2}  # no call was refused


def test_a_second_refusal_is_raised_not_looped(server: Server, make: Any) -> None:
    server.responder = lambda request: (
        Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": "a-fresh-key-123", "expire_at": 0}}})
        if request["method"] == "login.user"
        else error(-32001, "access_token_invalid", "Access token is invalid")
    )
    client = make(login=LOGIN, password=PASSWORD)
    with pytest.raises(callapi.AccessTokenInvalidError):
        client.hold_call(**HOLD)
    assert server.count() == {"login.user": 2, "hold.call": 2}


def test_a_failed_login_raises_its_error_and_sends_nothing_else(server: Server, make: Any) -> None:
    server.reply(**vars(error(-32001, "auth_error", f"Login or password is wrong: {PASSWORD}")))
    with pytest.raises(callapi.AuthError) as caught:
        make(login=LOGIN, password=PASSWORD).hold_call(**HOLD)
    assert PASSWORD not in str(caught.value)
    assert server.count() == {"login.user": 1}


def test_a_permanent_key_is_not_renewed(server: Server, make: Any) -> None:
    server.reply(**vars(error(-32001, "access_token_expired")))
    with pytest.raises(callapi.AccessTokenExpiredError):
        make("perm-key-0001").hold_call(**HOLD)
    assert server.count() == {"hold.call": 1}


def test_50_concurrent_async_callers_on_an_expired_session_log_in_once(server: Server) -> None:
    accounts = Accounts(server)

    async def main() -> list[bool]:
        async with callapi.AsyncClient(login=LOGIN, password=PASSWORD, base_url=server.url) as client:
            await client.list_calls()
            accounts.expire_all()  # refused on the server...
            first = await asyncio.gather(*(client.hold_call(**HOLD) for _ in range(50)))
            client._shared.session.expire_at = time.time()  # ...and expired by the clock
            second = await asyncio.gather(*(client.hold_call(**HOLD) for _ in range(50)))
            return [r.success for r in first + second]

    assert asyncio.run(main()) == [True] * 100
    count = server.count()
    assert count["login.user"] == 3  # the first, one for 50 refused callers, one for 50 on the clock
    refused = sum(1 for r in server.requests if r["method"] == "hold.call" and r["params"]["access_token"] == accounts.issued[0])
    assert count["hold.call"] == 100 + refused  # each refused call re-sent exactly once
    assert 1 <= refused <= 50


def test_credentials_and_endpoint_from_the_environment(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    Accounts(server)
    monkeypatch.setenv("CALLAPI_BASE_URL", server.url)
    monkeypatch.setenv("CALLAPI_LOGIN", LOGIN)
    monkeypatch.setenv("CALLAPI_PASSWORD", PASSWORD)
    with callapi.Client() as client:
        client.list_calls()
    assert server.count() == {"login.user": 1, "list.calls": 1, "logout.user": 1}
    monkeypatch.setenv("CALLAPI_ACCESS_TOKEN", "env-token-1234")  # a key wins over a login...
    assert callapi.Client().access_token == "env-token-1234"
    assert callapi.Client("arg-token-5678").access_token == "arg-token-5678"  # ...an argument over both
    monkeypatch.setenv("CALLAPI_BRAND", "uis")
    monkeypatch.delenv("CALLAPI_BASE_URL")
    assert callapi.Client().url == "https://callapi.uiscom.ru/v4.0"
    assert callapi.Client(base_url=server.url).url == server.url


def test_missing_credentials_and_closed_client_raise_sdk_errors(server: Server, make: Any) -> None:
    client = make()
    with pytest.raises(callapi.MissingCredentialsError, match="CALLAPI_ACCESS_TOKEN"):
        client.hold_call(**HOLD)
    client = make("perm-key-0001")
    client.close()
    with pytest.raises(callapi.ClientClosedError):
        client.list_calls()
    with pytest.raises(ValueError, match="login= and password="):
        make(login=LOGIN)
    assert server.requests == []


# -- limits ----------------------------------------------------------------------------------------


def limits(minute_remaining: int, minute_reset: int, day_remaining: int = 500, day_reset: int = 40000) -> dict[str, Any]:
    return {
        "limits": {
            "day_limit": 1000, "day_remaining": day_remaining, "day_reset": day_reset,
            "minute_limit": 60, "minute_remaining": minute_remaining, "minute_reset": minute_reset,
        }
    }  # fmt: skip


def limit_exceeded(metadata: dict[str, Any]) -> Reply:
    return Reply(
        {
            "jsonrpc": "2.0",
            "id": "$id",
            "error": {"code": -32029, "message": "Limit per minute has been exceeded", "data": {"mnemonic": "limit_exceeded"}},
            "metadata": metadata,
        }
    )


def test_limit_exceeded_waits_for_the_reset_then_succeeds(server: Server, make: Any, no_sleep: list[float]) -> None:
    server.replies.append(limit_exceeded(limits(0, 2)))
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": 9}, "metadata": limits(59, 60)}})
    client = make("perm-key-0001", wait_on_limit=5)
    assert client.start_simple_call(**START).call_session_id == 9  # safe: a refused call was not executed
    assert no_sleep == [2.0]
    assert server.count() == {"start.simple_call": 2}
    assert client.last_metadata.limits.minute_remaining == 59


def test_limit_exceeded_without_the_policy_says_when_to_retry(server: Server, make: Any, no_sleep: list[float]) -> None:
    client = make("perm-key-0001")
    server.replies.append(limit_exceeded(limits(0, 17)))
    with pytest.raises(callapi.LimitExceededError) as caught:
        client.hold_call(**HOLD)
    assert caught.value.retry_after == 17.0
    assert client.last_metadata.limits.minute_reset == 17
    server.replies.append(limit_exceeded(limits(12, 17, day_remaining=0, day_reset=3600)))  # the day budget is spent
    with pytest.raises(callapi.LimitExceededError) as caught:
        client.with_options(wait_on_limit=60).hold_call(**HOLD)  # longer than allowed: no wait
    assert caught.value.retry_after == 3600.0
    server.replies.append(limit_exceeded({}))  # no metadata.limits at all
    with pytest.raises(callapi.LimitExceededError) as caught:
        client.hold_call(**HOLD)
    assert caught.value.retry_after is None
    assert no_sleep == [] and server.count() == {"hold.call": 3}


# -- outcomes and retries --------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["timeout", "reset"])
def test_a_call_acting_request_without_answer_is_ambiguous_and_sent_once(server: Server, make: Any, fault: str) -> None:
    server.reply(OK.body, delay=1.0) if fault == "timeout" else server.reply(drop=True)
    client = make("perm-key-0001", max_retries=3, timeout=0.4)
    with pytest.raises(callapi.AmbiguousOutcomeError) as caught:
        client.start_simple_call(**START, external_id="order-42")
    exc = caught.value
    assert (exc.method, exc.external_id) == ("start.simple_call", "order-42")
    assert "list.calls" in str(exc) and "'order-42'" in str(exc)
    assert server.count() == {"start.simple_call": 1}


def test_a_safe_method_is_retried_after_a_reset(server: Server, make: Any, no_sleep: list[float]) -> None:
    server.reply(drop=True)
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": []}})
    assert make("perm-key-0001").list_calls() == []
    assert server.count() == {"list.calls": 2} and len(no_sleep) == 1


@pytest.mark.parametrize("retry_after", ["3", "date"])
def test_retry_after_on_503_is_honoured_for_a_safe_method(server: Server, make: Any, no_sleep: list[float], retry_after: str) -> None:
    value = "3" if retry_after == "3" else time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 5))
    server.reply({"error": "busy"}, status=503, headers={"Retry-After": value})
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": []}})
    assert make("perm-key-0001").list_calls() == []
    assert server.count() == {"list.calls": 2}
    assert len(no_sleep) == 1 and (no_sleep[0] == 3.0 if retry_after == "3" else 3.0 < no_sleep[0] <= 5.0)


def test_a_503_for_a_call_acting_method_is_ambiguous(server: Server, make: Any) -> None:
    server.reply(raw=b"<html>Service Unavailable</html>", status=503, headers={"Retry-After": "1"})
    with pytest.raises(callapi.AmbiguousOutcomeError, match="HTTP 503"):
        make("perm-key-0001", max_retries=3).hold_call(**HOLD)
    assert server.count() == {"hold.call": 1}


@pytest.mark.parametrize("own_http_client", [False, True], ids=["own-pool", "user-http-client"])
def test_the_deadline_cuts_a_dripping_body(server: Server, make: Any, own_http_client: bool) -> None:
    body = b'{"jsonrpc": "2.0", "id": 1, "result": {"data": []}, "padding": "' + b"x" * 200 + b'"}'
    server.reply(raw=body, drip=0.02)  # about 5 s for the whole body, far past the deadline
    kwargs: dict[str, Any] = {}
    if own_http_client:  # its own timeouts are long: the SDK's deadline must still hold
        kwargs["http_client"] = (httpx.AsyncClient if make.is_async else httpx.Client)(timeout=60)
    client = make("perm-key-0001", timeout=0.5, max_retries=0, **kwargs)
    with pytest.raises(callapi.RequestTimeoutError, match="list.calls"):
        client.list_calls()
    assert server.count() == {"list.calls": 1}
    assert 0 < server.dripped < len(body)  # the client stopped reading before the body was through


# -- per-call options, raw access ------------------------------------------------------------------


def test_extra_params_and_headers_reach_the_wire(server: Server, make: Any) -> None:
    server.default = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": 1}}})
    client = make("perm-key-0001", default_headers={"X-Team": "ops"})
    vnumber = {"first_call": "contact", "virtual_phone_number": "74993720692", "contact": "79260000000"}
    client.start_vnumber_call(**vnumber, extra_params={"show_virtual_phone_number": True}, extra_headers={"X-Trace": "t-1"})
    assert server.requests[-1]["params"]["show_virtual_phone_number"] is True
    assert server.headers[-1]["x-trace"] == "t-1" and server.headers[-1]["x-team"] == "ops"
    assert re.fullmatch(r"cloudpbx-callapi-python/\S+ python/\d+\.\d+\.\d+ httpx/\S+", server.headers[-1]["user-agent"])
    with pytest.raises(ValueError, match="'contact'"):
        client.start_vnumber_call(**vnumber, extra_params={"contact": "1"})
    copy = client.with_options(default_headers={"X-Team": "billing"}, max_retries=0)
    server.replies.append(LIST)
    copy.list_calls()
    assert server.headers[-1]["x-team"] == "billing" and copy.max_retries == 0 and client.max_retries == 2
    assert server.count() == {"start.vnumber_call": 1, "list.calls": 1}


def test_raw_response_gives_status_headers_json_and_parse(server: Server, make: Any) -> None:
    client = make("perm-key-0001")
    raw_client = client.with_raw_response
    call = (lambda name, **kw: client.run(getattr(raw_client, name)(**kw))) if make.is_async else (
        lambda name, **kw: getattr(raw_client, name)(**kw)
    )  # fmt: skip
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}, "metadata": limits(5, 6)}}, headers={"X-Served-By": "a1"})
    raw = call("hold_call", **HOLD)
    assert raw.status_code == 200 and raw.headers["x-served-by"] == "a1"
    assert raw.http_request_id == server.requests[-1]["id"] == raw.json["id"]
    assert raw.parse().success is True and raw.parse().metadata.limits.minute_reset == 6
    server.reply(**vars(error(-32004, "invalid_state", "This method cannot be called in this state")))
    raw = call("hold_call", **HOLD)  # an error answer is an answer: parse() raises it
    assert raw.json["error"]["data"]["mnemonic"] == "invalid_state"
    with pytest.raises(callapi.InvalidStateError):
        raw.parse()
    assert server.count() == {"hold.call": 2}


# -- reading answers -------------------------------------------------------------------------------


def test_unknown_enum_values_in_list_calls_are_kept_with_a_warning(server: Server, make: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="callapi")
    leg = {"leg_id": 1, "calling_phone_number": "1", "called_phone_number": "2", "is_operator": True,
           "employee_full_name": None, "record_call_enabled": False, "state": "teleporting"}  # employee_id absent
    call = {"call_session_id": 5, "direction": "sideways", "start_time": "2024-01-01T00:00:00Z", "virtual_phone_number": "1",
            "contact_phone_number": "2", "external_id": None, "tags": [], "legs": [leg]}  # fmt: skip
    known = {**call, "call_session_id": 6, "direction": "in"}
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": [call, known]}})
    calls = make("perm-key-0001").list_calls()
    assert [c.direction for c in calls] == ["sideways", "in"]
    assert calls[0].legs[0].employee_id is None and calls[0].legs[0].state == "teleporting"
    assert "0.direction is 'sideways'" in caplog.text
    assert server.count() == {"list.calls": 1}


def test_exceptions_pickle_and_print_without_none(server: Server, make: Any) -> None:
    client = make("perm-key-0001", max_retries=0)
    caught: list[callapi.CallApiError] = []
    for reply in (
        error(-32004, "invalid_state"),
        Reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -32003, "message": "x", "data": {"mnemonic": "invalid_state"}}}),
        Reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -31999, "message": "no mnemonic"}}),
        Reply(raw=b"nonsense"),
        Reply(drop=True),
    ):
        server.replies.append(reply)
        with pytest.raises(callapi.CallApiError) as info:
            client.hold_call(**HOLD)
        caught.append(info.value)
    assert "None" not in str(caught[2]) and str(caught[2]).startswith("[-31999] in hold.call")
    for exc in caught:
        copy = pickle.loads(pickle.dumps(exc))
        assert type(copy).__name__ == type(exc).__name__ and str(copy) == str(exc)
        assert isinstance(copy, callapi.CallApiError) and vars(copy).keys() == vars(exc).keys()
    assert isinstance(pickle.loads(pickle.dumps(caught[1])), callapi.AccessDeniedError)  # a class made at run time


def test_every_class_a_docstring_raises_is_importable() -> None:
    names = set()
    for cls in (callapi.Client, callapi.AsyncClient):
        for _, member in inspect.getmembers(cls, inspect.isfunction):
            doc = inspect.getdoc(member) or ""
            if "Raises:" in doc:
                names |= set(re.findall(r"^    (\w+):", doc.split("Raises:", 1)[1], re.MULTILINE))
    assert {"AmbiguousOutcomeError", "MissingCredentialsError", "ClientClosedError", "LimitExceededError"} <= names | {"LimitExceededError"}
    missing = sorted(n for n in names if not isinstance(getattr(callapi, n, None), type))
    assert not missing, missing
    assert callapi.__version__ == callapi.SDK_VERSION


def test_secrets_stay_out_of_reprs_errors_and_logs(server: Server, make: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="callapi")
    accounts = Accounts(server)
    client = make(login=LOGIN, password=PASSWORD)
    result = client.login_user(login=LOGIN, password=PASSWORD)
    key = accounts.issued[-1]
    assert key not in repr(result) and key not in str(result) and result.access_token == key
    # the server echoes the key and the password in its message and in data
    server.replies.append(error(-32602, "data_type_error", f"bad key {key} for {PASSWORD}", id=None))
    server.requests.clear()
    server.replies[-1].body["error"]["data"]["value"] = key
    server.replies[-1].body["error"]["data"]["field"] = "contact_message"
    with pytest.raises(callapi.ApiError) as caught:
        client.hold_call(**HOLD)
    seen = [str(caught.value), repr(caught.value), repr(caught.value.data), caught.value.message, repr(client)]
    # a malformed login answer carries a new key: the ProtocolError must not
    server.responder = None
    fresh = "brand-new-session-key-9999"
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": fresh, "expire_at": "soon"}}})
    with pytest.raises(callapi.ProtocolError) as bad:
        client.login_user(login=LOGIN, password=PASSWORD)
    seen += [str(bad.value), repr(bad.value)]
    for text in seen + [caplog.text]:
        assert key not in text and PASSWORD not in text and fresh not in text, text


def test_debug_log_is_one_line_per_request_without_secrets(server: Server) -> None:
    Accounts(server)
    program = f"""
import callapi
with callapi.Client(login={LOGIN!r}, password={PASSWORD!r}, base_url={server.url!r}) as client:
    client.list_calls()
    client.hold_call(call_session_id=1, contact_message={{"type": "tts", "value": "hi"}})
"""
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={"PYTHONPATH": str(ROOT / "generated" / "python"), "CALLAPI_LOG": "debug", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if " DEBUG " in line]
    assert [line.split(" DEBUG ", 1)[1].split(" id=")[0] for line in lines] == ["login.user", "list.calls", "hold.call", "logout.user"]
    assert all(re.search(r"id=\d+ attempt=1 \d+\.\d ms ok$", line) for line in lines), lines
    assert "session-key" not in done.stderr and PASSWORD not in done.stderr


def test_the_package_declares_every_package_it_imports() -> None:
    package = ROOT / "generated" / "python"
    imported = set()
    for source in (package / "callapi").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names and name not in ("__future__", "callapi")}
    declared = tomllib.loads((package / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~ \[;]", spec, maxsplit=1)[0].lower().replace("-", "_") for spec in declared}
    assert third_party == {"httpx", "pydantic", "pydantic_core", "typing_extensions"}
    assert third_party <= names, third_party - names
