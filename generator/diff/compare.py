"""Compare two normalized APIs (``generator.model.Api``) and classify every difference.

The comparison runs on the model, not on YAML, so it sees what the SDKs see: identifiers
(``Names.snake`` is the keyword argument, ``model_name`` the class), resolved error classes,
nested fields at any depth. Values flow two ways, and that decides what is breaking:

- ``in`` (request parameters): widening (a new allowed value, null allowed, a parameter made
  optional) is compatible, narrowing breaks callers;
- ``out`` (results, ``metadata``, the ``error`` object): narrowing is compatible, widening
  breaks readers (a field that may now be missing or null, a new enum value for strict clients).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..model import Api, Field, Method
from ..model.types import ErrorDef, MethodError, Result
from .changes import Change

__all__ = ["compare"]

_DOC_ATTRS = ("description", "allowed_text", "documented_type", "notes", "editions")
_STRICT_NOTE = "strict clients that reject unknown values break; the generated SDKs accept them"
_TOLERANT_NOTE = "readers that validate the answer strictly may break; the generated SDKs do not"


def _label(field: Field) -> str:
    return field.name.wire if field.name is not None else "[]"


def _signature(field: Field) -> Any:
    """What a rename keeps: everything but the name and the class names derived from it."""
    return (
        field.type,
        field.description,
        field.required,
        field.nullable,
        field.enum,
        field.format,
        field.has_default,
        repr(field.default),
        field.unit,
        tuple((_label(f), _signature(f)) for f in field.fields),
        _signature(field.items) if field.items is not None else None,
    )


class _Differ:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.error_renames: dict[str, str] = {}  # old mnemonic -> new, found in the catalogue

    def add(
        self, kind: str, where: str, text: str, *, wire: bool = False, sdk: bool = False, docs: bool = False, note: str = ""
    ) -> None:
        self.changes.append(Change(kind, where, text, wire, sdk, docs, note))

    def docs(self, kind: str, where: str, what: str, old: Any, new: Any) -> None:
        if old != new:
            self.add(kind, where, f"{what} changed", docs=True)

    # -- fields --------------------------------------------------------------------------------
    def fields(self, where: str, old: Iterable[Field], new: Iterable[Field], flow: str) -> None:
        before = {_label(f): f for f in old}
        after = {_label(f): f for f in new}
        removed = [before[n] for n in before if n not in after]
        added = [after[n] for n in after if n not in before]
        for name in (n for n in before if n in after):
            self.field(f"{where}.{name}", before[name], after[name], flow)
        # a removed and an added field alike in everything but the name: a rename
        for old_field in list(removed):
            match = next((f for f in added if _signature(f) == _signature(old_field)), None)
            if match is not None:
                removed.remove(old_field)
                added.remove(match)
                self.renamed(where, old_field, match, flow)
        for f in removed:
            self.removed(f"{where}.{_label(f)}", f, flow)
        for f in added:
            self.added(f"{where}.{_label(f)}", f, flow)

    def renamed(self, where: str, old: Field, new: Field, flow: str) -> None:
        assert old.name is not None and new.name is not None
        text = f"renamed from `{old.name.wire}` to `{new.name.wire}`"
        # the SDK names a parameter or attribute by its snake_case form: a change of wire spelling alone is invisible
        sdk = old.name.snake != new.name.snake
        note = "" if sdk else "the SDK identifier stays the same"
        kind = "param.renamed" if flow == "in" else "field.renamed"
        self.add(kind, f"{where}.{new.name.wire}", text, wire=True, sdk=sdk, note=note)

    def removed(self, where: str, field: Field, flow: str) -> None:
        if flow == "in":
            self.add(
                "param.removed",
                where,
                "parameter removed",
                wire=True,
                sdk=True,
                note="the server rejects parameters it does not know",
            )
        else:
            self.add("field.removed", where, "field removed from the answer", wire=True, sdk=True)

    def added(self, where: str, field: Field, flow: str) -> None:
        if flow == "in":
            if field.required:
                self.add("param.added.required", where, "required parameter added", wire=True, sdk=True)
            else:
                self.add("param.added.optional", where, "optional parameter added")
        else:
            self.add("field.added", where, "field added to the answer", note=_TOLERANT_NOTE)

    def field(self, where: str, old: Field, new: Field, flow: str) -> None:
        inbound = flow == "in"
        assert old.name is None or new.name is None or old.name.wire == new.name.wire
        if old.type != new.type:
            # an integer is a number in both SDKs' type systems: integer -> number widens
            widened = (old.type, new.type) == ("integer", "number")
            narrowed = (old.type, new.type) == ("number", "integer")
            breaking = not ((inbound and widened) or (not inbound and narrowed))
            self.add("type.changed", where, f"type changed from {old.type} to {new.type}", wire=breaking, sdk=breaking)
            return  # what else changed follows from the new type
        if old.required != new.required:
            if inbound:
                if new.required:
                    self.add("param.required", where, "parameter is now required", wire=True, sdk=True)
                else:
                    self.add("param.optional", where, "parameter is now optional")
            elif new.required:
                self.add("field.required", where, "field is now always present")
            else:
                self.add("field.optional", where, "field may now be missing from the answer", wire=True, sdk=True)
        if old.nullable != new.nullable:
            widened = new.nullable
            breaking = widened != inbound
            state = "may now be null" if widened else "may no longer be null"
            self.add("nullable.changed", where, state, wire=breaking, sdk=breaking)
        self.enum(where, old, new, inbound)
        if old.has_default != new.has_default or (old.has_default and old.default != new.default):
            if old.has_default and new.has_default:
                self.add(
                    "default.changed",
                    where,
                    f"default changed from {old.default!r} to {new.default!r}",
                    wire=True,
                    sdk=True,
                    note="calls that leave it out now behave differently",
                )
            else:
                self.add(
                    "default.documented" if new.has_default else "default.undocumented",
                    where,
                    "default documented" if new.has_default else "default no longer documented",
                    docs=True,
                )
        self.constraints(where, old, new, inbound)
        if old.unit != new.unit:
            self.add("unit.changed", where, f"unit changed from {old.unit} to {new.unit}", wire=True, sdk=True)
        if old.model_name != new.model_name and old.model_name and new.model_name:
            self.add(
                "model.renamed",
                where,
                f"class renamed from {old.model_name} to {new.model_name}",
                sdk=True,
                note="code that names the class breaks; the values are the same",
            )
        if old.preferred != new.preferred:
            spelling = new.preferred.wire if new.preferred else None
            self.add("spelling.changed", where, f"alternative wire spelling now {spelling!r}", note="both spellings are read")
        self.deprecation(where, old.deprecated, new.deprecated)
        for attr in _DOC_ATTRS:
            self.docs(f"{attr}.changed", where, attr.replace("_", " "), getattr(old, attr), getattr(new, attr))
        self.fields(where, old.fields, new.fields, flow)
        if old.items is not None and new.items is not None:
            self.field(f"{where}[]", old.items, new.items, flow)

    def enum(self, where: str, old: Field, new: Field, inbound: bool) -> None:
        if old.enum == new.enum:
            return
        if _allowed(old) == _allowed(new):
            self.add("enum.listed", where, "allowed values written differently (the same values)", docs=True)
            return
        if not _allowed(old) or not _allowed(new):
            narrowed = bool(_allowed(new))
            text = "allowed values now limited to a list" if narrowed else "any value now allowed (the list is gone)"
            self.add(
                "enum.narrowed" if narrowed else "enum.widened", where, text, wire=narrowed == inbound, sdk=narrowed == inbound
            )
            return
        gone = [v for v in old.enum if v not in new.enum]
        came = [v for v in new.enum if v not in old.enum]
        if gone:
            listing = ", ".join(repr(v) for v in gone)
            self.add("enum.narrowed", where, f"allowed values removed: {listing}", wire=inbound, sdk=inbound)
        if came:
            listing = ", ".join(repr(v) for v in came)
            if inbound:
                self.add("enum.widened", where, f"allowed values added: {listing}")
            else:
                self.add("enum.widened", where, f"new values in the answer: {listing}", wire=True, note=_STRICT_NOTE)

    def constraints(self, where: str, old: Field, new: Field, inbound: bool) -> None:
        def tighter(lower: bool, a: Any, b: Any) -> bool | None:
            """Whether b constrains more than a (None: no change)."""
            if a == b:
                return None
            if a is None or b is None:
                return b is not None
            return bool(b > a) if lower else bool(b < a)

        for attr, lower in (
            ("minimum", True),
            ("maximum", False),
            ("min_length", True),
            ("max_length", False),
            ("min_items", True),
            ("max_items", False),
        ):
            narrowed = tighter(lower, getattr(old, attr), getattr(new, attr))
            if narrowed is not None:
                text = f"{attr.replace('_', ' ')} changed from {getattr(old, attr)} to {getattr(new, attr)}"
                breaking = narrowed == inbound
                self.add("range.narrowed" if narrowed else "range.widened", where, text, wire=breaking, sdk=breaking)
        if old.format != new.format:
            narrowed = new.format is not None
            breaking = narrowed == inbound
            self.add("format.changed", where, f"format changed from {old.format} to {new.format}", wire=breaking, sdk=breaking)

    def deprecation(self, where: str, old: str, new: str) -> None:
        if old and not new:
            self.add("deprecation.withdrawn", where, "no longer deprecated")
        elif new and not old:
            self.add("deprecated", where, f"deprecated: {new.splitlines()[0]}", note="still works; plan to move off it")
        elif old != new:
            self.add("deprecation.reworded", where, "deprecation note changed", docs=True)

    # -- methods -------------------------------------------------------------------------------
    def methods(self, old: Iterable[Method], new: Iterable[Method]) -> None:
        before = {m.wire: m for m in old}
        after = {m.wire: m for m in new}
        for wire in before:
            if wire not in after:
                self.add("method.removed", wire, "method removed", wire=True, sdk=True)
        for wire, method in after.items():
            if wire not in before:
                self.add("method.added", wire, "method added")
            else:
                self.method(before[wire], method)

    def method(self, old: Method, new: Method) -> None:
        w = old.wire
        if old.acts_on_call != new.acts_on_call:
            text = (
                "now acts on a call: the SDK no longer re-sends it"
                if new.acts_on_call
                else "no longer acts on a call: the SDK may re-send it"
            )
            self.add("method.acts_on_call", w, text)
        if old.session != new.session:
            text = f"now {new.session} the session" if new.session else f"no longer {old.session} the session"
            self.add("method.session", w, text + ": the SDKs log in and out with other methods", sdk=True)
        if old.component != new.component or old.group != new.group:
            self.add("method.moved", w, f"moved from {old.group}/{old.component} to {new.group}/{new.component}", docs=True)
        gone = [s for s in old.states if s not in new.states]
        came = [s for s in new.states if s not in old.states]
        if old.states and new.states and gone:
            self.add("states.narrowed", w, f"no longer allowed in call state(s): {', '.join(gone)}", wire=True, sdk=True)
        elif (old.states and not new.states) or came:
            self.add("states.widened", w, "allowed in more call states")
        elif new.states and not old.states:
            self.add("states.narrowed", w, f"now allowed only in call state(s): {', '.join(new.states)}", wire=True, sdk=True)
        self.deprecation(w, old.deprecated, new.deprecated)
        for attr in ("summary", "description", "states_note", "notes", "examples", "sources"):
            self.docs(f"{attr}.changed", w, attr.replace("_", " "), getattr(old, attr), getattr(new, attr))
        self.fields(f"{w} params", old.params, new.params, "in")
        self.result_class(w, old.result, new.result)
        if old.result.kind != new.result.kind:
            self.add("result.kind", w, f"result changed from {old.result.kind} to {new.result.kind}", wire=True, sdk=True)
        else:
            self.docs("description.changed", f"{w} result", "description", old.result.description, new.result.description)
            self.fields(f"{w} result", old.result.fields, new.result.fields, "out")
        self.method_errors(w, old.errors, new.errors)

    def result_class(self, wire: str, old: Result, new: Result) -> None:
        """The class a method returns, and the names code can call it by (a shared class keeps the
        method's own name as an alias): a name lost breaks code that names it, a new class alone does not."""
        where = f"{wire} result"
        lost = sorted({old.model_name, old.alias} - {new.model_name, new.alias} - {""})
        if lost:
            names = ", ".join(lost)
            text = f"result class now {new.model_name}; no longer named {names}"
            self.add("result.class", where, text, sdk=True, note="code that names the class breaks; the values are the same")
        elif old.model_name != new.model_name:
            shared = " (shared with other methods)" if new.shared else ""
            text = f"result class now {new.model_name}{shared}; {old.model_name} still names it"
            self.add("result.class", where, text)

    def method_errors(self, wire: str, old: Iterable[MethodError], new: Iterable[MethodError]) -> None:
        # a mnemonic renamed in the catalogue is reported there once, not as removed and added in each method
        before = {self.error_renames.get(e.mnemonic, e.mnemonic): e for e in old}
        after = {e.mnemonic: e for e in new}
        for m, e in before.items():
            if m not in after:
                self.add("method.error.removed", f"{wire} errors.{m}", "error no longer documented for this method")
        for m, e in after.items():
            where = f"{wire} errors.{m}"
            if m not in before:
                self.add(
                    "method.error.added",
                    where,
                    f"may now answer error {e.code} {m}",
                    note="handled by any catch-all for API errors",
                )
                continue
            o = before[m]
            if o.code != e.code:
                self.add(
                    "method.error.code",
                    where,
                    f"answers code {e.code} instead of {o.code}",
                    wire=True,
                    sdk=_raised(o.error, o.code) != _raised(e.error, e.code),
                )
            if o.message != e.message:
                self.add(
                    "method.error.message",
                    where,
                    f"message template now {e.message!r}",
                    docs=True,
                    note="programs should not match on message texts",
                )
            if (o.description, o.variants, o.editions) != (e.description, e.variants, e.editions):
                self.add("method.error.docs", where, "description or wordings changed", docs=True)

    # -- the error catalogue -------------------------------------------------------------------
    def catalogue(self, old: Iterable[ErrorDef], new: Iterable[ErrorDef]) -> None:
        before = {e.mnemonic: e for e in old}
        after = {e.mnemonic: e for e in new}
        removed = [before[m] for m in before if m not in after]
        added = [after[m] for m in after if m not in before]
        for o in list(removed):
            match = next((n for n in added if (n.codes, n.message) == (o.codes, o.message)), None)
            if match is not None:
                removed.remove(o)
                added.remove(match)
                self.error_renames[o.mnemonic] = match.mnemonic
                self.add(
                    "error.renamed",
                    f"errors.{match.mnemonic}",
                    f"mnemonic renamed from {o.mnemonic} to {match.mnemonic} (class {o.class_name} -> {match.class_name})",
                    wire=True,
                    sdk=o.class_name != match.class_name,
                )
        for o in removed:
            self.add("error.removed", f"errors.{o.mnemonic}", f"error removed (class {o.class_name} is gone)", sdk=True)
        for n in added:
            scope = "every method" if n.common else "the methods that list it"
            self.add("error.added", f"errors.{n.mnemonic}", f"error added (class {n.class_name}, for {scope})")
        for m in (m for m in before if m in after):
            o, n = before[m], after[m]
            where = f"errors.{m}"
            if o.codes != n.codes:
                self.add(
                    "error.code",
                    where,
                    f"codes changed from {_codes(o.codes)} to {_codes(n.codes)}",
                    wire=True,
                    sdk=o.code_classes != n.code_classes,
                    note="" if o.code_classes != n.code_classes else "the SDK raises the same classes",
                )
            elif o.code_classes != n.code_classes or o.class_name != n.class_name:
                self.add("error.class", where, f"exception class renamed from {o.class_name} to {n.class_name}", sdk=True)
            if o.message != n.message:
                self.add(
                    "error.message",
                    where,
                    f"message template now {n.message!r}",
                    docs=True,
                    note="programs should not match on message texts",
                )
            if o.common != n.common:
                text = "now answered by every method" if n.common else "no longer answered by every method"
                self.add("error.common", where, text)
            if o.counted_in_limits != n.counted_in_limits:
                self.add(
                    "error.limits",
                    where,
                    "now counted in the limits" if n.counted_in_limits else "no longer counted in the limits",
                )
            if o.spellings != n.spellings:
                self.add(
                    "error.spellings",
                    where,
                    "other wire spellings of the mnemonic changed",
                    note="the SDK reads every listed spelling",
                )
            if (o.description, o.variants) != (n.description, n.variants):
                self.add("error.docs", where, "description or wordings changed", docs=True)

    # -- the whole -----------------------------------------------------------------------------
    def api(self, old: Api, new: Api) -> None:
        self.version(old.version, new.version)
        for key in ("path_template",):
            if old.versions.get(key) != new.versions.get(key):
                self.add(
                    "version.path",
                    "versions",
                    f"URL version part changed to {new.versions.get(key)!r}",
                    wire=True,
                    sdk=False,
                    note="the SDK builds the new URL itself",
                )
        for key in ("live_at_most", "deprecated_kept_months"):
            if old.versions.get(key) != new.versions.get(key):
                self.add(
                    "version.policy",
                    "versions",
                    f"{key.replace('_', ' ')} changed from {old.versions.get(key)} to {new.versions.get(key)}",
                )
        self.docs("versions.changed", "versions", "description", old.versions.get("description"), new.versions.get("description"))
        if old.protocol != new.protocol:
            changed = sorted(
                k
                for k in old.protocol.keys() | new.protocol.keys()
                if k != "description" and old.protocol.get(k) != new.protocol.get(k)
            )
            if changed:
                self.add("protocol.changed", "protocol", f"protocol changed: {', '.join(changed)}", wire=True, sdk=True)
            else:
                self.add("description.changed", "protocol", "description changed", docs=True)
        self.brands(old, new)
        if old.session_lifetime_seconds != new.session_lifetime_seconds:
            shorter = new.session_lifetime_seconds < old.session_lifetime_seconds
            self.add(
                "session.lifetime",
                "authentication",
                f"session lifetime changed from {old.session_lifetime_seconds} s to {new.session_lifetime_seconds} s",
                wire=shorter,
                sdk=False,
                note="the SDK logs in again when a session key expires" if shorter else "",
            )
        if old.limits != new.limits:
            self.add("limits.changed", "limits", "limits changed", docs=True)
        for attr in (
            "title",
            "summary",
            "description",
            "authentication",
            "conventions",
            "envelope_description",
            "notes",
            "editions",
            "error_object_description",
        ):
            self.docs(f"{attr}.changed", "api", attr.replace("_", " "), getattr(old, attr), getattr(new, attr))
        # which methods a component holds follows from the methods themselves
        self.docs(
            "components.changed",
            "api",
            "components",
            [replace(c, methods=()) for c in old.components],
            [replace(c, methods=()) for c in new.components],
        )
        self.fields("metadata", old.metadata_fields, new.metadata_fields, "out")
        self.fields("error", old.error_object_fields, new.error_object_fields, "out")
        self.groups(old, new)
        self.catalogue(old.errors, new.errors)
        self.methods(old.methods, new.methods)

    def version(self, old: str, new: str) -> None:
        if old == new:
            return
        major = old.split(".")[0] != new.split(".")[0]
        self.add(
            "version.changed",
            "versions",
            f"API version changed from {old} to {new}",
            wire=major,
            sdk=major,
            note=(
                "the SDK calls the new version; the old one stays live while it is supported"
                if not major
                else "a new major version of the API"
            ),
        )

    def brands(self, old: Api, new: Api) -> None:
        before = {b.id: b for b in old.brands}
        after = {b.id: b for b in new.brands}
        for b in before:
            if b not in after:
                self.add("brand.removed", f"brands.{b}", "brand removed", wire=True, sdk=True)
        for b, n in after.items():
            if b not in before:
                self.add("brand.added", f"brands.{b}", f"brand added ({n.base_url})")
                continue
            o = before[b]
            if o.base_url != n.base_url:
                self.add(
                    "server.changed",
                    f"brands.{b}",
                    f"server moved from {o.base_url} to {n.base_url}",
                    wire=True,
                    note="programs with the old address break; the SDK uses the new one",
                )
            if (o.name, o.editions) != (n.name, n.editions):
                self.add("brand.docs", f"brands.{b}", "name or editions changed", docs=True)

    def groups(self, old: Api, new: Api) -> None:
        before = {g.code: g for g in old.error_groups}
        after = {g.code: g for g in new.error_groups}
        for code, g in before.items():
            if code not in after:
                self.add(
                    "error_group.removed",
                    f"error_groups.{code}",
                    f"error code group removed (class {g.class_name} is gone)",
                    sdk=True,
                )
        for code, g in after.items():
            if code not in before:
                self.add("error_group.added", f"error_groups.{code}", f"error code group added (class {g.class_name})")
            elif before[code].class_name != g.class_name:
                self.add(
                    "error_group.class",
                    f"error_groups.{code}",
                    f"class renamed from {before[code].class_name} to {g.class_name}",
                    sdk=True,
                )
            elif before[code].description != g.description:
                self.add("description.changed", f"error_groups.{code}", "description changed", docs=True)


def _allowed(field: Field) -> frozenset[Any]:
    """The values a field is limited to; empty when any value of its type goes (a boolean listing both is not limited)."""
    values = frozenset(field.enum)
    if field.type == "boolean" and values >= {True, False}:
        return frozenset()
    return values


def _codes(codes: tuple[int, ...]) -> str:
    return ", ".join(str(c) for c in codes)


def _raised(error: ErrorDef, code: int) -> str:
    return next((raised for c, _, raised in error.code_classes if c == code), error.class_name)


def compare(old: Api, new: Api) -> list[Change]:
    """Every difference from ``old`` to ``new``, classified, in a stable order."""
    differ = _Differ()
    differ.api(old, new)
    return differ.changes
