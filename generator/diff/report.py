"""The diff for people (grouped by severity) and for tools (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .changes import SEVERITIES, Change, bump_for, severity

__all__ = ["as_json", "as_text", "counts", "fails"]

FAIL_ON = ("breaking", "wire", "sdk", "any", "never")


def counts(changes: Sequence[Change]) -> dict[str, int]:
    found = {key: 0 for key, _ in SEVERITIES}
    for change in changes:
        found[severity(change)] += 1
    return found


def fails(changes: Sequence[Change], fail_on: str) -> bool:
    """Whether a CI gate set to ``fail_on`` (one of FAIL_ON) should fail on these changes."""
    tests = {
        "breaking": lambda c: c.wire_breaking or c.sdk_breaking,
        "wire": lambda c: c.wire_breaking,
        "sdk": lambda c: c.sdk_breaking,
        "any": lambda c: True,
        "never": lambda c: False,
    }
    return any(tests[fail_on](c) for c in changes)


def line(change: Change) -> str:
    """One change as a Markdown list item: where, what, and the note."""
    note = f" ({change.note})" if change.note else ""
    return f"- `{change.where}`: {change.text}{note}"


def as_text(changes: Sequence[Change], old: str, new: str) -> str:
    if not changes:
        return f"API diff {old} -> {new}: no changes to the API"
    tally = counts(changes)
    summary = ", ".join(f"{n} {key}" for key, n in tally.items() if n)
    out = [f"API diff {old} -> {new}: {len(changes)} change(s): {summary}"]
    for key, title in SEVERITIES:
        group = [c for c in changes if severity(c) == key]
        if group:
            out += ["", f"{title} ({len(group)}):", *(f"  {line(c)}" for c in group)]
    out += ["", f"SDK version bump this calls for: {bump_for(changes)}"]
    return "\n".join(out)


def as_json(changes: Sequence[Change], old: str, new: str) -> str:
    data = {
        "old": old,
        "new": new,
        "bump": bump_for(changes),
        "counts": counts(changes),
        "changes": [c.to_json() for c in changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)
