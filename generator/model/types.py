"""The one normalized model of the API that every target renders from.

    Api
    ├── brands, editions, components, method groups, limits, envelope (metadata fields)
    ├── error_groups ── ErrorGroup (code) ── ErrorDef (mnemonic, codes, message)
    └── methods ─────── Method
                         ├── params: Field (nested Field via .fields / .items, any depth)
                         ├── result: Result (kind object|list, fields)
                         ├── errors: MethodError -> ErrorDef
                         └── examples: Example (request/response as plain JSON values)

Everything is frozen and ordered; identifiers come precomputed from ``naming``.
Templates read these objects only, never the YAML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

from ..errors import Location
from .naming import Names

__all__ = [
    "Api",
    "Brand",
    "CallState",
    "CallStates",
    "Component",
    "Edition",
    "ErrorDef",
    "ErrorGroup",
    "Example",
    "Field",
    "Method",
    "MethodError",
    "MethodGroup",
    "Note",
    "Package",
    "Reserved",
    "Result",
    "Transition",
    "Variant",
]

Json = Any

RESERVED_KINDS = ("method", "parameter", "field", "class")


@dataclass(frozen=True)
class Reserved:
    """Names a target cannot use for one or more kinds of spec names (its manifest's ``reserved:``).

    ``kinds``: ``method`` (client methods), ``parameter`` (a method's own parameters),
    ``field`` (fields of objects: nested parameters, results, metadata), ``class`` (every class
    or interface the model names). ``names`` may hold ``*`` wildcards (``model_*``).
    """

    target: str
    kinds: tuple[str, ...]
    names: tuple[str, ...]
    reason: str

    def hits(self, kind: str, spellings: tuple[str, ...]) -> bool:
        return kind in self.kinds and any(fnmatchcase(s, name) for s in spellings for name in self.names)


# Errors after which the SDKs may send the same call again, because the server refused it unexecuted
SESSION_REFUSALS = frozenset({"access_token_expired", "access_token_invalid"})
LIMIT_REFUSALS = frozenset({"limit_exceeded"})
# The refusal of a method sent for a call in a state it does not act in (its allowed states are enforced)
STATE_REFUSALS = frozenset({"invalid_state"})


@dataclass(frozen=True)
class Note:
    text: str
    editions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    """A value description: a named parameter or result field, or the element of an array (name None)."""

    name: Names | None
    type: str
    description: str = ""
    required: bool = False
    documented_type: str | None = None
    preferred: Names | None = None
    enum: tuple[Json, ...] = ()
    allowed_text: str | None = None
    has_default: bool = False
    default: Json = None
    format: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    unit: str | None = None
    nullable: bool = False
    fields: tuple[Field, ...] = ()
    items: Field | None = None
    editions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    deprecated: str = ""  # why and what instead, when the vendor marks it deprecated
    model_name: str | None = None  # class name of the generated model of an object value
    schema: dict[str, Json] = field(default_factory=dict, compare=False, hash=False)
    where: Location | None = field(default=None, compare=False, hash=False, repr=False)  # in the spec, for located mistakes

    @property
    def is_object(self) -> bool:
        return self.type == "object"

    @property
    def is_array(self) -> bool:
        return self.type == "array"

    @property
    def is_enum(self) -> bool:
        """True when the allowed values make a type of their own (an enum); a boolean's allowed
        values (`true, false`) leave it a boolean."""
        return bool(self.enum) and self.type != "boolean"

    @property
    def wire_names(self) -> tuple[str, ...]:
        """Every wire spelling an answer may use for this field: its own, then the one some editions send."""
        if self.name is None:
            return ()
        return (self.name.wire, *((self.preferred.wire,) if self.preferred is not None else ()))

    @property
    def constraint_notes(self) -> tuple[str, ...]:
        """The documented constraints a type cannot carry, as short sentences for an SDK's doc comment
        (`Server default: `0`.`, `Format: e164.`, `Minimum: 1.`), in a fixed order."""
        notes = []
        if self.has_default:
            notes.append(f"Server default: `{json.dumps(self.default, ensure_ascii=False)}`.")
        if self.allowed_text:
            notes.append(f"Allowed: `{self.allowed_text}`.")
        if self.format:
            notes.append(f"Format: {self.format}.")
        if self.unit:
            notes.append(f"Unit: {self.unit}.")
        for label, bound in (
            ("Minimum", self.minimum),
            ("Maximum", self.maximum),
            ("Minimum length", self.min_length),
            ("Maximum length", self.max_length),
            ("Minimum items", self.min_items),
            ("Maximum items", self.max_items),
        ):
            if bound is not None:
                notes.append(f"{label}: {bound}.")
        return tuple(notes)


@dataclass(frozen=True)
class Variant:
    message: str
    editions: tuple[str, ...]


@dataclass(frozen=True)
class ErrorGroup:
    code: int
    id: str
    class_name: str
    description: str
    mnemonics: tuple[str, ...] = ()
    errors: tuple[ErrorDef, ...] = ()  # the ErrorDefs of `mnemonics`, in that order
    where: Location | None = field(default=None, compare=False, hash=False, repr=False)  # in the spec, for located mistakes


@dataclass(frozen=True)
class ErrorDef:
    mnemonic: str
    class_name: str
    codes: tuple[int, ...]
    common: bool
    message: str
    description: str
    variants: tuple[Variant, ...] = ()
    spellings: tuple[Variant, ...] = ()  # other wire spellings (message = spelling)
    preferred_name: str | None = None
    placeholders: tuple[str, ...] = ()
    counted_in_limits: bool = True
    methods: tuple[str, ...] = ()  # wire names of the methods that list it
    # (code, group class, class raised for that code): a mnemonic documented with several codes
    # gets one class per code that is both the mnemonic's class and the code group's class
    code_classes: tuple[tuple[int, str, str], ...] = ()
    where: Location | None = field(default=None, compare=False, hash=False, repr=False)  # in the spec, for located mistakes

    def raised_class(self, code: int) -> str:
        """The class raised for this mnemonic answered with ``code`` (a combined class when it has several codes)."""
        found = next((raised for c, _, raised in self.code_classes if c == code), None)
        if found is None:
            raise KeyError(f"{self.mnemonic} is not documented with code {code}")
        return found

    def group_class(self, code: int) -> str:
        """The class of the code group ``code`` belongs to."""
        return next(group for c, group, _ in self.code_classes if c == code)

    @property
    def renews_session(self) -> bool:
        """True when the key was refused for its age or validity: log in again, then re-send (it was not executed)."""
        return self.mnemonic in SESSION_REFUSALS

    @property
    def waits_for_reset(self) -> bool:
        """True when a used-up points limit refused the call: re-sending after the reset is safe (it was not executed)."""
        return self.mnemonic in LIMIT_REFUSALS

    @property
    def refuses_state(self) -> bool:
        """True when the call was in a state the method does not act in (the method enforces its allowed states)."""
        return self.mnemonic in STATE_REFUSALS

    @property
    def wire_names(self) -> tuple[str, ...]:
        """Every wire spelling of the mnemonic: its own first, then the ones some editions send."""
        return (self.mnemonic, *(s.message for s in self.spellings))

    @property
    def doc_details(self) -> tuple[str, ...]:
        """What an SDK's doc comment of the class adds after the server's message, as Markdown
        sentences: where the message's placeholders are (`params` holds `leg_id`.) and the other
        wire spellings (Also sent as `x`.)."""
        details = []
        if self.placeholders:
            details.append("`params` holds " + ", ".join(f"`{p}`" for p in self.placeholders) + ".")
        if self.spellings:
            details.append("Also sent as " + ", ".join(f"`{s.message}`" for s in self.spellings) + ".")
        return tuple(details)

    @property
    def base_class(self) -> str | None:
        """The code group class this mnemonic's class derives from; None when it is documented under
        several codes (then each of ``combined_classes`` derives from it and from one group class)."""
        return self.code_classes[0][1] if len(self.code_classes) == 1 else None

    @property
    def combined_classes(self) -> tuple[tuple[int, str, str], ...]:
        """(code, group class, combined class) for each code of a mnemonic documented under several
        codes; empty for a mnemonic with one code (its own class is raised)."""
        return self.code_classes if len(self.code_classes) > 1 else ()

    @property
    def answers(self) -> tuple[tuple[int, str, str], ...]:
        """(code, wire spelling, class raised) for every documented pairing of a code with a spelling."""
        return tuple((code, name, raised) for code, _, raised in self.code_classes for name in self.wire_names)


@dataclass(frozen=True)
class MethodError:
    error: ErrorDef
    code: int
    message: str
    description: str
    variants: tuple[Variant, ...] = ()
    editions: tuple[str, ...] = ()

    @property
    def mnemonic(self) -> str:
        return self.error.mnemonic

    @property
    def raised_class(self) -> str:
        """The class the SDKs raise for this error of this method."""
        return self.error.raised_class(self.code)

    @property
    def group_class(self) -> str:
        return self.error.group_class(self.code)


@dataclass(frozen=True)
class Example:
    title: str
    request: Json
    response: Json
    editions: tuple[str, ...] = ()
    deviations: tuple[tuple[str, str], ...] = ()

    @property
    def params(self) -> dict[str, Json]:
        params: dict[str, Json] = self.request.get("params", {})
        return params

    @property
    def result_data(self) -> Json:
        return self.response.get("result", {}).get("data")


@dataclass(frozen=True)
class Result:
    kind: str  # object | list
    fields: tuple[Field, ...]
    model_name: str  # the class: the method's own (`HoldCallResult`) or one several methods share (`SuccessResult`)
    description: str = ""  # what this method's result says
    shared: bool = False  # several methods share the class (`model:` in the spec): made once, from `Api.shared_results`
    alias: str = ""  # a method's name for its shared class (`HoldCallResult`), which the SDKs keep as an alias
    schema: dict[str, Json] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_list(self) -> bool:
        return self.kind == "list"


@dataclass(frozen=True)
class Method:
    names: Names
    group: str
    component: str
    summary: str
    description: str
    acts_on_call: bool
    params: tuple[Field, ...]
    result: Result
    errors: tuple[MethodError, ...]
    examples: tuple[Example, ...]
    states: tuple[str, ...] = ()
    states_note: str = ""
    notes: tuple[Note, ...] = ()
    sources: tuple[tuple[str, str, str], ...] = ()  # (edition, path, commit)
    deprecated: str = ""  # why and what instead, when the vendor marks it deprecated
    session: str = ""  # "opens" or "closes" for the methods that start and end a session (the spec's flag)
    params_schema: dict[str, Json] = field(default_factory=dict, compare=False, hash=False)
    where: Location | None = field(default=None, compare=False, hash=False, repr=False)  # in the spec, for located mistakes

    @property
    def wire(self) -> str:
        return self.names.wire

    @property
    def needs_token(self) -> bool:
        return any(p.name is not None and p.name.wire == "access_token" for p in self.params)

    @property
    def call_params(self) -> tuple[Field, ...]:
        """The parameters a caller passes (the client supplies access_token itself)."""
        return tuple(p for p in self.params if p.name is not None and p.name.wire != "access_token")

    @property
    def opens_session(self) -> bool:
        """True for the method that trades credentials for a session key (``session: opens``)."""
        return self.session == "opens"

    @property
    def closes_session(self) -> bool:
        """True for the method that ends the session of the key it is sent with (``session: closes``)."""
        return self.session == "closes"

    def param(self, wire: str) -> Field:
        """The parameter of that wire name."""
        return next(p for p in self.params if p.name is not None and p.name.wire == wire)

    @property
    def has_required_params(self) -> bool:
        """True when a caller must pass something (beyond the access token)."""
        return any(p.required for p in self.call_params)

    def lists_error(self, mnemonic: str, code: int) -> bool:
        """True when this method documents ``mnemonic`` with ``code`` among its own errors."""
        return any(e.mnemonic == mnemonic and e.code == code for e in self.errors)

    def example_args(self, example: Example) -> tuple[tuple[Field, Json], ...]:
        """The parameters a caller passes that the example sends, each with its value, in the
        example's order: what an SDK call built from the example names."""
        by_wire = {p.name.wire: p for p in self.call_params if p.name is not None}
        return tuple((by_wire[name], value) for name, value in example.params.items() if name in by_wire)

    def example_extras(self, example: Example) -> tuple[str, ...]:
        """Parameters the example sends that the method does not document (left out of SDK calls)."""
        documented = {p.name.wire for p in self.params if p.name is not None}
        return tuple(name for name in example.params if name not in documented)

    @property
    def checks_call_state(self) -> bool:
        """True when the method refuses a call in a state it does not act in (``invalid_state``), so a
        simulator must enforce the states it is allowed in."""
        return any(e.error.refuses_state for e in self.errors)

    @property
    def param_models(self) -> tuple[Field, ...]:
        """The named objects its parameters take, at any depth, in page order (repeats kept)."""
        found: list[Field] = []
        todo = list(self.call_params)
        while todo:
            f = todo.pop(0)
            if f.model_name:
                found.append(f)
            todo[:0] = [*f.fields, *((f.items,) if f.items is not None else ())]
        return tuple(found)

    @property
    def signature_models(self) -> tuple[str, ...]:
        """The classes its client method's signature names: the models its parameters take
        (through arrays) and its result's model."""
        names = []
        for p in self.call_params:
            while p.items is not None:
                p = p.items
            if p.model_name:
                names.append(p.model_name)
        return (*names, self.result.model_name)

    @property
    def external_id_param(self) -> Field | None:
        """The caller's own id of the call this method starts, when it takes one (names it in errors)."""
        return next((p for p in self.call_params if p.name is not None and p.name.wire == "external_id"), None)


@dataclass(frozen=True)
class Brand:
    id: str
    name: str
    base_url: str
    editions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edition:
    id: str
    language: str
    source: str
    description: str
    name: str = ""  # as readers know it
    url: str | None = None  # public site; a page is url + its source path


@dataclass(frozen=True)
class Component:
    id: str
    name: str
    vendor_name: str
    description: str
    methods: tuple[str, ...]


@dataclass(frozen=True)
class MethodGroup:
    id: str
    title: str
    description: str
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class Package:
    """A generated package's release state (releases.yaml): its version is its own, not the API's."""

    target: str  # the target folder under templates/, e.g. python
    name: str  # the distribution name on the package index
    version: str  # semantic version of the SDK
    changelog: str  # Markdown: every release, newest first
    license: str  # SPDX expression
    repository: str  # where the toolchain (and so the package's source) lives
    api_docs: str  # the vendor's reference pages of the API


@dataclass(frozen=True)
class CallState:
    """A state of a call session, or an event (not a method) that moves a call between states."""

    id: str
    description: str


@dataclass(frozen=True)
class Transition:
    """From any of ``sources``, ``method`` (or ``event``) moves the call to ``to``; with ``after``,
    only when that method was called since the call entered the state."""

    sources: tuple[str, ...]
    to: str
    method: str | None = None
    event: str | None = None
    after: str | None = None
    note: str = ""

    @property
    def trigger(self) -> str:
        return self.method or self.event or ""


@dataclass(frozen=True)
class CallStates:
    """The call state machine of ``spec/call_states.yaml``."""

    description: str
    initial: str
    final: str
    start_methods: tuple[str, ...]
    start_note: str
    states: tuple[CallState, ...]
    events: tuple[CallState, ...]
    transitions: tuple[Transition, ...]
    notes: tuple[Note, ...] = ()

    def allowed(self, method: str) -> tuple[str, ...]:
        """The states a method has a transition from, in the order of ``states``."""
        sources = {s for t in self.transitions if t.method == method for s in t.sources}
        return tuple(s.id for s in self.states if s.id in sources)


@dataclass(frozen=True)
class Api:
    title: str
    summary: str
    description: str
    protocol: dict[str, Json]
    versions: dict[str, Json]
    version: str
    brands: tuple[Brand, ...]
    editions: tuple[Edition, ...]
    session_lifetime_seconds: int
    authentication: str
    conventions: tuple[str, ...]
    envelope_description: str
    metadata_fields: tuple[Field, ...]
    limits: dict[str, Json]
    components: tuple[Component, ...]
    groups: tuple[MethodGroup, ...]
    notes: tuple[Note, ...]
    error_object_description: str
    error_object_fields: tuple[Field, ...]
    error_groups: tuple[ErrorGroup, ...]
    errors: tuple[ErrorDef, ...]
    methods: tuple[Method, ...]
    call_states: CallStates
    model_names: tuple[str, ...] = ()  # every class the typed-models step makes
    models: tuple[Field, ...] = ()  # the named nested objects of the methods, once each, by name
    shared_results: tuple[Result, ...] = ()  # result classes several methods share, once each, by name
    packages: tuple[Package, ...] = ()  # the release state of each generated package (releases.yaml)

    def package(self, target: str) -> Package:
        """The release state of a target's package; a target with none is a mistake in releases.yaml."""
        for package in self.packages:
            if package.target == target:
                return package
        raise LookupError(f"releases.yaml has no package for target '{target}'")

    language: str = "en"  # of the texts; the spec's own language is English
    translations: tuple[Api, ...] = ()  # the same API with the texts of each translation catalogue

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.language, *(t.language for t in self.translations))

    def in_language(self, language: str) -> Api:
        """This API with its texts in ``language`` (English where a text has no translation)."""
        found = next((a for a in (self, *self.translations) if a.language == language), None)
        if found is None:
            raise KeyError(f"no '{language}' translation (have: {', '.join(self.languages)})")
        return found

    @property
    def common_errors(self) -> tuple[ErrorDef, ...]:
        return tuple(e for e in self.errors if e.common)

    @property
    def session_opener(self) -> Method:
        """The method that trades credentials for a session key."""
        return next(m for m in self.methods if m.opens_session)

    @property
    def session_closer(self) -> Method:
        """The method that ends the session of the key it is sent with."""
        return next(m for m in self.methods if m.closes_session)

    @property
    def limit_error(self) -> ErrorDef:
        """The refusal of a call because the points budget is used up (re-sent after the reset)."""
        return next(e for e in self.errors if e.waits_for_reset)

    @property
    def call_lister(self) -> Method | None:
        """The method that lists calls with the caller's own ``external_id``: where to look up a
        call whose outcome is unknown. None when no method does."""
        return next(
            (
                m
                for m in self.methods
                if m.result.is_list
                and not m.acts_on_call
                and any(f.name is not None and f.name.wire == "external_id" for f in m.result.fields)
            ),
            None,
        )

    @property
    def param_models(self) -> tuple[Field, ...]:
        """The named objects of the methods' parameters, at any depth, once each, sorted by name
        (as in ``models``: a shared model with its shared description)."""
        used = {f.model_name for m in self.methods for f in m.param_models}
        return tuple(f for f in self.models if f.model_name in used)

    @property
    def signature_models(self) -> tuple[str, ...]:
        """Every class the client methods' signatures name, once each, sorted."""
        return tuple(sorted({name for m in self.methods for name in m.signature_models}))

    @property
    def metadata_required(self) -> tuple[str, ...]:
        """Wire names of the metadata blocks every answer carries."""
        return tuple(f.name.wire for f in self.metadata_fields if f.required and f.name is not None)

    @property
    def errors_differing_by_edition(self) -> tuple[ErrorDef, ...]:
        """The errors some editions word (``variants``) or spell (``spellings``) differently."""
        return tuple(e for e in self.errors if e.variants or e.spellings)

    @property
    def first_method_with_errors(self) -> Method | None:
        """The first method that documents errors of its own and an example: a page's sample of catching one."""
        return next((m for m in self.methods if m.errors and m.examples), None)

    @property
    def metadata_spellings(self) -> tuple[tuple[str, str, str], ...]:
        """(block, other spelling, wire name) for every metadata field some editions spell differently."""
        return tuple(
            (block.name.wire, f.preferred.wire, f.name.wire)
            for block in self.metadata_fields
            for f in block.fields
            if block.name is not None and f.name is not None and f.preferred is not None
        )

    def method(self, wire: str) -> Method:
        return next(m for m in self.methods if m.wire == wire)

    def error(self, mnemonic: str) -> ErrorDef:
        return next(e for e in self.errors if e.mnemonic == mnemonic)

    def edition(self, edition_id: str) -> Edition:
        return next(e for e in self.editions if e.id == edition_id)

    def editions_of(self, ids: tuple[str, ...]) -> tuple[Edition, ...]:
        """The editions of those ids, in the spec's order."""
        return tuple(e for e in self.editions if e.id in ids)

    @property
    def error_data_field(self) -> Field:
        """The `data` member of a JSON-RPC error object (mnemonic, field, value, params, metadata)."""
        return next(f for f in self.error_object_fields if f.name is not None and f.name.wire == "data")

    def group(self, group_id: str) -> MethodGroup:
        return next(g for g in self.groups if g.id == group_id)

    def component(self, component_id: str) -> Component:
        return next(c for c in self.components if c.id == component_id)

    def error_group(self, code: int) -> ErrorGroup:
        return next(g for g in self.error_groups if g.code == code)

    @property
    def mutating_methods(self) -> tuple[Method, ...]:
        return tuple(m for m in self.methods if m.acts_on_call)

    @property
    def deprecation_flag(self) -> tuple[Field, Field]:
        """The metadata block and its boolean field that say the API version called is deprecated
        (`api_version.current_version_depricated`, as the vendor spells it; `preferred` holds the other spelling)."""
        for block in self.metadata_fields:
            flag = next((f for f in block.fields if f.type == "boolean"), None)
            if flag is not None:
                return block, flag
        raise LookupError("metadata has no boolean flag")

    @property
    def field_lists(self) -> tuple[tuple[Field, ...], ...]:
        """The fields of every object the spec describes, once per place it is described: the
        metadata, the error object, each method's parameters and result, and every object nested
        in them (an array's elements included). What a rule over sibling fields walks."""
        found: list[tuple[Field, ...]] = []

        def walk(fields: tuple[Field, ...]) -> None:
            found.append(fields)
            for f in fields:
                while f.items is not None:
                    f = f.items
                if f.fields:
                    walk(f.fields)

        for fields in (self.metadata_fields, self.error_object_fields):
            walk(fields)
        for m in self.methods:
            walk(m.params)
            walk(m.result.fields)
        return tuple(found)

    @property
    def result_model_names(self) -> tuple[str, ...]:
        """Names of the nested models that appear in results (read tolerantly: the API may add enum values)."""
        found: set[str] = set()
        todo = [f for m in self.methods for f in m.result.fields]
        while todo:
            f = todo.pop()
            while f.items is not None:
                f = f.items
            if f.model_name and f.fields and f.model_name not in found:
                found.add(f.model_name)
                todo.extend(f.fields)
        return tuple(sorted(found))

    @property
    def secret_names(self) -> tuple[str, ...]:
        """Wire names whose values are credentials: the key every method sends and whatever opens a session."""
        names = {"access_token"}
        for m in self.methods:
            if m.opens_session:
                names |= {p.name.wire for p in m.call_params if p.name is not None}
        return tuple(sorted(names))
