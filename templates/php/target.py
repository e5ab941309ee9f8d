"""PHP facts the templates cannot express: identifiers, literals, type spelling, one class per file.

The generator loads this module for the `php` target only (see `generator/render`): `FILTERS`
and `GLOBALS` reach the templates, `EACH` names the collections that `each:` in the manifest
renders one file per item of (PSR-4 wants one class, enum or interface per file).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

NAMESPACE = "CloudPbx\\CallApi"

# PHP keywords and type names that cannot name a class, enum or interface (PHP compares class
# names case-insensitively), plus the SDK's hand-written classes, which generated classes must not take.
_RESERVED_CLASS = frozenset(
    [
        "abstract",
        "and",
        "array",
        "as",
        "bool",
        "break",
        "callable",
        "case",
        "catch",
        "class",
        "clone",
        "const",
        "continue",
        "declare",
        "default",
        "do",
        "echo",
        "else",
        "elseif",
        "empty",
        "enddeclare",
        "endfor",
        "endforeach",
        "endif",
        "endswitch",
        "endwhile",
        "enum",
        "eval",
        "exit",
        "extends",
        "false",
        "final",
        "finally",
        "float",
        "fn",
        "for",
        "foreach",
        "function",
        "global",
        "goto",
        "if",
        "implements",
        "include",
        "instanceof",
        "insteadof",
        "int",
        "interface",
        "isset",
        "iterable",
        "list",
        "match",
        "mixed",
        "namespace",
        "never",
        "new",
        "null",
        "object",
        "or",
        "parent",
        "print",
        "private",
        "protected",
        "public",
        "readonly",
        "require",
        "return",
        "self",
        "static",
        "string",
        "switch",
        "throw",
        "trait",
        "true",
        "try",
        "unset",
        "use",
        "var",
        "void",
        "while",
        "xor",
        "yield",
    ]
) | {
    # the SDK's own classes, as the manifest reserves them for validate: one list for both
    name.lower()
    for entry in yaml.safe_load((Path(__file__).parent / "manifest.yaml").read_text("utf-8")).get("reserved", ())
    if "class" in entry["kinds"]
    for name in entry["names"]
    if "*" not in name
}

_WORD = re.compile(r"[A-Za-z0-9]+")


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _WORD.findall(text))


def _class_problem(name: str) -> str | None:
    """Why `name` cannot name a PHP class, enum or interface (None: it can)."""
    if not name or name[0].isdigit():
        return "it is not an identifier"
    if name.lower() in _RESERVED_CLASS:
        return "it is a PHP keyword or type, or one of the SDK's own classes (PHP compares class names case-insensitively)"
    return None


def prop(field: Any) -> str:
    """The property and named-argument name of a field: camelCase of its wire name (`$this` is taken)."""
    name = _pascal(field.name.wire)
    name = name[:1].lower() + name[1:]
    return name + "_" if name in ("this", "") or name[0].isdigit() else name


def case_name(value: Any) -> str:
    """An enum case for an allowed value (`regional_fixed_for_numa` -> `RegionalFixedForNuma`)."""
    name = _pascal(str(value))
    name = name if name and not name[0].isdigit() else "V" + name
    return name + "_" if name.lower() == "class" else name


def php_str(value: Any) -> str:
    """A single-quoted PHP string literal: only `\\` and `'` are special there."""
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_value(value: Any) -> str:
    """A PHP literal of a JSON value (objects as arrays with string keys)."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return php_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(php_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "[" + ", ".join(f"{php_str(k)} => {php_value(v)}" for k, v in value.items()) + "]"
    raise TypeError(f"not a JSON value: {value!r}")


def _wrap(line: str, width: int) -> list[str]:
    """A long line broken at spaces, continuation lines indented like its text (list items too)."""
    if len(line) <= width:
        return [line]
    lead = re.match(r"\s*(?:[-*] |\d+\. )?", line)
    hang = " " * (lead.end() if lead else 0)
    return textwrap.wrap(line, width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False)


def php_doc(value: Any, indent: int = 0) -> str:
    """Text inside a /** */ block whose `*` is in column `indent`, wrapped to PSR-12's 120
    columns (the first line may start up to 30 columns further right); `*/` cannot close it."""
    text = str(value).replace("*/", "*&#47;").strip()
    pad = " " * indent + " *"
    lines = [wrapped for line in text.splitlines() for wrapped in _wrap(line, 120 - 30 - indent)]
    return "\n".join(line if not i else (pad + (" " + line if line.strip() else "")) for i, line in enumerate(lines))


