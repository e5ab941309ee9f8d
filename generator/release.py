"""Versions and changelogs of the generated packages, kept in ``releases.yaml`` at the root.

The file records every release, newest first: the git tree of spec/ it was made from (what the
next release diffs against), the API version, the classified API changes, and per target the
package version and the git tree of its templates (so a template-only fix counts as a patch).
The generator reads it for each package's version and ``CHANGELOG.md``; ``python -m generator
release`` appends to it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .diff import SEVERITIES, Change, DiffInputError, as_text, bump_for, compare, load_side, severity, spec_tree_id
from .diff.report import line
from .errors import Location, SpecError, SpecErrors
from .model import Api
from .model.types import Package
from .render.filters import md_text

__all__ = ["Plan", "apply", "load_packages", "plan"]

HEADER = """\
# Release state of the generated packages: written by `python -m generator release`, read by the
# generator (each package's version and CHANGELOG.md). Newest release first; `spec` is the git tree
# of spec/ a release was made from, which the next release diffs against.
"""
_CHANGE = {
    "type": "object",
    "required": ["kind", "where", "text", "wire", "sdk", "docs"],
    "properties": {
        "kind": {"type": "string"},
        "where": {"type": "string"},
        "text": {"type": "string"},
        "wire": {"enum": ["breaking", "compatible"]},
        "sdk": {"enum": ["breaking", "compatible"]},
        "docs": {"type": "boolean"},
        "note": {"type": "string"},
    },
}
_TREE = {"type": "string", "pattern": "^[0-9a-f]{40}$"}
_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["project", "packages", "releases"],
    "properties": {
        "project": {
            "type": "object",
            "additionalProperties": False,
            "required": ["license", "repository", "api_docs"],
            "properties": {"license": {"type": "string"}, "repository": {"type": "string"}, "api_docs": {"type": "string"}},
        },
        "packages": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "title"],
                "properties": {"name": {"type": "string"}, "title": {"type": "string"}},
            },
        },
        "releases": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["date", "spec", "api_version", "targets", "changes"],
                "properties": {
                    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    "spec": _TREE,
                    "api_version": {"type": "string"},
                    "targets": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["version", "templates"],
                            "properties": {
                                "version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"},
                                "templates": _TREE,
                                "notes": {"type": "array", "items": {"type": "string"}},
                            },
                        },
                    },
                    "changes": {"type": "array", "items": _CHANGE},
                },
            },
        },
    },
}


def _read(path: Path) -> dict[str, Any]:
    where = Location(path.name)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except FileNotFoundError:
        raise SpecErrors([SpecError(where, "the release state file is missing")]) from None
    except yaml.YAMLError as exc:
        raise SpecErrors([SpecError(where, f"not valid YAML: {' '.join(str(exc).split())}")]) from None
    problems = [
        SpecError(where, f"{'.'.join(str(p) for p in e.absolute_path) or 'top level'}: {e.message}")
        for e in jsonschema.Draft202012Validator(_SCHEMA).iter_errors(data)
    ]
    if not problems:
        for target in data["packages"]:
            if not any(target in r["targets"] for r in data["releases"]):
                problems.append(SpecError(where, f"package '{target}' has no release"))
    if problems:
        raise SpecErrors(problems)
    return dict(data)


def _change(data: dict[str, Any]) -> Change:
    return Change(
        kind=data["kind"],
        where=data["where"],
        text=data["text"],
        wire_breaking=data["wire"] == "breaking",
        sdk_breaking=data["sdk"] == "breaking",
        docs=data["docs"],
        note=data.get("note", ""),
    )


def _changelog(name: str, title: str, target: str, releases: Sequence[dict[str, Any]]) -> str:
    out = [
        f"# Changelog of {name} ({title})",
        "",
        "Every release, newest first. Versions follow semantic versioning of the SDK: a major release may",
        "break code written for the one before, a minor one adds or changes behaviour compatibly, a patch",
        "fixes or rewords. Each change says whether it breaks programs on the wire (any client of the API)",
        "and whether it breaks code written against this SDK.",
    ]
    for release in releases:
        mine = release["targets"].get(target)
        if mine is None:
            continue
        out += ["", f"## {mine['version']} ({release['date']}, Call API {release['api_version']})", ""]
        out += [md_text(note) for note in mine.get("notes", ())]
        changes = [_change(c) for c in release["changes"]]
        if mine.get("notes") and changes:
            out.append("")
        for key, heading in SEVERITIES:
            group = [c for c in changes if severity(c) == key]
            if group:
                out += [f"### {heading}", "", *(md_text(line(c)) for c in group), ""]
        while out[-1] == "":
            out.pop()
    return "\n".join(out) + "\n"


def load_packages(path: Path) -> tuple[Package, ...]:
    """Each package's version and changelog, for the model."""
    data = _read(path)
    packages = []
    for target, info in data["packages"].items():
        version = next(r["targets"][target]["version"] for r in data["releases"] if target in r["targets"])
        changelog = _changelog(info["name"], info["title"], target, data["releases"])
        packages.append(Package(target=target, name=info["name"], version=version, changelog=changelog, **data["project"]))
    return tuple(packages)


