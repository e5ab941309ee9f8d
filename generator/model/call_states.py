"""The call state machine of call_states.yaml: names checked, every state reachable and leading
to the end, and each method file's `states` agreeing with the transitions."""

from __future__ import annotations

from typing import Any

from ..loader import SourceFile
from .context import BuildContext, notes
from .types import CallState, CallStates, Method, Transition

__all__ = ["read_call_states"]


def read_call_states(ctx: BuildContext, methods: dict[str, tuple[Method, SourceFile]]) -> CallStates:
    source = ctx.raw.call_states
    data = source.data
    ctx.unique(source, ("states",), data["states"], "id", "state")
    ctx.unique(source, ("events",), data["events"], "id", "event")
    state_ids = [s["id"] for s in data["states"]]
    event_ids = {e["id"] for e in data["events"]}

    def state(path: tuple[Any, ...], value: str) -> None:
        if value not in state_ids:
            ctx.error(source, path, f"unknown state '{value}' (expected one of: {', '.join(state_ids)})")

    def method(path: tuple[Any, ...], value: str) -> None:
        if value not in methods:
            ctx.error(source, path, f"unknown method '{value}'")

    state(("initial",), data["initial"])
    state(("final",), data["final"])
    for i, wire in enumerate(data["starts"]["methods"]):
        method(("starts", "methods", i), wire)
    transitions = []
    for i, t in enumerate(data["transitions"]):
        for j, value in enumerate(t["from"]):
            state(("transitions", i, "from", j), value)
        state(("transitions", i, "to"), t["to"])
        if "method" in t:
            method(("transitions", i, "method"), t["method"])
        if "after" in t:
            method(("transitions", i, "after"), t["after"])
        if "event" in t and t["event"] not in event_ids:
            known = ", ".join(e["id"] for e in data["events"])
            ctx.error(source, ("transitions", i, "event"), f"unknown event '{t['event']}' (expected one of: {known})")
        transitions.append(
            Transition(
                sources=tuple(t["from"]),
                to=t["to"],
                method=t.get("method"),
                event=t.get("event"),
                after=t.get("after"),
                note=t.get("note", "").strip(),
            )
        )
    machine = CallStates(
        description=data["description"].strip(),
        initial=data["initial"],
        final=data["final"],
        start_methods=tuple(data["starts"]["methods"]),
        start_note=data["starts"].get("note", "").strip(),
        states=tuple(CallState(s["id"], s["description"].strip()) for s in data["states"]),
        events=tuple(CallState(e["id"], e["description"].strip()) for e in data["events"]),
        transitions=tuple(transitions),
        notes=notes(data.get("notes")),
    )
    if ctx.errors:
        return machine  # the walks below need a machine without unknown names
    # every state is reached from the initial one, and leads on to the final one
    reached = _closure({machine.initial}, [(set(t.sources), t.to) for t in transitions])
    ending = _closure({machine.final}, [({t.to}, s) for t in transitions for s in t.sources])
    for i, s in enumerate(data["states"]):
        if s["id"] not in reached:
            ctx.error(source, ("states", i, "id"), f"state '{s['id']}' cannot be reached from '{machine.initial}'")
        elif s["id"] not in ending:
            ctx.error(source, ("states", i, "id"), f"state '{s['id']}' never leads to '{machine.final}'")
    # the method files' `states` are exactly where the machine lets the method act
    for wire, (m, msource) in methods.items():
        drawn = machine.allowed(wire)
        if m.states:
            for j, value in enumerate(m.states):
                if value not in state_ids:
                    ctx.error(msource, ("states", "allowed", j), f"unknown state '{value}' (see call_states.yaml)")
            if set(m.states) <= set(state_ids) and set(m.states) != set(drawn):
                shown = ", ".join(drawn) or "no state"
                ctx.error(
                    msource,
                    ("states", "allowed"),
                    f"states of '{wire}' disagree with call_states.yaml, whose transitions take it from: {shown}",
                )
        elif "invalid_state" in (e.mnemonic for e in m.errors) and not drawn:
            ctx.error(msource, ("errors",), f"'{wire}' can answer invalid_state, but call_states.yaml gives it no transition")
    return machine


def _closure(start: set[str], edges: list[tuple[set[str], str]]) -> set[str]:
    """Every node reachable from ``start`` along (sources -> target) edges."""
    found = set(start)
    while True:
        more = {target for sources, target in edges if sources & found} - found
        if not more:
            return found
        found |= more