# --- the classes: data classes, enums, exceptions --------------------------------------------


@dataclass(frozen=True)
class DataClass:
    """A readonly class of wire fields: `params` (a method's arguments), `result` (what a method
    returns, or one element of a list), `model` (a nested object, or the answer's metadata)."""

    name: str
    kind: str
    fields: tuple[Any, ...]
    doc: str
    method: Any = None
    secrets: tuple[Any, ...] = ()  # fields holding credentials (masked in __debugInfo)
    origin: Any = None  # the spec object it is made from (the method, or the object's field), for located mistakes

    @property
    def ctor_fields(self) -> tuple[Any, ...]:
        """Constructor order: PHP wants every parameter with a default after those without."""
        if self.kind != "params":
            return self.fields
        return tuple(sorted(self.fields, key=_optional))

    @property
    def owner(self) -> str:
        """What enum names of its fields are scoped by (see `_enum_names`)."""
        return self.method.names.pascal if self.method is not None else self.name


@dataclass(frozen=True)
class EnumClass:
    name: str
    backing: str  # string | int
    values: tuple[Any, ...]
    doc: str
    origin: Any = None  # the first field whose allowed values it holds


@dataclass(frozen=True)
class ErrorClass:
    """`group` (a code), `mnemonic` (one code), `interface` (a mnemonic sent with several codes:
    catchable, never thrown itself), `combined` (that mnemonic with one code)."""

    name: str
    kind: str
    parent: str
    error: Any = None
    group: Any = None
    code: int | None = None
    implements: str | None = None

    @property
    def origin(self) -> Any:
        return self.error or self.group


def _walk(fields: Any, owner: str) -> Any:
    for f in fields:
        yield f, owner
        inner = f
        while inner is not None and inner.is_array:
            inner = inner.items
            if inner is not None:
                yield inner, owner
        if inner is not None and inner.is_object and inner.model_name and inner.fields:
            yield from _walk(inner.fields, inner.model_name)


def _metadata(api: Any) -> DataClass:
    return DataClass("Metadata", "model", api.metadata_fields, api.envelope_description)


def data_classes(api: Any) -> tuple[DataClass, ...]:
    found: dict[str, DataClass] = {"Metadata": _metadata(api)}
    first_use: dict[str, Any] = {}  # a shared result class -> the first method returning it (where a mistake is shown)
    nested = [*api.models, *(f for f, _ in _walk(api.metadata_fields, "Metadata"))]
    for f in nested:
        if f.is_object and f.model_name and f.fields:
            found.setdefault(f.model_name, DataClass(f.model_name, "model", f.fields, f.description, origin=f))
    for m in api.methods:
        if m.call_params:
            found[m.names.pascal + "Params"] = DataClass(
                m.names.pascal + "Params", "params", m.call_params, m.summary, m, origin=m
            )
        if m.result.shared:
            first_use.setdefault(m.result.model_name, m)
        else:
            result_doc = m.result.description or f"What `{m.wire}` returns."
            found[m.result.model_name] = DataClass(m.result.model_name, "result", m.result.fields, result_doc, m, origin=m)
    for r in api.shared_results:  # one class for every method that returns it
        found[r.model_name] = DataClass(r.model_name, "result", r.fields, r.description, origin=first_use[r.model_name])
    secret = set(api.secret_names)
    return tuple(replace(c, secrets=tuple(f for f in c.fields if f.name.wire in secret)) for _, c in sorted(found.items()))


def _enum_fields(api: Any) -> list[tuple[Any, str]]:
    """Every enum field with the class it belongs to (params and results by method, nested by model)."""
    pairs = list(_walk(api.metadata_fields, "Metadata"))
    for m in api.methods:
        pairs += _walk(m.call_params, m.names.pascal)
        pairs += _walk(m.result.fields, m.result.model_name if m.result.shared else m.names.pascal)
    return [(f, owner) for f, owner in pairs if f.name is not None and f.is_enum]


# The last API's enum names: every enum field of every model asks for its name, and the table
# takes a walk over the whole API (a table per field made rendering quadratic in the methods).
_named: list[tuple[Any, dict[tuple[str, str, tuple[Any, ...]], str]]] = []