def _bump(version: str, kind: str) -> str:
    major, minor, patch = (int(p) for p in version.split("."))
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass
class Plan:
    """What a release would do: the API changes, and per target the bump and the new version."""

    old_label: str
    changes: list[Change]
    targets: dict[str, tuple[str, str, str, list[str]]]  # target -> (old version, bump, new version, notes)
    entry: dict[str, Any]

    def summary(self) -> str:
        lines = [as_text(self.changes, self.old_label, "working tree"), ""]
        if not self.targets:
            lines.append("nothing to release: no API change and no template change since the last release")
        for target, (old, bump, new, notes) in self.targets.items():
            why = f"; {' '.join(notes)}" if notes else ""
            lines.append(f"{target}: {old} -> {new} ({bump}{why})")
        return "\n".join(lines)


def plan(releases: Path, root: Path, spec: Path, templates: Path, api: Api, today: datetime.date | None = None) -> Plan:
    """Diff spec/ against the last release and work out each package's next version."""
    data = _read(releases)
    last = data["releases"][0]
    try:
        old = load_side(last["spec"], root)
    except DiffInputError as exc:
        raise DiffInputError(f"{exc} (the last release's spec; is the release commit in this repository?)") from None
    old_label = f"the last release ({last['date']})"
    changes = compare(old.api, api)
    api_bump = bump_for(changes)
    targets: dict[str, tuple[str, str, str, list[str]]] = {}
    entry_targets: dict[str, Any] = {}
    for target in data["packages"]:
        version = next(r["targets"][target]["version"] for r in data["releases"] if target in r["targets"])
        previous_templates = next(r["targets"][target]["templates"] for r in data["releases"] if target in r["targets"])
        tree = spec_tree_id(root, templates / target)
        notes = []
        if tree != previous_templates:
            notes.append("The generated code or package files changed (no change to the API).")
        bump = api_bump or ("patch" if notes else None)
        if bump is None:
            continue
        new_version = _bump(version, bump)
        targets[target] = (version, bump, new_version, notes)
        entry_targets[target] = {"version": new_version, "templates": tree, **({"notes": notes} if notes else {})}
    entry = {
        "date": (today or datetime.datetime.now(datetime.timezone.utc).date()).isoformat(),
        "spec": spec_tree_id(root, spec),
        "api_version": api.version,
        "targets": entry_targets,
        "changes": [{k: v for k, v in c.to_json().items() if k != "severity" and (k != "note" or v)} for c in changes],
    }
    return Plan(old_label, changes, targets, entry)


def apply(releases: Path, release_plan: Plan) -> None:
    """Record the planned release as the newest in ``releases.yaml``."""
    data = _read(releases)
    data["releases"].insert(0, release_plan.entry)
    text = HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)
    releases.write_text(text, "utf-8")
