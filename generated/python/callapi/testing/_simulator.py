# Generated from spec/ by `python -m generator`; do not edit.
"""The simulated PBX: accounts, session keys, call sessions moving through the call state machine,
points limits, a simulated clock and injected faults. No I/O here: ``Simulator.handle`` takes a
request body and returns the answer body; ``_server`` puts it on HTTP.

Everything that varies (ids, keys, times) comes from the seed and the simulated clock, so the
same requests give the same answers byte for byte.
"""

from __future__ import annotations

import json
import random
import re
import threading
from collections import deque
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ._spec import (
    API_VERSION,
    COMMON_ERRORS,
    COMPONENT_NAMES,
    FINAL,
    INITIAL,
    METHODS,
    NOT_COUNTED,
    SECRET_NAMES,
    SESSION_LIFETIME,
    STATES,
    TRANSITIONS,
    ErrorSpec,
    MethodSpec,
    Param,
    Transition,
)

__all__ = ["ApiFault", "Limits", "Simulator", "TalkOption", "World"]

EPOCH = 1767225600  # 2026-01-01T00:00:00Z: where the simulated clock starts unless told
AUTOMATIC_EVENTS = ("completed",)  # the diagram's unlabelled arrows: they happen by themselves
FORMATS = {"e164": re.compile(r"[0-9]{1,15}"), "dtmf": re.compile(r"[0-9*#.]+")}
"""Formats the simulator checks (others are not). DTMF takes "." too: the documented examples
use it as a pause, beside the listed 0-9, * and #."""
LEG_LABELS = {
    "session": "Dial",
    "dialing": "Dial",
    "hold": "On hold",
    "waiting_input": "On hold",
    "operator_talk": "Operators talking",
    "post_talk": "Disconnected",
    "finishing": "Disconnected",
}
"""What list.calls shows as a leg's state (the newest English labels); "Conversation" otherwise."""
PARTY_OF_STATE = {"dialing": "third", "operator_talk": "third", "call_coach": "coach"}
"""The leg besides the contact's and the operator's that a call in this state has."""
LEG_FIELDS = frozenset(
    {
        "leg_id",
        "calling_phone_number",
        "called_phone_number",
        "is_operator",
        "employee_id",
        "employee_full_name",
        "record_call_enabled",
        "state",
    }
)
"""The keys of a leg in list.calls, which ``add_call`` takes."""


