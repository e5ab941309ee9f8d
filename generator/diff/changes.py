"""One classified change between two APIs, and what a set of them means for a version number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["BUMPS", "SEVERITIES", "Change", "bump_for", "severity"]

# Most severe first; the summary and the changelog list changes in this order.
SEVERITIES: tuple[tuple[str, str], ...] = (
    ("breaking", "Breaking on the wire and in the SDK"),
    ("sdk-breaking", "Breaking in the SDK only (the wire stays compatible)"),
    ("wire-breaking", "Breaking on the wire only (SDK users are not affected)"),
    ("compatible", "Compatible changes"),
    ("docs", "Documentation only"),
)
BUMPS = ("major", "minor", "patch")


@dataclass(frozen=True)
class Change:
    """``wire``: would a program that worked against the old API still work; ``sdk``: would code
    that type-checked against the old SDK still type-check and behave. ``docs``: the change is
    in words only (descriptions, notes, examples), nothing a program could observe."""

    kind: str  # e.g. param.added.required; stable, for tools
    where: str  # e.g. hold.call params.call_session_id
    text: str  # one line, own words
    wire_breaking: bool = False
    sdk_breaking: bool = False
    docs: bool = False
    note: str = ""  # a caveat, e.g. who else it breaks

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["wire"] = "breaking" if self.wire_breaking else "compatible"
        data["sdk"] = "breaking" if self.sdk_breaking else "compatible"
        data["severity"] = severity(self)
        del data["wire_breaking"], data["sdk_breaking"]
        return data


def severity(change: Change) -> str:
    if change.wire_breaking and change.sdk_breaking:
        return "breaking"
    if change.sdk_breaking:
        return "sdk-breaking"
    if change.wire_breaking:
        return "wire-breaking"
    return "docs" if change.docs else "compatible"


def bump_for(changes: Iterable[Change]) -> str | None:
    """Semantic versioning of an SDK: SDK-breaking -> major, any other observable change -> minor,
    words only -> patch; None when nothing changed."""
    changes = list(changes)
    if not changes:
        return None
    if any(c.sdk_breaking for c in changes):
        return "major"
    if any(not c.docs for c in changes):
        return "minor"
    return "patch"