def _enum_names(api: Any) -> dict[tuple[str, str, tuple[Any, ...]], str]:
    """(owner, wire name, values) -> enum class. A field name whose values are the same wherever it
    appears names its enum (`Direction`); where they differ, the most used set keeps the bare name
    and each other set is prefixed with its owner (`StartSimpleCallFirstCall`). Fields of a nested
    model are prefixed with the model (`MessageType`)."""
    if _named and _named[0][0] is api:  # the API is frozen: the same object has the same names
        return _named[0][1]
    fields = _enum_fields(api)
    nested = {m.model_name for m in api.models} | {"Metadata"}
    usage: dict[str, Counter[tuple[Any, ...]]] = {}
    for f, owner in fields:
        base = (owner if owner in nested else "") + _pascal(f.name.wire)
        usage.setdefault(base, Counter())[f.enum] += 1
    names = {}
    for f, owner in fields:
        base = (owner if owner in nested else "") + _pascal(f.name.wire)
        common = usage[base].most_common(1)[0][0]
        names[(owner, f.name.wire, f.enum)] = base if f.enum == common else owner + base
    _named[:] = [(api, names)]
    return names


def enum_classes(api: Any) -> tuple[EnumClass, ...]:
    names = _enum_names(api)
    found: dict[str, EnumClass] = {}
    for f, owner in _enum_fields(api):
        name = names[(owner, f.name.wire, f.enum)]
        backing = "string" if f.type == "string" else "int"
        found.setdefault(name, EnumClass(name, backing, f.enum, f.description, origin=f))
    return tuple(found[name] for name in sorted(found))


def error_classes(api: Any) -> tuple[ErrorClass, ...]:
    found: list[ErrorClass] = [ErrorClass(g.class_name, "group", "ApiError", group=g, code=g.code) for g in api.error_groups]
    for e in api.errors:
        if e.base_class is not None:
            found.append(ErrorClass(e.class_name, "mnemonic", e.base_class, error=e, code=e.codes[0]))
            continue
        found.append(ErrorClass(e.class_name, "interface", "", error=e))
        for code, group, combined in e.combined_classes:
            found.append(ErrorClass(combined, "combined", group, error=e, code=code, implements=e.class_name))
    return tuple(found)


def enum_name(field: Any, owner: str, api: Any) -> str:
    return _enum_names(api)[(owner, field.name.wire, field.enum)]


# --- spelling types and conversions ----------------------------------------------------------

_SCALAR = {"string": "string", "integer": "int", "number": "int|float", "boolean": "bool"}
_READER = {"string": "string", "integer": "int", "number": "number", "boolean": "bool"}


def _optional(f: Any) -> bool:
    return not f.required or f.nullable


def _base_type(f: Any, owner: str, api: Any, loose: bool) -> str:
    if f.is_enum:
        return enum_name(f, owner, api) + ("|string" if loose else "")
    if f.is_object:
        return f.model_name if f.model_name and f.fields else "array"
    if f.is_array:
        return "array"
    return _SCALAR[f.type]


def php_type(f: Any, owner: str, api: Any, loose: bool = False) -> str:
    """The declared type of a property: `?T` / `T|null` when it may be absent or null."""
    base = _base_type(f, owner, api, loose)
    if not _optional(f):
        return base
    return base + "|null" if "|" in base else "?" + base


def doc_type(f: Any, owner: str, api: Any, loose: bool = False) -> str:
    """The docblock type (list<...> for arrays), or '' when the declared type says it all."""
    if not f.is_array:
        return ""
    item = f.items
    inner = "mixed" if item is None else (doc_type(item, owner, api, loose) or _base_type(item, owner, api, loose))
    return f"list<{inner}>" + ("|null" if _optional(f) else "")


def read_expr(f: Any, value: str, path: str, owner: str, api: Any, optional: bool | None = None) -> str:
    """The expression that reads `value` (wire JSON) at `path` into the field's PHP value."""
    opt = "true" if (_optional(f) if optional is None else optional) else "false"
    if f.is_enum:
        return f"$r->enum({value}, {path}, {opt}, {enum_name(f, owner, api)}::class)"
    if f.is_object and f.model_name and f.fields:
        return f"$r->model({value}, {path}, {opt}, {f.model_name}::class)"
    if f.is_object:
        return f"$r->object({value}, {path}, {opt})"
    if f.is_array:
        if f.items is None:
            return f"$r->list({value}, {path}, {opt})"
        item_type = _base_type(f.items, owner, api, True)
        inner = read_expr(f.items, "$v", "$p", owner, api, f.items.nullable)
        nullable = "?" if f.items.nullable and "|" not in item_type else ""
        item_type = item_type + ("|null" if f.items.nullable and "|" in item_type else "")
        return f"$r->list({value}, {path}, {opt}, static fn (mixed $v, string $p): {nullable}{item_type} => {inner})"
    return f"$r->{_READER[f.type]}({value}, {path}, {opt})"


