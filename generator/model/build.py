"""Raw spec files -> the normalized ``Api``: the coordinator.

The parts live by concern: ``fields`` (values, their classes, shared models), ``error_catalogue``
(errors.yaml and the errors of each method), ``examples``, ``call_states``; this module reads the
methods and components and assembles the ``Api``. Each check appends a located ``SpecError`` to
the shared ``BuildContext``; all of them are raised together.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import SpecErrors
from ..loader import RawSpec, SourceFile
from .call_states import read_call_states
from .context import BuildContext, notes
from .error_catalogue import method_errors, read_error_catalogue
from .examples import check_example, read_examples
from .fields import FieldReader
from .naming import Keywords
from .schema import object_schema
from .translate import translated_specs
from .types import Api, Brand, Component, Edition, ErrorDef, Field, Method, MethodGroup, Reserved, Result

__all__ = ["build_api"]


class _ApiReader:
    """One build of the model from one raw spec (the English one, or a translated copy)."""

    def __init__(self, raw: RawSpec, reserved: tuple[Reserved, ...], keywords: Keywords | None) -> None:
        self.raw = raw
        self.ctx = BuildContext(raw, reserved, keywords)
        self.fields = FieldReader(self.ctx)

    def method(self, source: SourceFile, defs: dict[str, ErrorDef]) -> Method:
        data = source.data
        wire = data["method"]
        names = self.ctx.names(wire)
        expected_file = f"{wire}.yaml"
        if not source.name.endswith("/" + expected_file):
            self.ctx.error(source, ("method",), f"method '{wire}' must live in methods/{expected_file}")
        own_name = names.pascal + "Result"
        self.ctx.claim_class(own_name, f"the result of {wire}", source, ("result",))  # a shared result's alias keeps it
        self.ctx.check_name("method", names, "method", source, ("method",))
        params = self.fields.fields(source, ("params",), data["params"], names.pascal, "parameter")
        result = self.fields.result(source, data["result"], own_name)
        errors = method_errors(self.ctx, source, defs)
        examples = read_examples(self.ctx, source)
        states = data.get("states", {})
        for i, note in enumerate(data.get("notes", ())):
            self.ctx.check_editions(source, ("notes", i, "editions"), note.get("editions"))
        method = Method(
            names=names,
            group=data["group"],
            component=data["component"],
            summary=data["summary"].strip(),
            description=data["description"].strip(),
            acts_on_call=data["acts_on_call"],
            params=params,
            result=result,
            errors=errors,
            examples=examples,
            states=tuple(states.get("allowed", ())),
            states_note=states.get("note", "").strip(),
            notes=notes(data.get("notes")),
            sources=tuple((s["edition"], s["path"], s.get("commit", "")) for s in data["sources"]),
            deprecated=data.get("deprecated", "").strip(),
            session=data.get("session", ""),
            where=source.at(("method",)),
        )
        method = replace(method, params_schema=object_schema(params, title=names.pascal + "Params"))
        for i, ex in enumerate(examples):
            check_example(self.ctx, source, ("examples", i), method, ex)
        return method

    def check_sessions(self, methods: dict[str, tuple[Method, SourceFile]]) -> None:
        """One method opens a session (takes no key, returns one as `access_token`) and one closes it
        (takes the key it ends): the SDKs log in and out with them."""
        for flag, what in (("opens", "opens a session"), ("closes", "closes a session")):
            flagged = [(m, s) for m, s in methods.values() if m.session == flag]
            if not flagged:
                self.ctx.error(self.raw.api, ("authentication",), f"no method {what}: mark it with 'session: {flag}' in its file")
            for method, source in flagged[1:]:
                self.ctx.error(
                    source, ("session",), f"method '{method.wire}' {what}, and so does '{flagged[0][0].wire}': only one may"
                )
            for method, source in flagged[:1]:
                returns_key = any(f.name is not None and f.name.wire == "access_token" for f in method.result.fields)
                if flag == "opens" and (method.needs_token or not returns_key):
                    self.ctx.error(
                        source,
                        ("session",),
                        f"method '{method.wire}' opens a session, so it must take no access_token and return one",
                    )
                if flag == "closes" and not method.needs_token:
                    self.ctx.error(
                        source, ("session",), f"method '{method.wire}' closes a session, so it must take the access_token it ends"
                    )

    def build(self) -> Api:
        raw = self.raw
        api_src = raw.api
        api = api_src.data
        for key, what in (
            ("brands", "brand id"),
            ("editions", "edition id"),
            ("components", "component id"),
            ("groups", "group"),
        ):
            self.ctx.unique(api_src, (key,), api[key], "id", what)
        error_groups, defs = read_error_catalogue(self.ctx)
        metadata = self.fields.fields(api_src, ("envelope", "metadata"), api["envelope"]["metadata"], "", "field")
        typed_models = len(self.fields.model_names)
        error_fields = self.fields.fields(
            raw.errors, ("error_object", "fields"), raw.errors.data["error_object"]["fields"], "ErrorObject", None
        )
        del self.fields.model_names[typed_models:]  # the SDK reads error objects into exception attributes, not models
        for source in (raw.api, raw.errors, *raw.methods):
            self.ctx.check_links(source, (), source.data)
        methods: dict[str, tuple[Method, SourceFile]] = {}
        for source in raw.methods:
            method = self.method(source, defs)
            if method.wire in methods:
                self.ctx.error(
                    source, ("method",), f"method '{method.wire}' is defined twice (also in {methods[method.wire][1].name})"
                )
                continue
            methods[method.wire] = (method, source)
        self.fields.check_shared_models()
        call_states = read_call_states(self.ctx, methods)
        # components: each method in exactly one, and it must agree with the method file
        owner: dict[str, str] = {}
        for i, comp in enumerate(api["components"]):
            for j, wire in enumerate(comp["methods"]):
                if wire not in methods:
                    self.ctx.error(
                        api_src, ("components", i, "methods", j), f"component '{comp['id']}' lists unknown method '{wire}'"
                    )
                elif wire in owner:
                    self.ctx.error(
                        api_src,
                        ("components", i, "methods", j),
                        f"method '{wire}' is in two components ('{owner[wire]}' and '{comp['id']}')",
                    )
                else:
                    owner[wire] = comp["id"]
        for wire, (method, source) in methods.items():
            if wire not in owner:
                self.ctx.error(source, ("component",), f"method '{wire}' is in no component's method list in api.yaml")
            elif owner[wire] != method.component:
                self.ctx.error(
                    source,
                    ("component",),
                    f"method '{wire}' names component '{method.component}', but api.yaml lists it under '{owner[wire]}'",
                )
        self.check_sessions(methods)
        # which methods list each error
        users: dict[str, list[str]] = {}
        for wire in sorted(methods):
            for e in methods[wire][0].errors:
                users.setdefault(e.mnemonic, []).append(wire)
        defs = {m: replace(d, methods=tuple(users.get(m, ()))) for m, d in defs.items()}
        rebound = {}
        for wire, (method, _) in methods.items():
            rebound[wire] = replace(method, errors=tuple(replace(e, error=defs[e.mnemonic]) for e in method.errors))
        group_order = [g["id"] for g in api["groups"]]
        ordered = tuple(sorted(rebound.values(), key=lambda m: (group_order.index(m.group), m.wire)))
        if self.ctx.errors:
            raise SpecErrors(self.ctx.errors)
        return Api(
            title=api["title"],
            summary=api["summary"],
            description=api["description"].strip(),
            protocol=api["protocol"],
            versions=api["versions"],
            version=api["versions"]["current"],
            brands=tuple(Brand(b["id"], b["name"], b["base_url"], tuple(b.get("editions", ()))) for b in api["brands"]),
            editions=tuple(
                Edition(e["id"], e["language"], e["source"], e["description"].strip(), e["name"], e.get("url"))
                for e in api["editions"]
            ),
            session_lifetime_seconds=api["authentication"]["session_lifetime_seconds"],
            authentication=api["authentication"]["description"].strip(),
            conventions=tuple(api["conventions"]),
            envelope_description=api["envelope"]["description"].strip(),
            metadata_fields=metadata,
            limits=api["limits"],
            components=tuple(
                Component(c["id"], c["name"], c.get("vendor_name", c["name"]), c["description"].strip(), tuple(c["methods"]))
                for c in api["components"]
            ),
            groups=tuple(
                MethodGroup(g["id"], g["title"], g["description"].strip(), tuple(m for m in ordered if m.group == g["id"]))
                for g in api["groups"]
            ),
            notes=notes(api.get("notes")),
            error_object_description=raw.errors.data["error_object"]["description"].strip(),
            error_object_fields=error_fields,
            error_groups=tuple(replace(g, errors=tuple(defs[m] for m in g.mnemonics)) for g in error_groups),
            errors=tuple(sorted(defs.values(), key=lambda d: (not d.common, d.mnemonic))),
            methods=ordered,
            call_states=call_states,
            model_names=tuple(sorted(set(self.fields.model_names))),
            models=tuple(
                replace(m, description=self.fields.model_docs.get(m.model_name or "", m.description)) for m in _models(ordered)
            ),
            shared_results=_shared_results(ordered, self.fields.model_docs),
        )


def _models(methods: tuple[Method, ...]) -> tuple[Field, ...]:
    """Every object of the methods that becomes a named type, once each, by name."""
    found: dict[str, Field] = {}

    def walk(fields: tuple[Field, ...]) -> None:
        for f in fields:
            if f.model_name and f.model_name not in found:
                found[f.model_name] = f
            walk(f.fields)
            if f.items is not None:
                walk((f.items,))

    for method in methods:
        walk(method.params)
        walk(method.result.fields)
    return tuple(found[name] for name in sorted(found))


def _shared_results(methods: tuple[Method, ...], docs: dict[str, str]) -> tuple[Result, ...]:
    """Each shared result class once, by name: its first method's fields, described as api.yaml describes it."""
    found: dict[str, Result] = {}
    for m in methods:
        if m.result.shared:
            found.setdefault(m.result.model_name, replace(m.result, description=docs[m.result.model_name], alias=""))
    return tuple(found[name] for name in sorted(found))


def build_api(raw: RawSpec, reserved: tuple[Reserved, ...] = (), keywords: Keywords | None = None) -> Api:
    """The normalized model, with one per translation; raises ``SpecErrors`` with every cross-check failure.

    ``reserved``: the names the targets cannot use (their manifests), checked on every name;
    ``keywords``: the words each spelling of a name must not be (the targets' manifests).
    """
    api = _ApiReader(raw, reserved, keywords).build()
    translations = (
        replace(_ApiReader(spec, reserved, keywords).build(), language=language) for language, spec in translated_specs(raw)
    )
    return replace(api, translations=tuple(translations))
