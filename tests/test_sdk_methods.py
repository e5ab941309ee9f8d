"""Every method, sync and async, against a real server: the body sent equals the documented
request, the documented response parses, and every documented error maps to its class."""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any

import callapi
import pytest

from generator.loader import load_spec
from generator.model import build_api
from generator.model.types import Example, Method

API = build_api(load_spec(Path(__file__).resolve().parents[1] / "spec"))
EXAMPLES = [(m, ex) for m in API.methods for ex in m.examples[:1]]


def _kwargs(method: Method, example: Example) -> dict[str, Any]:
    """The example's params as the SDK's keyword arguments (access_token goes to the client)."""
    by_wire = {p.name.wire: p.name.snake for p in method.call_params}
    return {by_wire[k]: copy.deepcopy(v) for k, v in example.params.items() if k in by_wire}


def _expected_body(method: Method, example: Example) -> dict[str, Any]:
    """The documented request, minus what the SDK cannot send (undocumented params) and its id."""
    known = {p.name.wire for p in method.params}
    request = copy.deepcopy(example.request)
    request.pop("id")
    request["params"] = {k: v for k, v in request["params"].items() if k in known}
    return request


def _invoke(method: Method, kwargs: dict[str, Any], *, token: str | None, url: str, is_async: bool) -> Any:
    if is_async:

        async def run() -> Any:
            async with callapi.AsyncClient(token, base_url=url, max_retries=0) as client:
                return await getattr(client, method.names.snake)(**kwargs)

        return asyncio.run(run())
    with callapi.Client(token, base_url=url, max_retries=0) as client:
        return getattr(client, method.names.snake)(**kwargs)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=[m.wire for m, _ in EXAMPLES])
def test_documented_example_round_trip(server, method: Method, example: Example, is_async: bool) -> None:
    token = example.params.get("access_token")
    response = copy.deepcopy(example.response)
    response["id"] = "$id"
    server.reply(response)

    result = _invoke(method, _kwargs(method, example), token=token, url=server.url, is_async=is_async)

    sent = server.requests[-1]
    assert isinstance(sent["id"], int)
    assert {k: v for k, v in sent.items() if k != "id"} == _expected_body(method, example)
    data = example.result_data
    if method.result.is_list:
        assert isinstance(result, callapi.ResultList)
        assert len(result) == len(data)
        assert all(type(item).__name__ == method.result.model_name for item in result)
        dumped = [item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in result]
    else:
        assert type(result).__name__ == method.result.model_name
        dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    # every documented field arrives, with the documented value (pydantic reads "true" as True)
    assert _loose(dumped) == _loose(data)


def _loose(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _loose(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_loose(v) for v in value]
    if value in ("true", "false"):
        return value == "true"
    return value


ERRORS = [(m, e) for m in API.methods for e in m.errors]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("method", "error"), ERRORS, ids=[f"{m.wire}-{e.mnemonic}-{e.code}" for m, e in ERRORS])
def test_documented_errors_raise_their_class(server, method: Method, error: Any, is_async: bool) -> None:
    example = method.examples[0]
    params = {p: f"<{p}>" for p in error.error.placeholders}
    metadata = {
        "limits": {
            "day_limit": 1000,
            "day_remaining": 990,
            "day_reset": 100,
            "minute_limit": 60,
            "minute_remaining": 59,
            "minute_reset": 30,
        }
    }
    server.reply(
        {
            "jsonrpc": "2.0",
            "id": "$id",
            "error": {
                "code": error.code,
                "message": error.message,
                "data": {
                    "mnemonic": error.mnemonic,
                    "field": "call_session_id",
                    "value": "1",
                    "params": params,
                    "metadata": metadata,
                },
            },
        }
    )
    raised_class = next(cls for code, _, cls in error.error.code_classes if code == error.code)
    group_class = next(g.class_name for g in API.error_groups if g.code == error.code)

    with pytest.raises(callapi.ApiError) as caught:
        _invoke(method, _kwargs(method, example), token="t0ken", url=server.url, is_async=is_async)

    exc = caught.value
    assert type(exc).__name__ == raised_class
    assert isinstance(exc, getattr(callapi, error.error.class_name))  # catchable by mnemonic
    assert isinstance(exc, getattr(callapi, group_class))  # and by code group
    assert (exc.code, exc.mnemonic, exc.message) == (error.code, error.mnemonic, error.message)
    assert exc.field == "call_session_id" and exc.value == "1" and exc.params == params
    assert exc.metadata is not None and exc.metadata.limits.day_remaining == 990
    assert exc.request_id == server.requests[-1]["id"]
    assert exc.method == method.wire


def test_every_method_has_a_client_method_on_both_clients() -> None:
    for method in API.methods:
        assert callable(getattr(callapi.Client, method.names.snake))
        assert asyncio.iscoroutinefunction(getattr(callapi.AsyncClient, method.names.snake))
    assert len(API.methods) == 22