def wire_value(f: Any, data: str = "$data") -> str:
    """The wire value of a field in `data`, under any of its documented spellings."""
    return "(" + " ?? ".join(f"{data}[{php_str(s)}]" for s in f.wire_names) + " ?? null)"


def write_expr(f: Any, value: str) -> str:
    """The wire JSON of a field's PHP value (`null` for an absent optional value)."""
    q = "?" if _optional(f) else ""
    if f.is_enum:
        return f"Reading::wire({value})"
    if f.is_object and f.model_name and f.fields:
        return f"{value}{q}->toArray()"
    if f.is_array and f.items is not None and (f.items.is_object and f.items.model_name or f.items.is_enum):
        inner = write_expr(f.items, "$v")
        mapped = f"array_map(static fn (mixed $v): mixed => {inner}, {value})"
        return f"({value} === null ? null : {mapped})" if q else mapped
    return value


def _split_args(text: str) -> list[str]:
    """Top-level comma-separated parts of `text` (brackets and single-quoted strings respected)."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            i += 2 if ch == "\\" else 1
            quoted = quoted and ch != "'"
            continue
        if ch == "'":
            quoted = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    parts.append(text[start:].strip())
    return parts


def fit(line: str, indent: int) -> str:
    """`line` (code starting at column `indent`) as is when it fits 120 columns, else with the
    arguments of its last call one per line, each fitted in turn (PSR-12's multi-line call)."""
    if indent + len(line) <= 120:
        return line
    close = line.rstrip(",;").rfind(")")
    depth, open_ = 0, -1
    for i in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(line[i], 0)
        if depth == 0:
            open_ = i
            break
    if open_ <= 0 or close < 0:
        return line
    pad = " " * (indent + 4)
    args = [fit(arg, indent + 4) + "," for arg in _split_args(line[open_ + 1 : close])]
    return line[: open_ + 1] + "\n" + "\n".join(pad + a for a in args) + "\n" + " " * indent + line[close:]


# --- what PHP cannot spell: reported by `validate` at the place in the spec ---------------------


def unspellable_classes(api: Any) -> Iterator[tuple[Any, str]]:
    """Every class, enum and interface the SDK would declare must be a name PHP allows."""
    classes: tuple[DataClass | EnumClass | ErrorClass, ...] = (*data_classes(api), *enum_classes(api), *error_classes(api))
    for c in classes:
        problem = _class_problem(c.name)
        if problem is not None and c.origin is not None:  # made from a spec name (not `Metadata`, the SDK's own)
            yield c.origin, f"this gives the PHP class '{c.name}', which cannot be declared: {problem}"


def same_property(api: Any) -> Iterator[tuple[Any, str]]:
    """Two fields of one object whose wire names differ but give the same property (`a_b`, `aB`)."""
    for fields in api.field_lists:
        seen: dict[str, str] = {}
        for f in fields:
            other = seen.setdefault(prop(f), f.name.wire)
            if other != f.name.wire:
                yield f, f"name '{f.name.wire}' gives the same PHP property '${prop(f)}' as field '{other}'"


def same_case(api: Any) -> Iterator[tuple[Any, str]]:
    """Two allowed values of one enum that give the same case name (`a-b`, `a_b`)."""
    for e in enum_classes(api):
        seen: dict[str, Any] = {}
        for value in e.values:
            other = seen.setdefault(case_name(value), value)
            if other != value:
                yield e.origin, f"allowed values {other!r} and {value!r} give the same PHP enum case '{case_name(value)}'"


CHECKS = {"unspellable_classes": unspellable_classes, "same_property": same_property, "same_case": same_case}

FILTERS = {
    "fit": fit,
    "php_str": php_str,
    "php_value": php_value,
    "php_doc": php_doc,
    "prop": prop,
    "case_name": case_name,
}

GLOBALS = {
    "NAMESPACE": NAMESPACE,
    "php_type": php_type,
    "doc_type": doc_type,
    "read_expr": read_expr,
    "write_expr": write_expr,
    "wire_value": wire_value,
    "data_classes": data_classes,
    "enum_classes": enum_classes,
    "error_classes": error_classes,
}

EACH = {
    "data_class": lambda api: [(c.name, c) for c in data_classes(api)],
    "enum_class": lambda api: [(c.name, c) for c in enum_classes(api)],
    "error_class": lambda api: [(c.name, c) for c in error_classes(api)],
}
