"""A realistic session against the simulator (callapi.testing), driven through the Python SDK (sync and
async) and the TypeScript client: one scenario, three drivers, and the same answers byte for byte.

The scenario is a generator: it yields the SDK call it wants (method, keyword arguments) and gets back
what happened as JSON ({"ok": true, "value", "metadata"} or {"ok": false, "code", "mnemonic", ...}).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import callapi
import pytest
from callapi.testing import Limits, MockCallApi

from tests.ts_support import HERE, run_node

Outcome = dict[str, Any]
Scenario = Generator[tuple[str, dict[str, Any]], Outcome, None]

VNUMBER, CONTACT, OPERATOR, THIRD = "74993720692", "79260000000", "79262444491", "79031234567"
MINUTE_LIMIT = 12


def session(api: MockCallApi) -> Scenario:
    """Log in, start a call, list it, hold, unhold, consult a third party, transfer, release, log out,
    meeting the documented errors on the way."""
    login = yield "login_user", {"login": "operator", "password": "secret"}
    assert login["ok"] and login["value"]["expire_at"] == 1767225600 + 3600
    assert login["metadata"]["limits"]["minute_remaining"] == MINUTE_LIMIT - 1

    wrong = yield "login_user", {"login": "operator", "password": "wrong"}
    assert error(wrong) == (-32001, "auth_error", "Login or password is wrong")

    started = yield "start_simple_call", {
        "first_call": "operator",
        "virtual_phone_number": VNUMBER,
        "contact": CONTACT,
        "operator": OPERATOR,
        "external_id": "crm-42",
    }
    call = started["value"]["call_session_id"]
    assert api.state(call) == "talk"  # both legs answered at once

    listed = yield "list_calls", {}
    (entry,) = listed["value"]
    assert (entry["call_session_id"], entry["contact_phone_number"], entry["external_id"]) == (call, CONTACT, "crm-42")
    assert [leg["called_phone_number"] for leg in entry["legs"]] == [CONTACT, OPERATOR]

    music = {"type": "tts", "value": "Please hold"}
    held = yield "hold_call", {"call_session_id": call, "contact_message": music}
    assert held["value"] == {"success": True} and api.state(call) == "hold"
    again = yield "hold_call", {"call_session_id": call, "contact_message": music}
    assert error(again) == (-32004, "invalid_state", "This method can not be called in this state")

    yield "unhold_call", {"call_session_id": call}
    assert api.state(call) == "talk"
    premature = yield "transfer_talk", {"call_session_id": call}
    assert error(premature)[1] == "invalid_state"

    yield "hold_call", {"call_session_id": call, "contact_message": music}
    api.hold_back_answers()
    dialled = yield "make_call", {"call_session_id": call, "to": THIRD}
    assert dialled["value"] == {"success": True} and api.state(call) == "dialing"
    assert api.answer(call) == "operator_talk"  # the third party picks up
    moved = yield "transfer_talk", {"call_session_id": call}
    assert moved["ok"] and api.state(call) == "talk"
    (entry,) = (yield "list_calls", {})["value"]
    assert [leg["called_phone_number"] for leg in entry["legs"]] == [CONTACT, THIRD]

    released = yield "release_call", {"call_session_id": call}
    assert released["value"] == {"success": True}
    assert (yield "list_calls", {})["value"] == []
    gone = yield "release_call", {"call_session_id": call}
    assert error(gone) == (-32602, "call_session_not_found", "Call session not found")

    # spend the minute's points; errors cost none
    while True:
        answer = yield "list_calls", {}
        if answer["metadata"]["limits"]["minute_remaining"] == 0:
            break
    spent = yield "list_calls", {}
    assert error(spent) == (
        -32029,
        "limit_exceeded",
        f"Limit per minute has been exceeded. Value of current limit per minute is {MINUTE_LIMIT}",
    )
    assert spent["params"] == {"limit_type": "minute", "limit_max_value": str(MINUTE_LIMIT)}
    api.advance(60)
    assert (yield "list_calls", {})["ok"]

    api.advance(3600)  # the session key outlives its hour
    expired = yield "list_calls", {}
    assert error(expired) == (-32001, "access_token_invalid", "Access token is invalid")
    relogin = yield "login_user", {"login": "operator", "password": "secret"}
    assert relogin["ok"]
    bye = yield "logout_user", {}
    assert bye["value"] == {"success": True}


def error(outcome: Outcome) -> tuple[int, str, str]:
    assert not outcome["ok"], outcome
    return outcome["code"], outcome["mnemonic"], outcome["message"]


def simulator() -> MockCallApi:
    return MockCallApi(seed=7, users={"operator": "secret"}, limits=Limits(minute_limit=MINUTE_LIMIT))


@pytest.fixture
def api() -> Iterator[MockCallApi]:
    with simulator() as running:
        yield running


def sync_transcript() -> list[Outcome]:
    """The scenario through the sync client, on a fresh simulator."""
    with simulator() as api, callapi.Client(base_url=api.url, max_retries=0) as client:
        return drive(api, lambda name, kwargs: python_outcome(lambda: getattr(client, name)(**kwargs)))


def drive(api: MockCallApi, run: Callable[[str, dict[str, Any]], Outcome]) -> list[Outcome]:
    """Run the scenario, each step through ``run``; returns every outcome (the transcript)."""
    steps = session(api)
    transcript: list[Outcome] = []
    step = next(steps)
    while True:
        outcome = run(*step)
        transcript.append(outcome)
        try:
            step = steps.send(outcome)
        except StopIteration:
            return transcript


def python_outcome(call: Callable[[], Any]) -> Outcome:
    try:
        value = call()
    except callapi.ApiError as exc:
        return error_outcome(exc)
    return value_outcome(value)


def error_outcome(exc: callapi.ApiError) -> Outcome:
    return {
        "ok": False,
        "code": exc.code,
        "mnemonic": exc.mnemonic,
        "message": exc.message,
        "field": exc.field,
        "params": exc.params,
    }


def value_outcome(value: Any) -> Outcome:
    metadata = value.metadata.model_dump(mode="json", exclude_none=True) if value.metadata else None
    if isinstance(value, list):
        dumped: Any = [item.model_dump(mode="json", by_alias=True) for item in value]
    else:
        dumped = value.model_dump(mode="json", by_alias=True)
    return {"ok": True, "value": dumped, "metadata": metadata}


def test_session_through_the_sync_client() -> None:
    transcript = sync_transcript()
    assert len(transcript) > 20
    assert transcript == sync_transcript()  # seeded: the same answers, keys and ids included, every run


def test_session_through_the_async_client(api: MockCallApi) -> None:
    """The async client runs on its own event loop thread; the scenario waits for each step."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    client = callapi.AsyncClient(base_url=api.url, max_retries=0)

    def run(name: str, kwargs: dict[str, Any]) -> Outcome:
        async def step() -> Outcome:
            try:
                value = await getattr(client, name)(**kwargs)
            except callapi.ApiError as exc:
                return error_outcome(exc)
            return value_outcome(value)

        return asyncio.run_coroutine_threadsafe(step(), loop).result()

    try:
        async_transcript = drive(api, run)
    finally:
        asyncio.run_coroutine_threadsafe(client.aclose(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
    assert async_transcript == sync_transcript()


def camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.title() for part in rest)


def test_session_through_the_typescript_client(api: MockCallApi, typescript_client: Path) -> None:
    """Each step runs in node (tests/ts_support/run_client.mjs); the key the client holds after a step
    is handed to the next one."""
    token: list[str | None] = [None]

    def run(name: str, kwargs: dict[str, Any]) -> Outcome:
        call: dict[str, Any] = {"method": camel(name)}
        if name not in ("list_talk_options", "logout_user") and (kwargs or name == "list_calls"):
            call["params"] = kwargs
        scenario = {"client": {"baseUrl": api.url, "accessToken": token[0], "maxRetries": 0}, "calls": [call]}
        (outcome,) = json.loads(run_node(str(HERE / "run_client.mjs"), str(typescript_client), stdin=json.dumps([scenario])))
        if outcome["ok"]:
            token[0] = outcome["accessToken"]
            value = outcome["value"]
            if name == "login_user":  # the client keeps the session key out of JSON; it holds it
                value = {**value, "access_token": outcome["accessToken"]}
            return {"ok": True, "value": value, "metadata": outcome["metadata"]}
        assert outcome["mnemonic"] is not None, outcome
        return {
            "ok": False,
            "code": outcome["code"],
            "mnemonic": outcome["mnemonic"],
            "message": outcome["serverMessage"],
            "field": outcome["field"],
            "params": outcome["params"],
        }

    assert drive(api, run) == sync_transcript()
