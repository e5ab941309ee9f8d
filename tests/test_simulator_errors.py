"""Every documented error of every method, produced by the simulator through a real HTTP request, in the
situation the docs say it happens (not by forcing it): the answer has the documented code, mnemonic and
message template with its placeholders filled in. What only fault injection can produce, and what cannot
happen to a method at all, is listed and checked to be exactly that.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from callapi.testing import MockCallApi, World

from generator.loader import load_spec
from generator.model import build_api
from generator.model.types import Field, Method
from tests.conftest import ROOT

API = build_api(load_spec(ROOT / "spec"))
TOKEN = "permanent-key"
OWN_NUMBER, CONTACT = "74993720692", "79260000000"

FAULT_ONLY = {"internal_error": "the server failing is not a situation a request can bring about"}
"""Errors only ``fail_next`` produces."""


def params_of(method: Method) -> dict[str, Any]:
    """The first documented example's params, cut to the documented ones, with our key."""
    known = {p.name.wire for p in method.params}
    params = {k: copy.deepcopy(v) for k, v in method.examples[0].params.items() if k in known}
    if method.needs_token:
        params["access_token"] = TOKEN
    return params


def message_param(method: Method) -> str | None:
    """A parameter holding a {type, value} message, if the method has one."""
    for p in method.params:
        if p.is_object and {f.name.wire for f in p.fields} == {"type", "value"}:
            return p.name.wire
    return None


class Lab:
    """A fresh simulator with one call in the talk state (employee 1, on a known virtual number)."""

    def __init__(self, api: MockCallApi) -> None:
        self.api = api
        self.http = httpx.Client(base_url=api.url.rsplit("/", 1)[0])
        self.call = self.new_call()

    def new_call(self) -> int:
        data = self.ok(
            "start.employee_call", first_call="employee", virtual_phone_number=OWN_NUMBER, contact=CONTACT, employee={"id": 1}
        )
        call: int = data["call_session_id"]
        return call

    def post(self, body: Any, *, raw: bytes | None = None) -> dict[str, Any]:
        content = raw if raw is not None else json.dumps(body).encode()
        response = self.http.post("/" + self.api.url.rsplit("/", 1)[1], content=content)
        assert response.status_code == 200
        answer: dict[str, Any] = response.json()
        return answer

    def request(self, method: str, **params: Any) -> dict[str, Any]:
        return self.post({"jsonrpc": "2.0", "id": 1, "method": method, "params": {"access_token": TOKEN, **params}})

    def ok(self, method: str, **params: Any) -> Any:
        answer = self.request(method, **params)
        assert "result" in answer, answer
        return answer["result"]["data"]

    def close(self) -> None:
        self.http.close()

    def legs(self) -> list[int]:
        (entry,) = [c for c in self.ok("list.calls") if c["call_session_id"] == self.call]
        return [leg["leg_id"] for leg in entry["legs"]]


def world() -> World:
    return World(
        virtual_numbers=[OWN_NUMBER],
        employees={1: ["2000"], 2: [], 3: ["3000"]},
        media_files=[1],
        scenarios=[1],
        numbers_with_scenario=[OWN_NUMBER],
        tags={1: "Relevant"},
        inactive_numbers={"79999999999"},
        recorded_employees=[3],
        tts_max_length=5,
    )


Recipe = Callable[[Lab, Method, dict[str, Any]], dict[str, Any]]
"""Sets the lab up and sends the request that must fail; returns the answer."""


