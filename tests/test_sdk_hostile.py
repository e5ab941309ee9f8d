"""A hostile server against the Python SDK, sync and async: broken JSON, deep nesting, bad
compression, wrong types in every member, impossible envelopes, odd statuses and headers, and
answers that echo the client's secrets. Whatever comes back, a caller sees a ``CallApiError``
and nothing else, and no secret (the key, the password, a session key) appears in any str,
repr, traceback or log line. Prints the cases tried, held and failed."""

from __future__ import annotations

import asyncio
import gzip
import logging
import traceback
from typing import Any

import callapi
import pytest

from tests.support.server import Reply, Server

TOKEN = "tok-SECRET-4f1c9e7d2b"
LOGIN = "robot-login-77"
PASSWORD = "pw-SECRET-8a6b3c"
SESSION_KEY = "sess-SECRET-0d9e8f7a6b"
HOLD = {"call_session_id": 1, "contact_message": {"type": "tts", "value": "hello"}}


def envelope(**members: Any) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": "$id", **members}


def err(**error: Any) -> dict[str, Any]:
    return envelope(error={"code": -32602, "message": "bad", **error})


def data(**fields: Any) -> dict[str, Any]:
    return err(data={"mnemonic": "data_type_error", **fields})


LIMITS = {"day_limit": 1, "day_remaining": 0, "day_reset": 1, "minute_limit": 1, "minute_remaining": 0, "minute_reset": 1}

