"""Raw spec files -> the normalized ``Api``, with every cross-file check.

Each check appends a located ``SpecError``; all of them are raised together.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

import jsonschema

from ..errors import SpecError, SpecErrors
from ..loader import RawSpec, SourceFile
from .naming import Names, combined_error_class_name, error_class_name, names_for, pascal
from .schema import field_schema, object_schema
from .translate import translated_specs
from .types import (
    Api,
    Brand,
    CallState,
    CallStates,
    Component,
    Edition,
    ErrorDef,
    ErrorGroup,
    Example,
    Field,
    Method,
    MethodError,
    MethodGroup,
    Note,
    Reserved,
    Result,
    Transition,
    Variant,
)

__all__ = ["build_api"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


def _is_of(value: Any, kind: str) -> bool:
    """Whether a JSON value is of a spec type (a bool is not a number here, unlike in Python)."""
    return isinstance(value, _TYPES[kind]) and (kind == "boolean" or not isinstance(value, bool))


def _shape(field: Field) -> Any:
    """What a shared model must agree on: the structure, not the wording or the field's own required flag."""
    return (
        field.type,
        field.enum,
        field.format,
        field.nullable,
        tuple((f.name.wire if f.name else None, f.required, _shape(f)) for f in field.fields),
        _shape(field.items) if field.items else None,
    )


def _notes(items: Any) -> tuple[Note, ...]:
    return tuple(Note(n["text"], tuple(n.get("editions", ()))) for n in items or ())


def _variants(items: Any) -> tuple[Variant, ...]:
    return tuple(Variant(v["message"], tuple(v["editions"])) for v in items or ())


# A Markdown link target, inline `](target` or a reference definition `[id]: target`, with a scheme.
_LINK_TARGET = re.compile(r"(?:\]\(|^\s*\[[^\]]+\]:)\s*<?\s*(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):", re.MULTILINE)
_LINK_SCHEMES = {"http", "https", "mailto"}


