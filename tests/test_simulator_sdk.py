"""Every documented example request of every method, sent by the Python SDK (sync and async) and the
TypeScript client to the simulator: the simulator checks each request as the real API would, so this
proves the SDKs send what the API accepts, and that they read what it answers into their result types.

(tests/test_sdk_methods.py keeps the canned-answer server for what only it can do: reading every
documented answer as printed, and every documented error class.)
"""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path
from typing import Any

import callapi
import pytest
from callapi.testing import MockCallApi

from generator.model import Api, Method
from tests.test_sdk_methods import _invoke
from tests.test_simulator_scenario import camel
from tests.ts_support import HERE, package, render, run_node

TOKEN = "sdk-key"
START = {"first_call": "operator", "virtual_phone_number": "74993720692", "operator": "79262444491"}
CONTACTS = itertools.count(1)
MUSIC = {"type": "tts", "value": "Please hold"}
PREPARE: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "talk": [],
    "hold": [("hold_call", {"contact_message": MUSIC})],
    "operator_talk": [("hold_call", {"contact_message": MUSIC}), ("make_call", {"to": "79031234567"})],
}
"""How a fresh call (in the talk state) gets into a state, through the SDK."""


def cases(api: Api) -> list[tuple[Method, int]]:
    return [(m, i) for m in api.methods for i in range(len(m.examples))]


def needed_state(api: Api, method: Method) -> str:
    guarded = any(e.mnemonic == "invalid_state" for e in method.errors)
    allowed = api.call_states.allowed(method.wire) if guarded else ()
    return next((s for s in allowed if s in PREPARE), "talk") if allowed else "talk"


def request_params(api: Api, method: Method, index: int, client: callapi.Client) -> dict[str, Any]:
    """The example's documented params as keyword arguments, on a call prepared in the state it needs."""
    by_wire = {p.name.wire: p.name.snake for p in method.call_params}
    params = {by_wire[k]: copy.deepcopy(v) for k, v in method.examples[index].params.items() if k in by_wire}
    if "call_session_id" in params:
        contact = f"7926{next(CONTACTS):07d}"  # a number of its own: block.contact blacklists it
        call = client.start_simple_call(**START, contact=contact).call_session_id
        for step, kwargs in PREPARE[needed_state(api, method)]:
            getattr(client, step)(call_session_id=call, **kwargs)
        params["call_session_id"] = call
        if "leg_id" in params:
            (entry,) = [c for c in client.list_calls() if c.call_session_id == call]
            params["leg_id"] = entry.legs[-1].leg_id
    return params


def key_for(method: Method) -> str:
    """A method that ends its key gets one of its own, so the next requests keep theirs."""
    return f"{method.wire}-key" if method.closes_session else TOKEN


def sent_params(api_mock: MockCallApi) -> dict[str, Any]:
    params: dict[str, Any] = dict(api_mock.requests[-1]["params"])
    params.pop("access_token", None)
    return params


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_documented_example_is_accepted(api: Api, is_async: bool) -> None:
    with MockCallApi(seed=11) as mock, callapi.Client(TOKEN, base_url=mock.url, max_retries=0) as setup:
        for method, index in cases(api):
            kwargs = request_params(api, method, index, setup)
            where = f"{method.wire} example {index}"
            result = _invoke(method, kwargs, token=key_for(method), url=mock.url, is_async=is_async)
            wire_kwargs = {p.name.wire: kwargs[p.name.snake] for p in method.call_params if p.name.snake in kwargs}
            assert sent_params(mock) == json.loads(json.dumps(wire_kwargs)), where
            if method.result.is_list:
                assert isinstance(result, callapi.ResultList), where
                assert all(type(item).__name__ == method.result.model_name for item in result), where
            else:
                assert type(result).__name__ == method.result.model_name, where
            assert result.metadata is not None and result.metadata.limits is not None, where


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typescript")
    for path, text in render("typescript").items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    run_node(str(package("typescript") / "bin" / "tsc"), "-p", "tsconfig.json", "--outDir", "dist", cwd=root)
    return root / "dist" / "index.js"


def test_every_documented_example_is_accepted_from_typescript(api: Api, compiled: Path) -> None:
    with MockCallApi(seed=11) as mock, callapi.Client(TOKEN, base_url=mock.url, max_retries=0) as setup:
        scenarios, expected = [], []
        for method, index in cases(api):
            kwargs = request_params(api, method, index, setup)
            params = {p.name.wire: kwargs[p.name.snake] for p in method.call_params if p.name.snake in kwargs}
            call: dict[str, Any] = {"method": camel(method.names.snake)}
            if method.call_params:
                call["params"] = params
            scenarios.append({"client": {"baseUrl": mock.url, "accessToken": key_for(method), "maxRetries": 0}, "calls": [call]})
            expected.append((method, index, params))
        first = len(mock.requests)
        outcomes = json.loads(run_node(str(HERE / "run_client.mjs"), str(compiled), stdin=json.dumps(scenarios)))
        sent = mock.requests[first:]
    assert len(outcomes) == len(sent) == len(expected)
    for (method, index, params), outcome, request in zip(expected, outcomes, sent):
        where = f"{method.wire} example {index}"
        assert outcome["ok"], (where, outcome)
        assert outcome["isArray"] is method.result.is_list, where
        assert outcome["metadata"]["limits"]["day_limit"] == 10000, where
        assert request["method"] == method.wire, where
        assert {k: v for k, v in request["params"].items() if k != "access_token"} == params, where