CASES: list[tuple[str, Reply]] = [
    # not JSON, or JSON that is no answer at all
    ("empty body", Reply(raw=b"")),
    ("html", Reply(raw=b"<html><body>oops</body></html>")),
    ("truncated json", Reply(raw=b'{"jsonrpc": "2.0", "id": 1, "result": {"da')),
    ("100000 nested [", Reply(raw=b"[" * 100_000)),
    ("100000 nested [] closed", Reply(raw=b"[" * 100_000 + b"]" * 100_000)),
    ("50000 nested objects", Reply(raw=b'{"a":' * 50_000 + b"1" + b"}" * 50_000)),
    ("deep nesting inside result.data", Reply(raw=b'{"jsonrpc":"2.0","id":1,"result":{"data":' + b"[" * 20_000 + b"]" * 20_000 + b"}}")),
    ("invalid utf-8", Reply(raw=b'{"jsonrpc": "2.0", "id": 1, "result": "\xff\xfe"}')),
    ("NaN and Infinity", Reply(raw=b'{"jsonrpc": "2.0", "id": NaN, "result": {"data": Infinity}}')),
    ("huge number", Reply(raw=b'{"jsonrpc": "2.0", "id": 1e999, "result": {"data": 1e999}}')),
    ("json null", Reply(raw=b"null")),
    ("json true", Reply(raw=b"true")),
    ("json number", Reply(raw=b"42")),
    ("json string", Reply(raw=b'"answer"')),
    ("json array", Reply(raw=b"[]")),
    ("json empty object", Reply(raw=b"{}")),
    ("duplicate keys", Reply(raw=b'{"jsonrpc": "2.0", "jsonrpc": "1.0", "id": 1, "result": {"data": {}}}')),
    # the envelope
    ("jsonrpc missing", Reply({"id": "$id", "result": {"data": {"success": True}}})),
    ("jsonrpc 1.0", Reply({"jsonrpc": "1.0", "id": "$id", "result": {"data": {"success": True}}})),
    ("jsonrpc number", Reply({"jsonrpc": 2.0, "id": "$id", "result": {"data": {"success": True}}})),
    ("result and error", Reply(envelope(result={"data": {"success": True}}, error={"code": -32602, "message": "x"}))),
    ("result and null error", Reply(envelope(result={"data": {"success": True}}, error=None))),
    ("id missing", Reply({"jsonrpc": "2.0", "result": {"data": {"success": True}}})),
    ("id wrong", Reply({"jsonrpc": "2.0", "id": 987654321, "result": {"data": {"success": True}}})),
    ("id list", Reply({"jsonrpc": "2.0", "id": [1, 2], "result": {"data": {"success": True}}})),
    ("id object", Reply({"jsonrpc": "2.0", "id": {"a": TOKEN}, "result": {"data": {"success": True}}})),
    ("id is the token", Reply({"jsonrpc": "2.0", "id": TOKEN, "result": {"data": {"success": True}}})),
    ("id true", Reply({"jsonrpc": "2.0", "id": True, "result": {"data": {"success": True}}})),
    ("result null", Reply(envelope(result=None))),
    ("result list", Reply(envelope(result=[1, 2]))),
    ("result string", Reply(envelope(result="ok"))),
    ("result without data", Reply(envelope(result={}))),
    ("data null", Reply(envelope(result={"data": None}))),
    ("data wrong type", Reply(envelope(result={"data": "yes"}))),
    ("data fields wrong types", Reply(envelope(result={"data": {"success": {"deep": [1]}, "call_session_id": "x"}}))),
    ("data echoes the token", Reply(envelope(result={"data": {"success": TOKEN, "call_session_id": TOKEN}}))),
    ("data list of 5000", Reply(envelope(result={"data": [{"success": True}] * 5_000}))),
    ("data string of 5 MB", Reply(envelope(result={"data": {"success": "x" * 5_000_000}}))),
    # the error object
    ("error null", Reply(envelope(error=None))),
    ("error string", Reply(envelope(error="boom"))),
    ("error list", Reply(envelope(error=[1, 2]))),
    ("error code string", Reply(err(code="-32602"))),
    ("error code float", Reply(err(code=-32602.5))),
    ("error code bool", Reply(err(code=True))),
    ("error code huge", Reply(err(code=10**30))),
    ("error code missing", Reply(envelope(error={"message": "no code"}))),
    ("error message list", Reply(err(message=["a", {"b": TOKEN}]))),
    ("error message object", Reply(err(message={"text": PASSWORD}))),
    ("error message null", Reply(err(message=None))),
    ("error message 1 MB", Reply(err(message="m" * 1_000_000))),
    ("error message echoes secrets", Reply(err(message=f"key {TOKEN} / {PASSWORD} / {SESSION_KEY}"))),
    ("error data list", Reply(err(data=[1, 2, 3]))),
    ("error data string", Reply(err(data="details"))),
    ("error data.field list", Reply(data(field=["a", "b"]))),
    ("error data.field object", Reply(data(field={"name": "contact"}))),
    ("error data.field number", Reply(data(field=12))),
    ("error data.field access_token with value", Reply(data(field="access_token", value=TOKEN))),
    ("error data.value echoes the password", Reply(data(field="contact", value=PASSWORD))),
    ("error data.mnemonic list", Reply(err(data={"mnemonic": ["limit_exceeded"]}))),
    ("error data.mnemonic number", Reply(err(data={"mnemonic": 42}))),
    ("error data.params list", Reply(data(params=[1, 2]))),
    ("error data.params string", Reply(data(params="p"))),
    ("limit error with broken metadata", Reply(envelope(error={"code": -32029, "message": "l", "data": {"mnemonic": "limit_exceeded"}}, metadata={"limits": {"minute_reset": "soon"}}))),
    ("limit error with negative resets", Reply(envelope(error={"code": -32029, "message": "l", "data": {"mnemonic": "limit_exceeded"}}, metadata={"limits": {**LIMITS, "minute_reset": -5, "day_reset": -1}}))),
    ("session error echoing the key", Reply(envelope(error={"code": -32001, "message": f"{TOKEN} is invalid", "data": {"mnemonic": "access_token_invalid"}}))),
    # metadata
    ("metadata string", Reply(envelope(result={"data": {"success": True}}, metadata="m"))),
    ("metadata limits list", Reply(envelope(result={"data": {"success": True}}, metadata={"limits": [1]}))),
    ("metadata api_version odd", Reply(envelope(result={"data": {"success": True}}, metadata={"api_version": {"current_version_depricated": "maybe"}}))),
    # HTTP
    ("500 html", Reply(raw=b"<h1>500</h1>", status=500)),
    ("502 empty", Reply(raw=b"", status=502)),
    ("503 retry-after garbage", Reply(raw=b"busy", status=503, headers={"Retry-After": "\u00e9\u00e9 soon"})),
    ("503 retry-after is the token", Reply(raw=b"busy", status=503, headers={"Retry-After": TOKEN})),
    ("504 retry-after negative", Reply(raw=b"late", status=504, headers={"Retry-After": "-5"})),
    ("429 retry-after huge", Reply(raw=b"slow down", status=429, headers={"Retry-After": "99999999999"})),
    ("301 elsewhere", Reply(raw=b"", status=301, headers={"Location": "http://127.0.0.1:9/"})),
    ("404", Reply(raw=b"not found", status=404)),
    ("204 no content", Reply(raw=b"", status=204)),
    ("bad gzip", Reply(raw=b"this is not gzip", headers={"Content-Encoding": "gzip"})),
    ("truncated gzip", Reply(raw=gzip.compress(b'{"jsonrpc": "2.0", "id": 1, "result": {"data": {}}}')[:20], headers={"Content-Encoding": "gzip"})),
    ("bad deflate", Reply(raw=b"not deflate", headers={"Content-Encoding": "deflate"})),
    ("unknown encoding", Reply(raw=b"{}", headers={"Content-Encoding": "x-martian"})),
    ("content-length too short", Reply(raw=b'{"jsonrpc": "2.0", "id": 1, "result": {"data": {}}}', headers={"Content-Length": "7"})),
    ("connection reset", Reply(drop=True)),
]