class ApiFault(Exception):
    """A documented error answer: raised inside the simulator, turned into the JSON-RPC error."""

    def __init__(
        self,
        mnemonic: str,
        *,
        spec: ErrorSpec | None = None,
        field: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> None:
        self.spec = spec or COMMON_ERRORS[mnemonic]
        self.field = field
        self.value = None if field in SECRET_NAMES else value
        self.params = params
        super().__init__(self.spec.mnemonic)

    def error(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "mnemonic": self.spec.mnemonic,
            "field": self.field,
            "value": _text(self.value),
        }
        data["params"] = {k: _text(v) for k, v in self.params.items()} or None
        message = self.spec.message.format_map(_Keep(data["params"] or {}))
        return {"code": self.spec.code, "message": message, "data": data}


class _Keep(dict[str, Any]):
    """Fills the placeholders it knows; leaves the others as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class TalkOption:
    """One talk option, as list.talk_options lists it."""

    button: str
    mnemonic: str
    name: str
    button_value: Mapping[str, Any] | None = (
        None  # what the option applies, e.g. the tag {id, value}
    )


@dataclass
class World:
    """What the simulated account holds. ``None`` means any value is accepted (there is no list)."""

    virtual_numbers: Collection[str] | None = None
    employees: Mapping[int, Sequence[str]] | None = None  # id -> active phone numbers
    media_files: Collection[int] | None = None
    scenarios: Collection[int] | None = None
    numbers_with_scenario: Collection[str] | None = (
        None  # virtual numbers start.vnumber_call can use
    )
    tags: Mapping[int, str] | None = None
    inactive_numbers: Collection[str] = ()  # numbers that do not exist or are switched off
    blacklist: set[str] = field(default_factory=set)
    coach: str | None = "70000000000"  # the coach number of the account settings
    recorded_employees: Collection[
        int
    ] = ()  # recording is on in their settings: the API cannot stop it
    talk_options: Sequence[TalkOption] = (
        TalkOption("1", "record_talk", "Record"),
        TalkOption("2", "tag_call", "Tag"),
    )
    tts_max_length: int = 1000  # characters a TTS text may have on the tariff
    ip_whitelist: Collection[str] | None = None


@dataclass
class Limits:
    """Points budgets. The docs publish no per-method weights: each method costs 1 point unless
    ``weights`` says otherwise."""

    day_limit: int = 10000
    minute_limit: int = 100
    weights: Mapping[str, int] = field(default_factory=dict)

    def weight(self, method: str) -> int:
        return self.weights.get(method, 1)


@dataclass
class _Key:
    expires_at: float | None  # simulated Unix time; None: never
    session: bool  # from login.user (as opposed to a permanent key)
    blocked: bool = False


@dataclass
class _Leg:
    leg_id: int
    calling: str
    called: str
    is_operator: bool
    employee_id: int | None = None
    role: str = "contact"  # contact | operator | third | coach
    employee_full_name: str | None = None


@dataclass
class _Call:
    call_session_id: int
    direction: str
    start_time: str
    virtual_phone_number: str
    contact: str
    external_id: str | None
    legs: list[_Leg]
    state: str = INITIAL
    since: set[str] = field(default_factory=set)  # methods called since the call entered its state
    tags: list[tuple[int, str]] = field(default_factory=list)
    recording: bool = False
    recording_fixed: bool = False  # switched on in the employee's settings


@dataclass
class _Fault:
    mnemonic: str | None = None
    where: str | None = None
    value: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Outcome:
    """What the server does with one request: send ``body`` (after ``delay`` seconds), or close
    the connection without an answer when ``drop``."""

    body: bytes = b""
    delay: float = 0.0
    drop: bool = False


class Simulator:
    """The simulated Call API of one account.

    Args:
        seed: Seeds ids and keys; the same seed and requests give the same answers.
        access_tokens: Permanent keys that are accepted (a mapping gives each an expiry time on the
            simulated clock, or None).
        users: ``{login: password}`` accepted by login.user.
        world: The account's numbers, employees, files, tags... (``World()`` accepts anything).
        limits: Points budgets (``Limits()``: 100 a minute, 10000 a day, 1 point a method).
        auto_answer: Whether dialled parties answer at once; ``hold_back_answers()`` switches it off.
        clock: The Unix time the simulated clock starts at (2026-01-01T00:00:00Z by default).
        calls: Call sessions already under way, each given as ``add_call`` takes it.

    With neither ``access_tokens`` nor ``users``, any non-empty key and any login and password
    are accepted.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        access_tokens: Iterable[str] | Mapping[str, float | None] = (),
        users: Mapping[str, str] | None = None,
        world: World | None = None,
        limits: Limits | None = None,
        auto_answer: bool = True,
        clock: float = EPOCH,
        calls: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        self.world = world or World()
        self.limits = limits or Limits()
        self.auto_answer = auto_answer
        self.now: float = clock
        self._origin = clock  # the limits' minute and day windows count from here
        self.deprecated = False
        self.latest_version = API_VERSION
        self.account_active = True
        self.disabled_components: set[str] = set()
        self.forbidden_methods: set[str] = set()
        self.calls: dict[int, _Call] = {}
        self.requests: list[Any] = []  # every parsed request body, for assertions
        self.answers: list[Any] = []  # every answer body (a dropped one too), for assertions
        self._rng = random.Random(seed)
        self._lock = threading.RLock()
        self._users = dict(users or {})
        expiries = (
            access_tokens if isinstance(access_tokens, Mapping) else dict.fromkeys(access_tokens)
        )
        self._keys = {token: _Key(expires, session=False) for token, expires in expiries.items()}
        self._open = not self._keys and not self._users
        self._revoked: set[str] = set()
        self._faults: dict[str, deque[_Fault]] = {}
        self._drops: deque[tuple[bool, str | None]] = deque()  # (after reading, method or None)
        self._used: dict[str, tuple[int, int]] = {}  # "minute"/"day" -> (window, points used)
        for call in calls:
            self.add_call(**call)

    # -- the test controller ------------------------------------------------------------------
    def advance(self, seconds: float) -> None:
        """Move the simulated clock on (session keys expire, limits reset)."""
        with self._lock:
            self.now += seconds

    def hold_back_answers(self, hold_back: bool = True) -> None:
        """Dialled parties answer only when ``answer()`` says so (or at once again, with False)."""
        with self._lock:
            self.auto_answer = not hold_back

    def answer(self, call_session_id: int) -> str:
        """The dialled party answers; returns the call's new state."""
        return self.fire(call_session_id, "answered")

    def fail_call(self, call_session_id: int) -> str:
        """The dialled party does not answer or cannot be reached."""
        return self.fire(call_session_id, "call_failed")

    def hang_up(self, call_session_id: int, leg_id: int | None = None) -> str:
        """A leg hangs up (the contact's, unless ``leg_id`` names another)."""
        with self._lock:
            call = self._call(call_session_id)
            leg = (
                next((x for x in call.legs if x.leg_id == leg_id), call.legs[0])
                if call.legs
                else None
            )
            state = self.fire(call_session_id, "hung_up")
            if leg is not None:
                call.legs.remove(leg)
            return state

    def fire(self, call_session_id: int, event: str) -> str:
        """An event of the call state machine happens to a call; returns the call's new state."""
        with self._lock:
            call = self._call(call_session_id)
            transition = self._transition(call, event=event)
            if transition is None:
                raise ValueError(
                    f"event {event!r} does not apply to a call in state {call.state!r}"
                )
            self._move(call, transition)
            return call.state

    def state(self, call_session_id: int) -> str:
        """The call's state (``finishing`` once it has ended)."""
        with self._lock:
            return self._call(call_session_id).state

    def fail_next(
        self,
        method: str,
        mnemonic: str,
        *,
        field: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> None:
        """The next request of ``method`` answers with this documented error."""
        self._error_spec(self._method(method), mnemonic)  # refuse undocumented ones now
        with self._lock:
            self._faults.setdefault(method, deque()).append(_Fault(mnemonic, field, value, params))

    def delay_next(self, method: str, seconds: float) -> None:
        """The next answer of ``method`` comes ``seconds`` late (real seconds)."""
        self._method(method)
        with self._lock:
            self._faults.setdefault(method, deque()).append(_Fault(delay=seconds))

    def drop_next(self, *, after_read: bool = False, method: str | None = None) -> None:
        """Close the connection of the next request without an answer: before reading it, or
        after reading (and carrying out) it; ``method`` limits the latter to one method."""
        if method is not None:
            if not after_read:
                raise ValueError(
                    "a connection dropped before reading cannot know the method; pass after_read=True"
                )
            self._method(method)
        with self._lock:
            self._drops.append((after_read, method))

    def add_access_token(self, token: str, *, expires_in: float | None = None) -> None:
        """Register a permanent key, valid for ``expires_in`` simulated seconds or for ever."""
        with self._lock:
            self._keys[token] = _Key(
                None if expires_in is None else self.now + expires_in, session=False
            )
            self._open = False

    def block_access_token(self, token: str) -> None:
        with self._lock:
            self._keys.setdefault(token, _Key(None, session=False)).blocked = True

    def set_deprecated(self, deprecated: bool = True, *, latest_version: str | None = None) -> None:
        """Answers carry ``metadata.api_version`` saying this version is deprecated."""
        with self._lock:
            self.deprecated = deprecated
            major, _, minor = API_VERSION.partition(".")
            self.latest_version = latest_version or f"{major}.{int(minor or 0) + 1}"

    def disable_component(self, component: str, disabled: bool = True) -> None:
        if component not in COMPONENT_NAMES:
            raise ValueError(
                f"unknown component {component!r} (expected one of: {', '.join(COMPONENT_NAMES)})"
            )
        with self._lock:
            (self.disabled_components.add if disabled else self.disabled_components.discard)(
                component
            )

    def forbid(self, method: str, forbidden: bool = True) -> None:
        """The user may not call ``method`` (it answers ``forbidden``)."""
        self._method(method)
        with self._lock:
            (self.forbidden_methods.add if forbidden else self.forbidden_methods.discard)(method)

    def set_account_active(self, active: bool) -> None:
        with self._lock:
            self.account_active = active

    def add_call(
        self,
        *,
        virtual_phone_number: str,
        contact_phone_number: str,
        state: str = "talk",
        call_session_id: int | None = None,
        direction: str = "in",
        start_time: str | None = None,
        external_id: str | None = None,
        tags: Sequence[Mapping[str, Any]] = (),
        legs: Sequence[Mapping[str, Any]] | None = None,
    ) -> int:
        """Put a call session under way in ``state`` of the call state machine, as if earlier
        requests and events had brought it there; returns its id. It stays in that state until a
        request or an event moves it.

        The arguments are the fields of a list.calls entry, so an entry of a recorded answer can be
        given back as it is (``add_call(**entry, state="hold")``); a leg's ``state`` label is left
        out of account (list.calls words it from the call's state). Without ``legs``, the call has
        the contact's leg, an operator's, and the third party's or the coach's where ``state`` has
        one. Ids not given come from the seed.
        """
        with self._lock:
            if state not in STATES or state == FINAL:
                raise ValueError(
                    f"unknown state {state!r} (expected one of: {', '.join(s for s in STATES if s != FINAL)})"
                )
            if call_session_id is not None and call_session_id in self.calls:
                raise ValueError(f"call session {call_session_id} exists already")
            for given in legs or ():
                unknown = sorted(set(given) - LEG_FIELDS)
                if unknown:
                    raise ValueError(
                        f"unknown leg field {unknown[0]!r} (expected some of: {', '.join(sorted(LEG_FIELDS))})"
                    )
                if "calling_phone_number" not in given or "called_phone_number" not in given:
                    raise ValueError("a leg needs its calling_phone_number and called_phone_number")
            call = self._new_call(
                direction, virtual_phone_number, contact_phone_number, external_id, call_session_id
            )
            if start_time is not None:
                call.start_time = start_time
            call.state = state
            call.tags = [(tag["tag_id"], tag["tag_name"]) for tag in tags]
            if legs is None:
                call.legs = [
                    self._leg(virtual_phone_number, contact_phone_number, role="contact"),
                    self._leg(contact_phone_number, "", role="operator", is_operator=True),
                ]
                if state in PARTY_OF_STATE:
                    call.legs.append(
                        self._leg(virtual_phone_number, "", role=PARTY_OF_STATE[state])
                    )
                return call.call_session_id
            for given in legs:
                leg = self._leg(
                    given["calling_phone_number"],
                    given["called_phone_number"],
                    role="operator" if given.get("is_operator") else "contact",
                    is_operator=bool(given.get("is_operator")),
                    employee_id=given.get("employee_id"),
                    employee_full_name=given.get("employee_full_name"),
                )
                leg.leg_id = given.get("leg_id", leg.leg_id)
                call.legs.append(leg)
                call.recording = call.recording or bool(given.get("record_call_enabled"))
            return call.call_session_id

    def incoming_call(self, contact: str, virtual_phone_number: str) -> int:
        """A subscriber calls the account; returns the new call session id."""
        with self._lock:
            call = self._new_call("in", virtual_phone_number, contact, None)
            call.legs.append(self._leg(contact, virtual_phone_number, role="contact"))
            call.legs.append(self._leg(virtual_phone_number, "", role="operator", is_operator=True))
            self._settle(call)
            return call.call_session_id

    # -- one request --------------------------------------------------------------------------
    def take_drop(self, *, after_read: bool, method: str | None = None) -> bool:
        """Whether the server is to drop this connection now (called by the server)."""
        with self._lock:
            if self._drops:
                when, only = self._drops[0]
                if when == after_read and (only is None or only == method):
                    self._drops.popleft()
                    return True
            return False

    def handle(self, body: bytes, client_ip: str = "127.0.0.1") -> Outcome:
        """The answer to one HTTP request body."""
        with self._lock:
            request_id: Any = None
            delay = 0.0
            method: MethodSpec | None = None
            try:
                request = self._parse(body)
                self.requests.append(request)
                request_id = request["id"]
                method = METHODS[request["method"]]
                fault = self._faults.get(method.wire)
                if fault:
                    injected = fault.popleft()
                    delay = injected.delay
                    if injected.mnemonic is not None:
                        spec = self._error_spec(method, injected.mnemonic)
                        raise ApiFault(
                            spec.mnemonic,
                            spec=spec,
                            field=injected.where,
                            value=injected.value,
                            **injected.params,
                        )
                data = self._call_method(method, request.get("params", {}), client_ip)
            except ApiFault as fault_:
                answer: dict[str, Any] = {
                    "jsonrpc": "2.0",
                    "id": request_id,
                    "error": fault_.error(),
                }
                counted = fault_.spec.mnemonic not in NOT_COUNTED
            else:
                answer = {"jsonrpc": "2.0", "id": request_id, "result": {"data": data}}
                counted = True
            metadata = self._metadata(counted)
            if metadata:
                answer["metadata"] = metadata
            self.answers.append(answer)
            drop = self.take_drop(after_read=True, method=method.wire if method else None)
            return Outcome(json.dumps(answer, ensure_ascii=False).encode("utf-8"), delay, drop)

    def _parse(self, body: bytes) -> dict[str, Any]:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("latin-1")
            request = _loads(text)
            method = METHODS.get(request.get("method", "")) if isinstance(request, dict) else None
            if method is not None and any(
                e.mnemonic == "character_encoding_not_allowed" for e in method.errors
            ):
                raise ApiFault(
                    "character_encoding_not_allowed",
                    spec=self._error_spec(method, "character_encoding_not_allowed"),
                ) from None
            raise ApiFault("parse_error") from None
        request = _loads(text)
        if isinstance(request, list):
            raise ApiFault("batch_opreations_not_supported")
        if not isinstance(request, dict):
            raise ApiFault("invalid_request")
        if "id" not in request:
            raise ApiFault("notifications_not_supported")
        request_id = request["id"]
        if (
            request.get("jsonrpc") != "2.0"
            or not isinstance(request_id, (str, int))
            or isinstance(request_id, bool)
            or not isinstance(request.get("method"), str)
            or not isinstance(request.get("params", {}), dict)
            or set(request) - {"jsonrpc", "id", "method", "params"}
        ):
            raise ApiFault("invalid_request")
        if request["method"] not in METHODS:
            raise ApiFault("method_not_found", field="method", value=request["method"])
        return request

    # -- checks every method goes through -----------------------------------------------------
    def _call_method(self, method: MethodSpec, params: dict[str, Any], client_ip: str) -> Any:
        whitelist = self.world.ip_whitelist
        if whitelist is not None and client_ip not in whitelist:
            raise ApiFault("ip_not_whitelisted", ip=client_ip)
        _validate(method.params, {k: v for k, v in params.items() if k not in method.unlisted}, "")
        if any(p.name == "access_token" for p in method.params):
            self._authenticate(params["access_token"])
        if not self.account_active:
            raise ApiFault("account_inactive")
        if method.component in self.disabled_components:
            raise ApiFault("component_disabled", component_name=COMPONENT_NAMES[method.component])
        if method.wire in self.forbidden_methods:
            raise ApiFault("forbidden")
        weight = self.limits.weight(method.wire)
        for kind, budget in (("minute", self.limits.minute_limit), ("day", self.limits.day_limit)):
            if self._used_in(kind) + weight > budget:
                raise ApiFault("limit_exceeded", limit_type=kind, limit_max_value=budget)
        call = None
        if "call_session_id" in params:
            call = self.calls.get(params["call_session_id"])
            if call is None or call.state == FINAL:
                raise ApiFault(
                    "call_session_not_found",
                    field="call_session_id",
                    value=params["call_session_id"],
                )
            if method.allowed_states and call.state not in method.allowed_states:
                raise ApiFault("invalid_state", spec=self._error_spec(method, "invalid_state"))
        handler = getattr(self, "_" + method.wire.replace(".", "_"))
        data = handler(params, call) if call is not None else handler(params)
        if call is not None:
            transition = self._transition(call, method=method.wire)
            call.since.add(method.wire)
            if transition is not None:
                self._move(call, transition)
        for kind in ("minute", "day"):
            window, used = self._window(kind)
            self._used[kind] = (window, used + weight)
        return data

    def _authenticate(self, token: str) -> None:
        key = self._keys.get(token)
        if token in self._revoked or (key is None and not self._open) or not token:
            raise ApiFault("access_token_invalid")
        if key is None:
            return
        if key.blocked:
            raise ApiFault("access_token_blocked")
        if key.expires_at is not None and self.now >= key.expires_at:
            # the catalogue: an outlived session key is invalid; only permanent keys "expire"
            raise ApiFault("access_token_invalid" if key.session else "access_token_expired")

    def _window(self, kind: str) -> tuple[int, int]:
        length = 60 if kind == "minute" else 86400
        window = int(self.now - self._origin) // length
        last, used = self._used.get(kind, (window, 0))
        return window, used if last == window else 0

    def _used_in(self, kind: str) -> int:
        return self._window(kind)[1]

    def _metadata(self, counted: bool) -> dict[str, Any]:
        metadata: dict[str, Any] = {}
        if self.deprecated:
            metadata["api_version"] = {
                "current_version_depricated": True,
                "current_version": API_VERSION,
                "latest_version": self.latest_version,
            }
        if counted:
            elapsed = int(self.now - self._origin)
            metadata["limits"] = {
                "day_limit": self.limits.day_limit,
                "day_remaining": max(self.limits.day_limit - self._used_in("day"), 0),
                "day_reset": 86400 - elapsed % 86400,
                "minute_limit": self.limits.minute_limit,
                "minute_remaining": max(self.limits.minute_limit - self._used_in("minute"), 0),
                "minute_reset": 60 - elapsed % 60,
            }
        return metadata

    # -- the state machine --------------------------------------------------------------------
    def _transition(
        self, call: _Call, *, method: str | None = None, event: str | None = None
    ) -> Transition | None:
        """The transition that applies, a conditional one (``after``) first."""
        found = [
            t
            for t in TRANSITIONS
            if call.state in t.sources
            and (t.method, t.event) == (method, event)
            and (t.after is None or t.after in call.since)
        ]
        found.sort(key=lambda t: t.after is None)
        return found[0] if found else None

    def _move(self, call: _Call, transition: Transition) -> None:
        before = call.state
        call.state = transition.to
        if transition.to != before:
            call.since.clear()
        self._change_legs(call, before, transition)
        self._settle(call)

    def _settle(self, call: _Call) -> None:
        """Let the events that need no one happen: completions, and answers unless held back."""
        events = AUTOMATIC_EVENTS + (("answered",) if self.auto_answer else ())
        for event in events:
            transition = self._transition(call, event=event)
            if transition is not None:
                self._move(call, transition)
                return

    def _change_legs(self, call: _Call, before: str, transition: Transition) -> None:
        third = [leg for leg in call.legs if leg.role == "third"]
        if transition.method == "restore.talk" or (
            transition.event == "call_failed" and before == "dialing"
        ):
            call.legs = [leg for leg in call.legs if leg.role != "third"]
        elif transition.to == "talk" and before in ("dialing", "operator_talk") and third:
            call.legs = [
                leg for leg in call.legs if leg.role != "operator"
            ]  # transferred: (A) + (C)
            for leg in third:
                leg.role, leg.is_operator = "operator", True
        elif transition.event == "call_failed" and before == "call_coach":
            call.legs = [leg for leg in call.legs if leg.role != "coach"]

    # -- building blocks ----------------------------------------------------------------------
    def _method(self, wire: str) -> MethodSpec:
        if wire not in METHODS:
            raise ValueError(f"unknown method {wire!r}")
        return METHODS[wire]

    def _error_spec(self, method: MethodSpec, mnemonic: str) -> ErrorSpec:
        own = next((e for e in method.errors if e.mnemonic == mnemonic), None)
        if own is not None:
            return own
        if mnemonic in COMMON_ERRORS:
            return COMMON_ERRORS[mnemonic]
        raise ValueError(f"{method.wire} does not document the error {mnemonic!r}")

    def _fail(
        self,
        method: str,
        mnemonic: str,
        *,
        field: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> ApiFault:
        return ApiFault(
            mnemonic,
            spec=self._error_spec(METHODS[method], mnemonic),
            field=field,
            value=value,
            **params,
        )

    def _call(self, call_session_id: int) -> _Call:
        if call_session_id not in self.calls:
            raise ValueError(f"no call session {call_session_id}")
        return self.calls[call_session_id]

    def _id(self) -> int:
        return self._rng.randrange(100_000_000, 1_000_000_000)

    def _leg(
        self,
        calling: str,
        called: str,
        *,
        role: str,
        is_operator: bool = False,
        employee_id: int | None = None,
        employee_full_name: str | None = None,
    ) -> _Leg:
        if employee_id is not None and employee_full_name is None:
            employee_full_name = f"Employee {employee_id}"
        return _Leg(self._id(), calling, called, is_operator, employee_id, role, employee_full_name)

    def _new_call(
        self,
        direction: str,
        virtual_number: str,
        contact: str,
        external_id: str | None,
        call_session_id: int | None = None,
    ) -> _Call:
        stamp = datetime.fromtimestamp(self.now, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
        call_id = self._id() if call_session_id is None else call_session_id
        call = _Call(call_id, direction, stamp, virtual_number, contact, external_id, [])
        self.calls[call.call_session_id] = call
        return call

    def _check_message(self, method: str, params: Mapping[str, Any]) -> None:
        """The TTS length and media file of every message parameter ({type, value} objects)."""
        for name, value in params.items():
            if not (isinstance(value, dict) and set(value) == {"type", "value"}):
                continue
            if value["type"] == "tts" and len(value["value"]) > self.world.tts_max_length:
                raise self._fail(
                    method,
                    "tts_text_exceeded",
                    field=f"{name}.value",
                    value=value["value"],
                    tts_message_max_length=self.world.tts_max_length,
                    sent_tts_message_length=len(value["value"]),
                )
            if value["type"] == "media":
                self._check_media(method, f"{name}.value", value["value"])

    def _check_media(self, method: str, where: str, media_file_id: Any) -> None:
        files = self.world.media_files
        if files is not None and str(media_file_id) not in {str(f) for f in files}:
            raise self._fail(
                method,
                "media_file_not_found",
                field=where,
                value=media_file_id,
                media_file_id=media_file_id,
            )

    # -- the methods --------------------------------------------------------------------------
    def _login_user(self, params: Mapping[str, Any]) -> dict[str, Any]:
        login, password = params["login"], params["password"]
        if not self._open and self._users.get(login) != password:
            raise ApiFault("auth_error")
        if not login or not password:
            raise ApiFault("auth_error")
        token = f"{self._rng.getrandbits(288):072x}"
        expires = int(self.now) + SESSION_LIFETIME
        self._keys[token] = _Key(expires, session=True)
        return {"access_token": token, "expire_at": expires}

    def _logout_user(self, params: Mapping[str, Any]) -> dict[str, Any]:
        token = params["access_token"]
        key = self._keys.get(token)
        if key is None or key.session:
            self._revoked.add(token)
        return {"success": True}

    def _start(
        self, method: str, params: Mapping[str, Any], operator: _Leg | None
    ) -> dict[str, Any]:
        """What the five start methods share: the checks, then a new call session."""
        world = self.world
        number = params["virtual_phone_number"]
        contact = params["contact"]
        if world.virtual_numbers is not None and number not in world.virtual_numbers:
            raise self._fail(
                method,
                "virtual_phone_number_not_found",
                field="virtual_phone_number",
                value=number,
                virtual_phone_number=number,
            )
        if world.virtual_numbers is not None and contact in world.virtual_numbers:
            raise self._fail(
                method, "own_virtual_phone_number_not_allowed", field="contact", value=contact
            )
        if contact in world.blacklist:
            raise self._fail(
                method, "contact_in_blacklist", field="contact", value=contact, contact=contact
            )
        if params.get("early_switching") is True and (
            params.get("first_call") == "contact" or not params.get("switch_at_once")
        ):
            raise self._fail(
                method, "invalid_parameters_combination", field="early_switching", value=True
            )
        if "media_file_id" in params:
            self._check_media(method, "media_file_id", params["media_file_id"])
        self._check_message(method, params)
        call = self._new_call(
            params.get("direction", "in"), number, contact, params.get("external_id")
        )
        call.legs.append(self._leg(number, contact, role="contact"))
        if operator is not None:
            call.legs.append(operator)
            call.recording_fixed = call.recording = operator.employee_id in world.recorded_employees
        self._settle(call)
        return {"call_session_id": call.call_session_id}

    def _start_employee_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        employee = params["employee"]
        employees = self.world.employees
        phones: Sequence[str] = [employee.get("phone_number") or "2000"]
        if employees is not None:
            if employee["id"] not in employees:
                raise self._fail(
                    "start.employee_call",
                    "employee_not_found",
                    field="employee.id",
                    value=employee["id"],
                    employee_id=employee["id"],
                )
            phones = employees[employee["id"]]
            wanted = employee.get("phone_number")
            if not phones or (wanted is not None and wanted not in phones):
                raise self._fail(
                    "start.employee_call",
                    "no_active_phone_number",
                    field="employee.phone_number",
                    value=wanted,
                )
        operator = self._leg(
            params["virtual_phone_number"],
            phones[0],
            role="operator",
            is_operator=True,
            employee_id=employee["id"],
        )
        return self._start("start.employee_call", params, operator)

    def _start_simple_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        operator = self._leg(
            params["virtual_phone_number"], params["operator"], role="operator", is_operator=True
        )
        return self._start("start.simple_call", params, operator)

    def _start_scenario_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        scenarios = self.world.scenarios
        if scenarios is not None and params["scenario_id"] not in scenarios:
            raise self._fail(
                "start.scenario_call",
                "scenario_not_found",
                field="scenario_id",
                value=params["scenario_id"],
                scenario_id=params["scenario_id"],
            )
        operator = self._leg(params["virtual_phone_number"], "", role="operator", is_operator=True)
        return self._start("start.scenario_call", params, operator)

    def _start_vnumber_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        number = params["virtual_phone_number"]
        with_scenario, own = self.world.numbers_with_scenario, self.world.virtual_numbers
        if (
            with_scenario is not None
            and number not in with_scenario
            and (own is None or number in own)
        ):
            raise self._fail(
                "start.vnumber_call",
                "scenario_not_found",
                field="virtual_phone_number",
                value=number,
            )
        operator = self._leg(number, "", role="operator", is_operator=True)
        return self._start("start.vnumber_call", params, operator)

    def _start_informer_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return self._start("start.informer_call", params, None)

    def _list_calls(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "call_session_id": call.call_session_id,
                "direction": call.direction,
                "start_time": call.start_time,
                "virtual_phone_number": call.virtual_phone_number,
                "contact_phone_number": call.contact,
                "external_id": call.external_id,
                "tags": [{"tag_id": tag_id, "tag_name": name} for tag_id, name in call.tags],
                "legs": [
                    {
                        "leg_id": leg.leg_id,
                        "calling_phone_number": leg.calling,
                        "called_phone_number": leg.called,
                        "is_operator": leg.is_operator,
                        "employee_id": leg.employee_id,
                        "employee_full_name": leg.employee_full_name,
                        "record_call_enabled": call.recording,
                        "state": LEG_LABELS.get(call.state, "Conversation"),
                    }
                    for leg in call.legs
                ],
            }
            for call in self.calls.values()
            if call.state != FINAL
            and params.get("direction", call.direction) == call.direction
            and params.get("virtual_phone_number", call.virtual_phone_number)
            == call.virtual_phone_number
        ]

    def _list_talk_options(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "button": o.button,
                "mnemonic": o.mnemonic,
                "name": o.name,
                "button_value": o.button_value,
            }
            for o in self.world.talk_options
        ]

    def _hold_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        self._check_message("hold.call", params)
        return {"success": True}

    def _unhold_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        return {"success": True}

    def _make_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        if params["to"] in self.world.inactive_numbers:
            raise self._fail("make.call", "no_active_phone_number", field="to", value=params["to"])
        self._check_message("make.call", params)
        call.legs.append(self._leg(call.virtual_phone_number, params["to"], role="third"))
        return {"success": True}

    def _restore_talk(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        return {"success": True}

    def _transfer_talk(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        return {"success": True}

    def _release_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        return {"success": True}

    def _send_dtmf(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        return {"success": True}

    def _disconnect_leg(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        leg = next((x for x in call.legs if x.leg_id == params["leg_id"]), None)
        if leg is None:
            raise self._fail(
                "disconnect.leg", "leg_not_found", field="leg_id", value=params["leg_id"]
            )
        call.legs.remove(leg)
        return {"success": True}

    def _add_coach(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        number = params.get("phone_number") or self.world.coach
        if number is None:
            raise self._fail("add.coach", "coach_not_found")
        if number in self.world.inactive_numbers:
            raise self._fail(
                "add.coach", "no_active_phone_number", field="phone_number", value=number
            )
        call.legs.append(self._leg(call.virtual_phone_number, number, role="coach"))
        return {"success": True}

    def _record_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        on = params["action"] == "on"
        if on and call.recording:
            raise self._fail("record.call", "record_already_started", field="action", value="on")
        if not on and call.recording_fixed:
            raise self._fail("record.call", "forbidden", field="action", value="off")
        if not on and not call.recording:
            raise self._fail("record.call", "record_already_stopped", field="action", value="off")
        call.recording = on
        return {"success": True}

    def _tag_call(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        tag_id = params["tag_id"]
        tags = self.world.tags
        if tags is not None and tag_id not in tags:
            raise self._fail(
                "tag.call", "tag_not_found", field="tag_id", value=tag_id, tag_id=tag_id
            )
        if any(t == tag_id for t, _ in call.tags):
            raise self._fail("tag.call", "duplicate_tag", field="tag_id", value=tag_id)
        call.tags.append((tag_id, tags[tag_id] if tags is not None else f"Tag {tag_id}"))
        return {"success": True}

    def _block_contact(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        if call.contact in self.world.blacklist:
            raise self._fail(
                "block.contact", "duplicate_contact", contact_phone_number=call.contact
            )
        self.world.blacklist.add(call.contact)
        return {"success": True}

    def _call_talk_option(self, params: Mapping[str, Any], call: _Call) -> dict[str, Any]:
        option = next((o for o in self.world.talk_options if o.button == params["button"]), None)
        if option is None:
            raise self._fail(
                "call.talk_option", "talk_option_not_found", field="button", value=params["button"]
            )
        if option.mnemonic == "record_talk" and call.recording_fixed:
            raise self._fail(
                "call.talk_option", "forbidden", field="button", value=params["button"]
            )
        if option.mnemonic == "record_talk":
            call.recording = not call.recording
        return {"success": True}


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise ApiFault("parse_error") from None


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _is_type(value: Any, kind: str) -> bool:
    """Whether a JSON value has a documented type (true is no number here, unlike in Python)."""
    return isinstance(value, _JSON_TYPES[kind]) and (
        kind == "boolean" or not isinstance(value, bool)
    )


def _validate(params: Sequence[Param], given: Mapping[str, Any], prefix: str) -> None:
    """Check ``given`` against the documented parameters, as the API does; raise the first problem."""
    documented = {p.name for p in params}
    for name in given:
        if name not in documented:
            raise ApiFault("unexpected_parameters", field=prefix + name, value=given[name])
    for p in params:
        if p.name not in given:
            if p.required:
                raise ApiFault("required_parameter_missed", field=prefix + p.name)
            continue
        _check_value(p, given[p.name], prefix + p.name)


def _check_value(p: Param, value: Any, where: str) -> None:
    if value is None:
        if not p.nullable:
            raise ApiFault("data_type_error", field=where, value=value)
        return
    if not _is_type(value, p.type):
        raise ApiFault("data_type_error", field=where, value=value)
    if p.enum and value not in p.enum:
        raise ApiFault("invalid_parameter_value", field=where, value=value)
    pattern = FORMATS.get(p.format or "")
    if pattern is not None and not pattern.fullmatch(value):
        raise ApiFault("invalid_parameter_value", field=where, value=value)
    size = len(value) if isinstance(value, (str, list)) else None
    for low, high, measure in (
        (p.minimum, p.maximum, value if p.type in ("integer", "number") else None),
        (p.min_length, p.max_length, size if p.type == "string" else None),
        (p.min_items, p.max_items, size if p.type == "array" else None),
    ):
        if measure is not None and (
            (low is not None and measure < low) or (high is not None and measure > high)
        ):
            raise ApiFault("invalid_parameter_value", field=where, value=value)
    if p.type == "object" and p.fields:
        _validate(p.fields, value, where + ".")
    if p.type == "array" and p.items is not None:
        for i, item in enumerate(value):
            _check_value(p.items, item, f"{where}[{i}]")