class _Builder:
    def __init__(self, raw: RawSpec, reserved: tuple[Reserved, ...]) -> None:
        self.raw = raw
        self.reserved = reserved
        self.errors: list[SpecError] = []
        api = raw.api.data
        self.edition_ids = {e["id"] for e in api["editions"]}
        self.class_names: dict[str, str] = {"Metadata": "the answer's metadata"}  # generated class name -> what it names
        self.model_names: list[str] = ["Metadata"]  # classes of the typed-models step
        self.shared_models: dict[str, list[tuple[Field, Any]]] = {}  # `model:` name -> its objects and their places
        self.model_docs = {m["name"]: m["description"].strip() for m in api.get("models", ())}

    # -- helpers -------------------------------------------------------------------------------
    def error(self, source: SourceFile, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.errors.append(SpecError(source.at(path, key=key), message))

    def reserved_by(self, kind: str, spellings: tuple[str, ...]) -> Reserved | None:
        return next((r for r in self.reserved if r.hits(kind, spellings)), None)

    def check_name(self, kind: str, names: Names, what: str, source: SourceFile, path: tuple[Any, ...]) -> None:
        """A spec name no target can use is a mistake (the target's manifest says why)."""
        hit = self.reserved_by(kind, (names.wire, names.snake, names.camel, names.pascal))
        if hit:
            self.error(source, path, f"{what} '{names.wire}' is reserved by target '{hit.target}': {hit.reason}")

    def claim_class(self, name: str, owner: str, source: SourceFile, path: tuple[Any, ...]) -> None:
        hit = self.reserved_by("class", (name,))
        if hit:
            self.error(source, path, f"{owner} would be named '{name}', reserved by target '{hit.target}': {hit.reason}")
        elif name in self.class_names:
            self.error(source, path, f"{owner} would be named '{name}', which already names {self.class_names[name]}")
        else:
            self.class_names[name] = owner

    def check_links(self, source: SourceFile, path: tuple[Any, ...], value: Any) -> None:
        """Markdown links in spec text lead to web pages or mail only: a `javascript:` or `data:`
        target would become a live link on the docs site."""
        if isinstance(value, str):
            for match in _LINK_TARGET.finditer(value):
                if match["scheme"].lower() not in _LINK_SCHEMES:
                    self.error(
                        source, path, f"link to '{match['scheme']}:' refused (links may be http, https, mailto or relative)"
                    )
        elif isinstance(value, dict):
            for key, item in value.items():
                self.check_links(source, (*path, key), item)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.check_links(source, (*path, i), item)

    def check_editions(self, source: SourceFile, path: tuple[Any, ...], editions: Any) -> tuple[str, ...]:
        for i, edition in enumerate(editions or ()):
            if edition not in self.edition_ids:
                known = ", ".join(sorted(self.edition_ids))
                self.error(source, (*path, i), f"unknown edition '{edition}' (expected one of: {known})")
        return tuple(editions or ())

    def unique(self, source: SourceFile, path: tuple[Any, ...], items: Any, key: str, what: str) -> None:
        seen: dict[Any, int] = {}
        for i, item in enumerate(items):
            value = item[key]
            if value in seen:
                line = source.at((*path, seen[value], key)).line
                self.error(source, (*path, i, key), f"duplicate {what} '{value}' (first given on line {line})")
            else:
                seen[value] = i

    # -- fields --------------------------------------------------------------------------------
    def field(
        self, source: SourceFile, path: tuple[Any, ...], data: dict[str, Any], model_name: str, kind_of_fields: str | None
    ) -> Field:
        name = names_for(data["name"]) if "name" in data else None
        kind = data["type"]
        model_name = data.get("model", model_name)
        where = ".".join(str(p) for p in path)
        if "fields" in data and kind != "object":
            self.error(
                source, (*path, "fields"), f"'fields' given for a value of type {kind} (only objects have fields)", key=True
            )
        if "items" in data and kind != "array":
            self.error(source, (*path, "items"), f"'items' given for a value of type {kind} (only arrays have items)", key=True)
        if kind == "array" and "items" not in data:
            self.error(source, path, f"{where}: an array needs 'items' describing its elements")
        fields = (
            self.fields(source, (*path, "fields"), data.get("fields", ()), model_name, kind_of_fields) if kind == "object" else ()
        )
        items = None
        if kind == "array" and "items" in data:
            items = self.field(source, (*path, "items"), data["items"], model_name, kind_of_fields)
        enum = tuple(data.get("enum", ()))
        for i, value in enumerate(enum):
            if not _is_of(value, kind):
                self.error(source, (*path, "enum", i), f"allowed value {value!r} is not of type {kind}")
        if "default" in data:
            default = data["default"]
            if enum and default not in enum:
                options = ", ".join(str(v) for v in enum)
                self.error(source, (*path, "default"), f"default {default!r} is not one of the allowed values ({options})")
            elif default is not None and not _is_of(default, kind):
                self.error(source, (*path, "default"), f"default {default!r} is not of type {kind}")
        if "model" in data and (kind != "object" or not fields):
            self.error(
                source, (*path, "model"), "'model' names the class of an object with fields; this value has none", key=True
            )
        if "model" in data and data["model"] not in self.model_docs:
            self.error(source, (*path, "model"), f"model '{data['model']}' is not defined in api.yaml models")
        if kind == "object" and fields and not ("model" in data and model_name in self.shared_models):
            self.claim_class(model_name, f"the object at {source.name}:{where}", source, path)
            self.model_names.append(model_name)
        result = Field(
            name=name,
            type=kind,
            description=data.get("description", "").strip(),
            required=data.get("required", False),
            documented_type=data.get("documented_type"),
            preferred=names_for(data["preferred_name"]) if "preferred_name" in data else None,
            enum=enum,
            allowed_text=data.get("allowed_text"),
            has_default="default" in data,
            default=data.get("default"),
            format=data.get("format"),
            minimum=data.get("minimum"),
            maximum=data.get("maximum"),
            min_length=data.get("min_length"),
            max_length=data.get("max_length"),
            min_items=data.get("min_items"),
            max_items=data.get("max_items"),
            unit=data.get("unit"),
            nullable=data.get("nullable", False),
            fields=fields,
            items=items,
            editions=self.check_editions(source, (*path, "editions"), data.get("editions")),
            notes=tuple(data.get("notes", ())),
            deprecated=data.get("deprecated", "").strip(),
            model_name=model_name if kind == "object" and fields else None,
        )
        result = replace(result, schema=field_schema(result))
        if "model" in data and result.model_name:
            self.shared_models.setdefault(model_name, []).append((result, source.at(path)))
        return result

    def check_shared_models(self) -> None:
        """Objects sharing a model must have the same structure; the odd ones out are reported."""
        for name, uses in self.shared_models.items():
            shapes = Counter(_shape(f) for f, _ in uses)
            usual = shapes.most_common(1)[0][0]
            example = next(place for f, place in uses if _shape(f) == usual)
            for f, place in uses:
                if _shape(f) != usual:
                    self.errors.append(
                        SpecError(
                            place,
                            f"this object differs from the other '{name}' objects (e.g. {example}); a shared model needs the same fields",
                        )
                    )

    def fields(self, source: SourceFile, path: tuple[Any, ...], items: Any, prefix: str, kind: str | None) -> tuple[Field, ...]:
        """The fields of an object; ``kind`` (``parameter``, ``field`` or None) is what targets' reserved names apply to."""
        self.unique(source, path, items, "name", "name")
        built = []
        nested = "field" if kind else None
        for i, data in enumerate(items):
            built.append(self.field(source, (*path, i), data, prefix + pascal(data["name"]), nested))
            if kind:
                self.check_name(kind, names_for(data["name"]), kind, source, (*path, i, "name"))
        snakes: dict[str, int] = {}
        for i, f in enumerate(built):
            assert f.name is not None
            if f.name.snake in snakes and items[snakes[f.name.snake]]["name"] != f.name.wire:
                self.error(source, (*path, i, "name"), f"name '{f.name.wire}' gives the same identifier as another field")
            snakes[f.name.snake] = i
        return tuple(built)

    # -- errors --------------------------------------------------------------------------------
    def error_catalogue(self) -> tuple[tuple[ErrorGroup, ...], dict[str, ErrorDef]]:
        source = self.raw.errors
        data = source.data
        self.unique(source, ("groups",), data["groups"], "code", "group code")
        self.unique(source, ("groups",), data["groups"], "id", "group id")
        self.unique(source, ("mnemonics",), data["mnemonics"], "mnemonic", "mnemonic")
        group_codes = {g["code"] for g in data["groups"]}
        group_ids = {g["code"]: g["id"] for g in data["groups"]}
        for i, group in enumerate(data["groups"]):
            self.claim_class(error_class_name(group["id"]), f"error group {group['code']}", source, ("groups", i, "id"))
        not_counted = set(self.raw.api.data["limits"]["not_counted"])
        defs: dict[str, ErrorDef] = {}
        for i, entry in enumerate(data["mnemonics"]):
            if entry["mnemonic"] in defs:
                continue  # reported as a duplicate above
            for j, code in enumerate(entry["codes"]):
                if code not in group_codes:
                    known = ", ".join(str(c) for c in sorted(group_codes))
                    self.error(
                        source,
                        ("mnemonics", i, "codes", j),
                        f"code {code} of '{entry['mnemonic']}' is in no error group (expected one of: {known})",
                    )
            spellings = tuple(Variant(s["spelling"], tuple(s["editions"])) for s in entry.get("spellings", ()))
            for j, s in enumerate(entry.get("spellings", ())):
                self.check_editions(source, ("mnemonics", i, "spellings", j, "editions"), s["editions"])
            for j, v in enumerate(entry.get("message_variants", ())):
                self.check_editions(source, ("mnemonics", i, "message_variants", j, "editions"), v["editions"])
            class_name = error_class_name(entry.get("preferred_name", entry["mnemonic"]))
            self.claim_class(class_name, f"error '{entry['mnemonic']}'", source, ("mnemonics", i, "mnemonic"))
            code_classes = []
            for code in entry["codes"]:
                group_class = error_class_name(group_ids.get(code, "api"))
                raised = class_name
                if len(entry["codes"]) > 1:
                    raised = combined_error_class_name(class_name, group_class)
                    self.claim_class(raised, f"error '{entry['mnemonic']}' with code {code}", source, ("mnemonics", i, "codes"))
                code_classes.append((code, group_class, raised))
            defs[entry["mnemonic"]] = ErrorDef(
                mnemonic=entry["mnemonic"],
                class_name=class_name,
                codes=tuple(entry["codes"]),
                common=entry.get("common", False),
                message=entry["message"],
                description=entry["description"].strip(),
                variants=_variants(entry.get("message_variants")),
                spellings=spellings,
                preferred_name=entry.get("preferred_name"),
                placeholders=tuple(dict.fromkeys(_PLACEHOLDER.findall(entry["message"]))),
                counted_in_limits=entry["mnemonic"] not in not_counted,
                code_classes=tuple(code_classes),
            )
        groups = tuple(
            ErrorGroup(
                code=g["code"],
                id=g["id"],
                class_name=error_class_name(g["id"]),
                description=g["description"].strip(),
                mnemonics=tuple(m for m, d in defs.items() if g["code"] in d.codes),
            )
            for g in data["groups"]
        )
        api = self.raw.api
        for i, mnemonic in enumerate(api.data["limits"]["not_counted"]):
            if mnemonic not in defs:
                self.error(api, ("limits", "not_counted", i), f"mnemonic '{mnemonic}' is not defined in errors.yaml")
        return groups, defs

    # -- methods -------------------------------------------------------------------------------
    def method(self, source: SourceFile, defs: dict[str, ErrorDef]) -> Method:
        data = source.data
        wire = data["method"]
        names = names_for(wire)
        expected_file = f"{wire}.yaml"
        if not source.name.endswith("/" + expected_file):
            self.error(source, ("method",), f"method '{wire}' must live in methods/{expected_file}")
        own_name = names.pascal + "Result"
        self.claim_class(own_name, f"the result of {wire}", source, ("result",))  # a shared result's alias keeps it
        self.check_name("method", names, "method", source, ("method",))
        params = self.fields(source, ("params",), data["params"], names.pascal, "parameter")
        result = self.result(source, data["result"], own_name)
        errors = []
        for i, e in enumerate(data["errors"]):
            definition = defs.get(e["mnemonic"])
            if definition is None:
                self.error(source, ("errors", i, "mnemonic"), f"mnemonic '{e['mnemonic']}' is not defined in errors.yaml")
                continue
            if e["code"] not in definition.codes:
                codes = ", ".join(str(c) for c in definition.codes)
                self.error(
                    source,
                    ("errors", i, "code"),
                    f"code {e['code']} is not a documented code of '{e['mnemonic']}' (errors.yaml gives {codes})",
                )
            self.check_editions(source, ("errors", i, "editions"), e.get("editions"))
            for j, v in enumerate(e.get("message_variants", ())):
                self.check_editions(source, ("errors", i, "message_variants", j, "editions"), v["editions"])
            errors.append(
                MethodError(
                    error=definition,
                    code=e["code"],
                    message=e["message"],
                    description=e.get("description", "").strip(),
                    variants=_variants(e.get("message_variants")),
                    editions=tuple(e.get("editions", ())),
                )
            )
        self.unique(source, ("errors",), data["errors"], "mnemonic", "error")
        examples = tuple(
            Example(
                title=ex["title"],
                request=ex["request"],
                response=ex["response"],
                editions=self.check_editions(source, ("examples", i, "editions"), ex.get("editions")),
                deviations=tuple((d["path"], d["note"].strip()) for d in ex.get("deviations", ())),
            )
            for i, ex in enumerate(data["examples"])
        )
        states = data.get("states", {})
        for i, note in enumerate(data.get("notes", ())):
            self.check_editions(source, ("notes", i, "editions"), note.get("editions"))
        method = Method(
            names=names,
            group=data["group"],
            component=data["component"],
            summary=data["summary"].strip(),
            description=data["description"].strip(),
            acts_on_call=data["acts_on_call"],
            params=params,
            result=result,
            errors=tuple(errors),
            examples=examples,
            states=tuple(states.get("allowed", ())),
            states_note=states.get("note", "").strip(),
            notes=_notes(data.get("notes")),
            sources=tuple((s["edition"], s["path"], s.get("commit", "")) for s in data["sources"]),
            deprecated=data.get("deprecated", "").strip(),
        )
        method = replace(method, params_schema=object_schema(params, title=names.pascal + "Params"))
        for i, ex in enumerate(examples):
            self.check_example(source, ("examples", i), method, ex)
        return method

    def result(self, source: SourceFile, data: dict[str, Any], own_name: str) -> Result:
        """A method's result; with `model:` its class is one several methods share (named in api.yaml models)."""
        shared = data.get("model")
        model_name = shared or own_name
        if shared and shared not in self.model_docs:
            self.error(source, ("result", "model"), f"model '{shared}' is not defined in api.yaml models")
        if model_name not in self.shared_models:  # a shared class is claimed and made once
            if shared:
                self.claim_class(model_name, f"the result shared as {shared} (first by {source.name})", source, ("result", "model"))
            self.model_names.append(model_name)
        fields = self.fields(source, ("result", "fields"), data["fields"], model_name, "field")
        description = data.get("description", "").strip()
        # the schema is the class's: a shared class is described by api.yaml, not by one of its methods
        class_doc = self.model_docs.get(shared, "") if shared else description
        result = Result(
            kind=data["kind"],
            fields=fields,
            model_name=model_name,
            description=description,
            shared=bool(shared),
            alias=own_name if shared else "",
            schema=object_schema(fields, title=model_name, description=class_doc),
        )
        if shared:
            shape = Field(name=None, type="object", fields=fields, model_name=model_name)
            self.shared_models.setdefault(model_name, []).append((shape, source.at(("result",))))
        return result

    def check_example(self, source: SourceFile, path: tuple[Any, ...], method: Method, example: Example) -> None:
        request, response = example.request, example.response
        problems: list[tuple[tuple[Any, ...], str]] = []
        if request.get("jsonrpc") != "2.0":
            problems.append((("request", "jsonrpc"), 'request must have jsonrpc "2.0"'))
        if request.get("method") != method.wire:
            problems.append((("request", "method"), f"request names method {request.get('method')!r}, not '{method.wire}'"))
        if "id" not in request:
            problems.append((("request",), "request has no id"))
        elif response.get("id") != request["id"]:
            problems.append(
                (("response", "id"), f"response id {response.get('id')!r} does not match request id {request['id']!r}")
            )
        checks: list[tuple[tuple[str, ...], dict[str, Any], Any]] = [
            (("request", "params"), method.params_schema, request.get("params"))
        ]
        if "result" in response:
            data = response["result"].get("data") if isinstance(response["result"], dict) else None
            schema = method.result.schema
            if method.result.is_list:
                schema = {"type": "array", "items": schema}
            checks.append((("response", "result", "data"), schema, data))
        elif "error" not in response:
            problems.append((("response",), "response has neither result nor error"))
        deviations = {p for p, _ in example.deviations}
        used: set[str] = set()
        for prefix, schema, instance in checks:
            for err in jsonschema.Draft202012Validator(schema).iter_errors(instance):
                err_path = (*prefix, *err.absolute_path)
                dotted = ".".join(str(p) for p in err_path[1:])
                if dotted in deviations:
                    used.add(dotted)
                    continue
                if err.validator == "additionalProperties":
                    extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
                    for key in extra:
                        if f"{dotted}.{key}".lstrip(".") in deviations:
                            used.add(f"{dotted}.{key}".lstrip("."))
                            continue
                        problems.append(
                            ((*err_path, key), f"example {dotted or prefix[-1]} has '{key}', which the method does not define")
                        )
                    continue
                problems.append((err_path, f"example does not fit the method at {dotted or prefix[-1]}: {err.message}"))
        for i, (dev_path, _) in enumerate(example.deviations):
            if dev_path not in used:
                problems.append(
                    (("deviations", i, "path"), f"deviation '{dev_path}' matches no mismatch of the example (remove it)")
                )
        for p, message in problems:
            self.error(source, (*path, *p), message, key=p[-1] in ("id", "jsonrpc", "method") if p else False)

    # -- the call state machine ----------------------------------------------------------------
    def call_states(self, methods: dict[str, tuple[Method, SourceFile]]) -> CallStates:
        source = self.raw.call_states
        data = source.data
        self.unique(source, ("states",), data["states"], "id", "state")
        self.unique(source, ("events",), data["events"], "id", "event")
        state_ids = [s["id"] for s in data["states"]]
        event_ids = {e["id"] for e in data["events"]}

        def state(path: tuple[Any, ...], value: str) -> None:
            if value not in state_ids:
                self.error(source, path, f"unknown state '{value}' (expected one of: {', '.join(state_ids)})")

        def method(path: tuple[Any, ...], value: str) -> None:
            if value not in methods:
                self.error(source, path, f"unknown method '{value}'")

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
                self.error(source, ("transitions", i, "event"), f"unknown event '{t['event']}' (expected one of: {known})")
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
            notes=_notes(data.get("notes")),
        )
        if self.errors:
            return machine  # the walks below need a machine without unknown names
        # every state is reached from the initial one, and leads on to the final one
        reached = _closure({machine.initial}, [(set(t.sources), t.to) for t in transitions])
        ending = _closure({machine.final}, [({t.to}, s) for t in transitions for s in t.sources])
        for i, s in enumerate(data["states"]):
            if s["id"] not in reached:
                self.error(source, ("states", i, "id"), f"state '{s['id']}' cannot be reached from '{machine.initial}'")
            elif s["id"] not in ending:
                self.error(source, ("states", i, "id"), f"state '{s['id']}' never leads to '{machine.final}'")
        # the method files' `states` are exactly where the machine lets the method act
        for wire, (m, msource) in methods.items():
            drawn = machine.allowed(wire)
            if m.states:
                for j, value in enumerate(m.states):
                    if value not in state_ids:
                        self.error(msource, ("states", "allowed", j), f"unknown state '{value}' (see call_states.yaml)")
                if set(m.states) <= set(state_ids) and set(m.states) != set(drawn):
                    shown = ", ".join(drawn) or "no state"
                    self.error(
                        msource,
                        ("states", "allowed"),
                        f"states of '{wire}' disagree with call_states.yaml, whose transitions take it from: {shown}",
                    )
            elif "invalid_state" in (e.mnemonic for e in m.errors) and not drawn:
                self.error(
                    msource, ("errors",), f"'{wire}' can answer invalid_state, but call_states.yaml gives it no transition"
                )
        return machine

    # -- the whole -----------------------------------------------------------------------------
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
            self.unique(api_src, (key,), api[key], "id", what)
        error_groups, defs = self.error_catalogue()
        metadata = self.fields(api_src, ("envelope", "metadata"), api["envelope"]["metadata"], "", "field")
        typed_models = len(self.model_names)
        error_fields = self.fields(
            raw.errors, ("error_object", "fields"), raw.errors.data["error_object"]["fields"], "ErrorObject", None
        )
        del self.model_names[typed_models:]  # the SDK reads error objects into exception attributes, not models
        for source in (raw.api, raw.errors, *raw.methods):
            self.check_links(source, (), source.data)
        methods: dict[str, tuple[Method, SourceFile]] = {}
        for source in raw.methods:
            method = self.method(source, defs)
            if method.wire in methods:
                self.error(
                    source, ("method",), f"method '{method.wire}' is defined twice (also in {methods[method.wire][1].name})"
                )
                continue
            methods[method.wire] = (method, source)
        self.check_shared_models()
        call_states = self.call_states(methods)
        # components: each method in exactly one, and it must agree with the method file
        owner: dict[str, str] = {}
        for i, comp in enumerate(api["components"]):
            for j, wire in enumerate(comp["methods"]):
                if wire not in methods:
                    self.error(
                        api_src, ("components", i, "methods", j), f"component '{comp['id']}' lists unknown method '{wire}'"
                    )
                elif wire in owner:
                    self.error(
                        api_src,
                        ("components", i, "methods", j),
                        f"method '{wire}' is in two components ('{owner[wire]}' and '{comp['id']}')",
                    )
                else:
                    owner[wire] = comp["id"]
        for wire, (method, source) in methods.items():
            if wire not in owner:
                self.error(source, ("component",), f"method '{wire}' is in no component's method list in api.yaml")
            elif owner[wire] != method.component:
                self.error(
                    source,
                    ("component",),
                    f"method '{wire}' names component '{method.component}', but api.yaml lists it under '{owner[wire]}'",
                )
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
        if self.errors:
            raise SpecErrors(self.errors)
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
            notes=_notes(api.get("notes")),
            error_object_description=raw.errors.data["error_object"]["description"].strip(),
            error_object_fields=error_fields,
            error_groups=tuple(replace(g, errors=tuple(defs[m] for m in g.mnemonics)) for g in error_groups),
            errors=tuple(sorted(defs.values(), key=lambda d: (not d.common, d.mnemonic))),
            methods=ordered,
            call_states=call_states,
            model_names=tuple(sorted(set(self.model_names))),
            models=tuple(
                replace(m, description=self.model_docs.get(m.model_name or "", m.description)) for m in _models(ordered)
            ),
            shared_results=_shared_results(ordered, self.model_docs),
        )


def _closure(start: set[str], edges: list[tuple[set[str], str]]) -> set[str]:
    """Every node reachable from ``start`` along (sources -> target) edges."""
    found = set(start)
    while True:
        more = {target for sources, target in edges if sources & found} - found
        if not more:
            return found
        found |= more


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


def build_api(raw: RawSpec, reserved: tuple[Reserved, ...] = ()) -> Api:
    """The normalized model, with one per translation; raises ``SpecErrors`` with every cross-check failure.

    ``reserved``: the names the targets cannot use (their manifests), checked on every name.
    """
    api = _Builder(raw, reserved).build()
    translations = (replace(_Builder(spec, reserved).build(), language=language) for language, spec in translated_specs(raw))
    return replace(api, translations=tuple(translations))