def _run(server: Server, reply: Reply, method: str, is_async: bool, issued: list[str]) -> BaseException | None:
    def responder(request: Any) -> Reply:
        if request["method"] == "login.user":
            issued.append(SESSION_KEY)
            return Reply(envelope(result={"data": {"access_token": SESSION_KEY, "expire_at": 4_102_444_800}}))
        return reply

    server.responder = responder
    kwargs: dict[str, Any] = {"login": LOGIN, "password": PASSWORD, "base_url": server.url, "timeout": 5, "max_retries": 1}
    args = HOLD if method == "hold_call" else {}
    try:
        if is_async:

            async def main() -> None:
                async with callapi.AsyncClient(TOKEN, **kwargs) as client:
                    await getattr(client, method)(**args)

            asyncio.run(main())
        else:
            with callapi.Client(TOKEN, **kwargs) as client:
                getattr(client, method)(**args)
    except BaseException as exc:  # noqa: BLE001 - what escapes is the point
        return exc
    return None


def test_only_call_api_errors_escape_and_no_secret_shows(server: Server, caplog: pytest.LogCaptureFixture, monkeypatch) -> None:
    monkeypatch.setattr(callapi._client.time, "sleep", lambda seconds: None)

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(callapi._client, "_async_sleep", no_sleep)
    tried = held = 0
    failures: list[str] = []
    for name, reply in CASES:
        for method in ("hold_call", "list_calls"):
            for is_async in (False, True):
                tried += 1
                where = f"{name} / {method} / {'async' if is_async else 'sync'}"
                caplog.clear()
                issued: list[str] = []  # the session key is the client's secret once it was handed out
                with caplog.at_level(logging.DEBUG, logger="callapi"):
                    exc = _run(server, reply, method, is_async, issued)
                if exc is not None and not isinstance(exc, callapi.CallApiError):
                    failures.append(f"{where}: {type(exc).__name__} escaped: {str(exc)[:200]}")
                    continue
                texts = [caplog.text]
                if exc is not None:
                    texts += [str(exc), repr(exc), repr(vars(exc)), "".join(traceback.format_exception(exc))]
                secrets = (TOKEN, PASSWORD, *issued)
                leaked = [s for s in secrets if any(s in text for text in texts)]
                if leaked:
                    failures.append(f"{where}: secret shown ({', '.join(leaked)})")
                    continue
                held += 1
    print(f"\nhostile server, Python SDK: {len(CASES)} answers x 2 methods x sync/async: tried {tried}, held {held}, failed {len(failures)}")
    assert not failures, "\n".join(failures)
    assert len(CASES) >= 69 and tried == held
