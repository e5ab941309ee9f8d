"""The documented examples, each against a simulator that holds what the example assumes.

``Case`` is one documented example of one method. ``case.simulator()`` is a fresh ``MockCallApi``
preloaded from the spec: the call session the request names, in a state the call state machine lets
the method act in (with the leg it names); the calls or talk options the answer lists; the clock the
answer's key expiry implies. ``case.answer()`` is the simulator's answer to the documented request,
computed in-process: the simulator is deterministic, so a client that sends the example to a fresh
``case.simulator()`` over HTTP must read exactly this answer.

``as_documented`` checks an answer's data against the documented one, but for what no simulator can
know: a fresh call session id or session key (checked for its type and shape instead), and the leg
state labels of list.calls, which each edition words differently.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from callapi.testing import MockCallApi, TalkOption, World

from generator.model import Api
from generator.model.types import Example, Method

SEED = 7
NUMBERS = {"virtual_phone_number": "74993720692", "contact_phone_number": "79260000000"}
"""The numbers of a preloaded call when the example names only its id (the spec's sample numbers)."""


def lax(schema: dict[str, Any], value: Any) -> Any:
    """What a client makes of a documented value: "true"/"false" where a boolean is documented."""
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


@dataclass(frozen=True)
class Case:
    api: Api
    method: Method
    index: int

    @property
    def example(self) -> Example:
        return self.method.examples[self.index]

    @property
    def name(self) -> str:
        return f"{self.method.wire} example {self.index}"

    def documented_data(self) -> Any:
        """The documented result data, with the types the tables give ("true" read as true)."""
        m = self.method
        schema = {"type": "array", "items": m.result.schema} if m.result.is_list else m.result.schema
        return lax(schema, copy.deepcopy(self.example.result_data))

    def simulator(self, **options: Any) -> MockCallApi:
        """A fresh simulator (not started) holding what the example assumes."""
        return MockCallApi(seed=SEED, **self._preload(), **options)

    def _preload(self) -> dict[str, Any]:
        params, data = self.example.params, self.documented_data()
        if "call_session_id" in params:
            allowed = self.api.call_states.allowed(self.method.wire)
            state = "talk" if not allowed or "talk" in allowed else allowed[0]
            call: dict[str, Any] = {"call_session_id": params["call_session_id"], "state": state, **NUMBERS}
            if "leg_id" in params:
                contact, number = NUMBERS["contact_phone_number"], NUMBERS["virtual_phone_number"]
                call["legs"] = [
                    {"leg_id": params["leg_id"], "calling_phone_number": number, "called_phone_number": contact},
                    {"calling_phone_number": contact, "called_phone_number": "", "is_operator": True},
                ]
            return {"calls": [call]}
        if self.method.wire == "list.calls":
            return {"calls": data}
        if self.method.wire == "list.talk_options":
            return {"world": World(talk_options=[TalkOption(**option) for option in data])}
        if self.method.opens_session:
            return {"clock": data["expire_at"] - self.api.session_lifetime_seconds}
        return {}

    def answer(self) -> dict[str, Any]:
        """What a fresh ``simulator()`` answers the documented request."""
        outcome = self.simulator().handle(json.dumps(self.example.request).encode())
        answer: dict[str, Any] = json.loads(outcome.body)
        return answer

    def as_documented(self, data: Any) -> Any:
        """``data`` with what no simulator can predict replaced by the documented values, once
        checked: compare the result with ``documented_data()``."""
        data = copy.deepcopy(data)
        documented = self.documented_data()
        if self.method.opens_session:
            for name in self.api.secret_names:
                if name in documented:
                    key = data[name]
                    assert isinstance(key, str) and key.isalnum() and len(key) == len(documented[name]), key
                    data[name] = documented[name]
        if self.method.wire in self.api.call_states.start_methods:
            assert isinstance(data["call_session_id"], int) and not isinstance(data["call_session_id"], bool)
            data["call_session_id"] = documented["call_session_id"]
        if self.method.wire == "list.calls":
            for got, doc in zip(data, documented):
                for leg, doc_leg in zip(got["legs"], doc["legs"]):
                    assert isinstance(leg["state"], str) and leg["state"]
                    leg["state"] = doc_leg["state"]
        return data


def cases(api: Api, *, first_only: bool = False) -> list[Case]:
    return [Case(api, m, i) for m in api.methods for i in range(1 if first_only else len(m.examples))]
