"""Every method, sync and async, against the simulator (``callapi.testing``): each documented example
goes to a fresh simulator holding what the example assumes (tests/support/documented.py), whose answer
is the documented one wherever a simulator can know it; the SDK sends the documented request and reads
that answer into its result type. Every documented error, forced by the simulator, maps to its class."""

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
from tests.support.documented import Case, cases

API = build_api(load_spec(Path(__file__).resolve().parents[1] / "spec"))
CASES = cases(API)


def _kwargs(method: Method, example: Example) -> dict[str, Any]:
    """The example's params as the SDK's keyword arguments (access_token goes to the client)."""
    by_wire = {p.name.wire: p.name.snake for p in method.call_params}
    return {by_wire[k]: copy.deepcopy(v) for k, v in example.params.items() if k in by_wire}


def _expected_body(method: Method, example: Example) -> dict[str, Any]:
    """The documented request, minus what the SDK sends only as ``extra_params`` (undocumented
    params) and its id."""
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


def test_the_simulator_answers_every_example_as_documented() -> None:
    for case in CASES:
        answer = case.answer()
        assert answer["id"] == case.example.request["id"], case.name
        assert "result" in answer, (case.name, answer)
        assert case.as_documented(answer["result"]["data"]) == case.documented_data(), case.name
        assert answer["metadata"]["limits"]["day_remaining"] == answer["metadata"]["limits"]["day_limit"] - 1, case.name


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_documented_example_round_trip(case: Case, is_async: bool) -> None:
    method, example = case.method, case.example
    with case.simulator() as mock:
        result = _invoke(
            method, _kwargs(method, example), token=example.params.get("access_token"), url=mock.url, is_async=is_async
        )
        (sent,) = mock.requests
        (answer,) = mock.answers

    assert isinstance(sent["id"], int)
    assert {k: v for k, v in sent.items() if k != "id"} == _expected_body(method, example)
    assert answer == {**case.answer(), "id": sent["id"]}  # the same answer as in-process: deterministic
    if method.result.is_list:
        assert isinstance(result, callapi.ResultList)
        assert all(type(item).__name__ == method.result.model_name for item in result)
        dumped: Any = [item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in result]
    else:
        assert type(result).__name__ == method.result.model_name
        dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    # every field of the answer arrives, with its value, and the answer's metadata with it
    assert dumped == answer["result"]["data"]
    assert result.metadata is not None and result.metadata.limits is not None
    assert result.metadata.limits.day_remaining == answer["metadata"]["limits"]["day_remaining"]


ERRORS = [(m, e) for m in API.methods for e in m.errors]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("method", "error"), ERRORS, ids=[f"{m.wire}-{e.mnemonic}-{e.code}" for m, e in ERRORS])
def test_documented_errors_raise_their_class(method: Method, error: Any, is_async: bool) -> None:
    """Each error forced once (``fail_next``: tests/test_simulator_errors.py brings each about by a
    real request instead); the SDK raises its class, with the filled-in message and the data."""
    case = Case(API, method, 0)
    params = {p: f"<{p}>" for p in error.error.placeholders}
    raised_class = next(cls for code, _, cls in error.error.code_classes if code == error.code)
    group_class = next(g.class_name for g in API.error_groups if g.code == error.code)

    with case.simulator() as mock, pytest.raises(callapi.ApiError) as caught:
        mock.fail_next(method.wire, error.mnemonic, field="call_session_id", value=1, **params)
        _invoke(method, _kwargs(method, case.example), token="t0ken", url=mock.url, is_async=is_async)

    exc = caught.value
    assert type(exc).__name__ == raised_class
    assert isinstance(exc, getattr(callapi, error.error.class_name))  # catchable by mnemonic
    assert isinstance(exc, getattr(callapi, group_class))  # and by code group
    assert (exc.code, exc.mnemonic) == (error.code, error.mnemonic)
    assert exc.message == error.message.format(**params)  # the template, filled in
    assert exc.field == "call_session_id" and exc.value == "1" and exc.params == params
    if error.mnemonic in API.limits["not_counted"]:
        assert exc.metadata is None or exc.metadata.limits is None
    else:  # an error is not charged: the whole day's budget is left
        assert exc.metadata is not None and exc.metadata.limits.day_remaining == mock.limits.day_limit
    assert exc.request_id == mock.requests[-1]["id"]
    assert exc.method == method.wire


def test_every_method_has_a_client_method_on_both_clients() -> None:
    for method in API.methods:
        assert callable(getattr(callapi.Client, method.names.snake))
        assert asyncio.iscoroutinefunction(getattr(callapi.AsyncClient, method.names.snake))
    assert len(API.methods) == 22