def send(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
    return lab.post({"jsonrpc": "2.0", "id": 1, "method": method.wire, "params": params})


def with_params(**changes: Any) -> Recipe:
    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        return send(lab, method, {**params, **changes})

    return recipe


def message(value: dict[str, str]) -> Recipe:
    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        name = message_param(method)
        assert name is not None, f"{method.wire} has no message parameter"
        return send(lab, method, {**params, name: value})

    return recipe


def first_param(pick: Callable[[Field], Any]) -> Recipe:
    """Change the first parameter (but the key) for which ``pick`` gives a value."""

    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        for p in method.params:
            value = pick(p)
            if value is not None:
                return send(lab, method, {**params, p.name.wire: value})
        pytest.fail(f"{method.wire}: no parameter to change")

    return recipe


def after(*steps: tuple[str, dict[str, Any]], then: Recipe | None = None) -> Recipe:
    """Requests that must succeed first (on the lab's call), then the method itself."""

    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        for wire, extra in steps:
            lab.ok(wire, call_session_id=lab.call, **extra)
        return (then or send)(lab, method, params)

    return recipe


def controlled(action: Callable[[MockCallApi, Method], None]) -> Recipe:
    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        action(lab.api, method)
        return send(lab, method, params)

    return recipe


def raw(body: Callable[[Method, dict[str, Any]], bytes]) -> Recipe:
    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        return lab.post(None, raw=body(method, params))

    return recipe


def envelope(m: Method, params: dict[str, Any], **changes: Any) -> dict[str, Any]:
    request = {"jsonrpc": "2.0", "id": 1, "method": m.wire, "params": params, **changes}
    return {k: v for k, v in request.items() if v is not None}


def wrong_type(p: Field) -> Any:
    return None if p.nullable else ({"string": 1, "boolean": "yes"}.get(p.type, "one"))


def bad_value(p: Field) -> Any:
    """A value of the right type that the documented allowed values, format or bounds refuse."""
    if p.enum and p.type == "string":
        return "nobody"
    if p.format:
        return "not a number"
    if p.maximum is not None:
        return int(p.maximum) + 1
    return None


def expired_key(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
    lab.api.add_access_token("old", expires_in=10)
    lab.api.advance(10)
    return send(lab, method, {**params, "access_token": "old"})


def missing_required(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
    last = [p.name.wire for p in method.params if p.required][-1]
    return send(lab, method, {k: v for k, v in params.items() if k != last})


def on_recorded_call(**changes: Any) -> Recipe:
    """On a call of employee 3, whose recording is on in their settings."""

    def recipe(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
        call = lab.ok(
            "start.employee_call", first_call="employee", virtual_phone_number=OWN_NUMBER, contact=CONTACT, employee={"id": 3}
        )["call_session_id"]
        return send(lab, method, {**params, "call_session_id": call, **changes})

    return recipe


def without_coach(lab: Lab, method: Method, params: dict[str, Any]) -> dict[str, Any]:
    lab.api.world.coach = None
    return send(lab, method, {k: v for k, v in params.items() if k != "phone_number"})


HOLD = ("hold.call", {"contact_message": {"type": "tts", "value": "hi"}})
COMMON: dict[str, Recipe] = {
    "parse_error": raw(lambda m, p: b'{"jsonrpc": "2.0", "id": 1,'),
    "invalid_request": raw(lambda m, p: json.dumps(envelope(m, p, jsonrpc="1.0")).encode()),
    "method_not_found": raw(lambda m, p: json.dumps(envelope(m, p, method=m.wire + "s")).encode()),
    "batch_opreations_not_supported": raw(lambda m, p: json.dumps([envelope(m, p)]).encode()),
    "notifications_not_supported": raw(lambda m, p: json.dumps({k: v for k, v in envelope(m, p).items() if k != "id"}).encode()),
    "required_parameter_missed": missing_required,
    "unexpected_parameters": with_params(colour="blue"),
    "data_type_error": first_param(wrong_type),
    "invalid_parameter_value": first_param(bad_value),
    "access_token_invalid": with_params(access_token="no-such-key"),
    "access_token_expired": expired_key,
    "access_token_blocked": controlled(lambda api, m: api.block_access_token(TOKEN)),
    "auth_error": with_params(password="wrong"),
    "limit_exceeded": controlled(lambda api, m: setattr(api.limits, "day_limit", 0)),
    "component_disabled": controlled(lambda api, m: api.disable_component(m.component)),
    "ip_not_whitelisted": controlled(lambda api, m: setattr(api.world, "ip_whitelist", ["10.0.0.1"])),
    "account_inactive": controlled(lambda api, m: api.set_account_active(False)),
    "call_session_not_found": with_params(call_session_id=1),
    "forbidden": controlled(lambda api, m: api.forbid(m.wire)),
}

OWN: dict[tuple[str, str] | str, Recipe] = {
    "tts_text_exceeded": message({"type": "tts", "value": "longer than five"}),
    "media_file_not_found": message({"type": "media", "value": "99"}),
    "character_encoding_not_allowed": raw(
        lambda m, p: json.dumps(envelope(m, {**p, "access_token": "kéy"}), ensure_ascii=False).encode("latin-1")
    ),
    "virtual_phone_number_not_found": with_params(virtual_phone_number="74950000000"),
    "own_virtual_phone_number_not_allowed": with_params(contact=OWN_NUMBER),
    "contact_in_blacklist": controlled(lambda api, m: api.world.blacklist.add(CONTACT)),
    "invalid_parameters_combination": with_params(early_switching=True, first_call="contact"),
    "employee_not_found": with_params(employee={"id": 4}),
    ("start.employee_call", "no_active_phone_number"): with_params(employee={"id": 2}),
    ("make.call", "no_active_phone_number"): after(HOLD, then=with_params(to="79999999999")),
    ("add.coach", "no_active_phone_number"): with_params(phone_number="79999999999"),
    ("start.scenario_call", "scenario_not_found"): with_params(scenario_id=2),
    ("start.vnumber_call", "scenario_not_found"): controlled(lambda api, m: setattr(api.world, "numbers_with_scenario", [])),
    "coach_not_found": without_coach,
    "leg_not_found": with_params(leg_id=1),
    "record_already_started": after(("record.call", {"action": "on"}), then=with_params(action="on")),
    "record_already_stopped": with_params(action="off"),
    ("record.call", "forbidden"): on_recorded_call(action="off"),
    ("call.talk_option", "forbidden"): on_recorded_call(button="1"),  # the recording option
    "duplicate_contact": after(("block.contact", {})),
    "tag_not_found": with_params(tag_id=2),
    "duplicate_tag": after(("tag.call", {"tag_id": 1}), then=with_params(tag_id=1)),
    "talk_option_not_found": with_params(button="9"),
    ("hold.call", "invalid_state"): after(HOLD),
    ("call.talk_option", "invalid_state"): after(HOLD),
    "invalid_state": send,  # unhold, make, restore, transfer: not in the talk state the lab's call is in
}


def not_applicable(method: Method, mnemonic: str) -> str | None:
    """Why a common error cannot happen to this method, from what the docs say about when it happens."""
    wires = {p.name.wire for p in method.params}
    if mnemonic.startswith("access_token_") and not method.needs_token:
        return "the method takes no access token"
    if mnemonic == "auth_error" and method.wire != "login.user":
        return "only login.user checks a login and password"
    if mnemonic == "call_session_not_found" and "call_session_id" not in wires:
        return "the method names no call session"
    if mnemonic == "invalid_parameter_value" and not any(bad_value(p) is not None for p in method.params):
        return "the method has no parameter with allowed values or a format"
    return None


CASES = [(m, e.mnemonic, e.code, e.message) for m in API.methods for e in m.errors]
CASES += [
    (m, e.mnemonic, e.codes[0], e.message)
    for m in API.methods
    for e in API.common_errors
    if e.mnemonic not in {own.mnemonic for own in m.errors}
]


def recipe_for(method: Method, mnemonic: str) -> Recipe | None:
    return OWN.get((method.wire, mnemonic)) or OWN.get(mnemonic) or COMMON.get(mnemonic)


def test_fault_only_and_not_applicable_errors_are_exactly_those_without_a_recipe(figures: list[str]) -> None:
    missing = {
        (m.wire, mnemonic) for m, mnemonic, _, _ in CASES if recipe_for(m, mnemonic) is None and mnemonic not in FAULT_ONLY
    }
    assert missing == set()
    fault_only = sorted({(m.wire, mnemonic) for m, mnemonic, _, _ in CASES if mnemonic in FAULT_ONLY})
    # every method can fail internally; call.talk_option is the one page that lists it as its own
    assert len(fault_only) == len(API.methods)
    cannot = sorted({(m.wire, mn) for m, mn, _, _ in CASES if mn not in FAULT_ONLY and not_applicable(m, mn) is not None})
    by_request = len(CASES) - len(fault_only) - len(cannot)
    figures.append(
        f"simulator errors: {len(CASES)} (method, documented error) pairs; {by_request} brought about by a real request, "
        f"{len(cannot)} that cannot happen to their method (forced), {len(fault_only)} only by fault injection:"
    )
    for mnemonic, why in FAULT_ONLY.items():
        methods = [wire for wire, mn in fault_only if mn == mnemonic]
        figures.append(f"  fault injection only: {mnemonic} ({why}), in {len(methods)} methods: {', '.join(methods)}")


@pytest.mark.parametrize(("method", "mnemonic", "code", "template"), CASES, ids=[f"{m.wire}-{mn}" for m, mn, _, _ in CASES])
def test_documented_error_through_a_real_request(method: Method, mnemonic: str, code: int, template: str) -> None:
    reason = not_applicable(method, mnemonic)
    recipe = recipe_for(method, mnemonic)
    with MockCallApi(seed=3, access_tokens=[TOKEN], users={"me": "pw"}, world=world()) as api:
        lab = Lab(api)
        params = params_of(method)
        if "call_session_id" in params:
            params["call_session_id"] = lab.call
        if "leg_id" in params:
            params["leg_id"] = lab.legs()[-1]
        if "employee" in params:
            params["employee"] = {"id": 1}
        if "virtual_phone_number" in params and method.group == "create_call":
            params["virtual_phone_number"] = OWN_NUMBER
        for p in method.params:
            if p.name.wire in params and p.is_object and {f.name.wire for f in p.fields} == {"type", "value"}:
                params[p.name.wire] = {"type": "tts", "value": "hi"}
        if "media_file_id" in params:
            params["media_file_id"] = 1
        if "scenario_id" in params:
            params["scenario_id"] = 1
        if method.wire == "login.user":
            params = {"login": "me", "password": "pw"}
        if mnemonic in FAULT_ONLY or reason is not None:
            # the situation cannot be brought about; the unchanged request succeeds, and fail_next forces it
            assert recipe is None or reason is not None or mnemonic in FAULT_ONLY
            api.fail_next(method.wire, mnemonic)
            answer = send(lab, method, params)
        else:
            assert recipe is not None
            answer = recipe(lab, method, params)
        lab.close()
    assert "error" in answer, (method.wire, mnemonic, answer)
    error = answer["error"]
    assert (error["code"], error["data"]["mnemonic"]) == (code, mnemonic), answer
    filled = template.format(**(error["data"].get("params") or {}))
    assert error["message"] == filled
    assert "{" not in error["message"], error["message"]
