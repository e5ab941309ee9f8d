"""JSON Schema of values described by ``Field``: one function, used by the
example cross-check, the typed-models step and the machine-readable targets."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FORMAT_PATTERNS", "conform", "field_schema", "object_schema", "portable_schema"]

# Formats of the spec that JSON Schema does not define, as patterns. Strict validators (Ajv) refuse a
# schema with an unknown format, so documents for other people's tools carry these instead.
FORMAT_PATTERNS = {
    "e164": r"^\+?[0-9]{1,15}$",
    "dtmf": r"^[0-9*#.]+$",
    "sip": r"^(sips?:)?[^\s@]+(@[^\s@]+)?$",
}

_BOUNDS = (
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("min_length", "minLength"),
    ("max_length", "maxLength"),
    ("min_items", "minItems"),
    ("max_items", "maxItems"),
)


def object_schema(fields: Any, *, title: str | None = None, description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object"}
    if title:
        schema["title"] = title
    if description:
        schema["description"] = description
    schema["properties"] = {f.name.wire: field_schema(f) for f in fields}
    required = [f.name.wire for f in fields if f.required and not f.preferred]
    either = [f for f in fields if f.required and f.preferred]
    for f in fields:
        if f.preferred:  # a second documented wire spelling: the object may carry either
            schema["properties"][f.preferred.wire] = field_schema(f)
    if required:
        schema["required"] = required
    if either:
        schema["allOf"] = [{"anyOf": [{"required": [f.name.wire]}, {"required": [f.preferred.wire]}]} for f in either]
    schema["additionalProperties"] = False
    return schema


def field_schema(field: Any) -> dict[str, Any]:
    """The JSON Schema of one field (recursively for objects and arrays)."""
    if field.type == "object":
        schema = object_schema(field.fields, title=field.model_name, description=field.description)
        if not field.fields:  # an object the docs leave open
            del schema["properties"], schema["additionalProperties"]
    else:
        schema = {"type": field.type}
        if field.description:
            schema["description"] = field.description
    if field.type == "array" and field.items is not None:
        schema["items"] = field_schema(field.items)
    if field.enum:
        schema["enum"] = list(field.enum)
    if field.has_default:
        schema["default"] = field.default
    if field.format:
        schema["format"] = field.format
    for attr, key in _BOUNDS:
        value = getattr(field, attr)
        if value is not None:
            schema[key] = value
    if field.nullable:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def portable_schema(schema: Any, title: str | None = None) -> Any:
    """A copy of ``schema`` that strict validators and code generators accept: a format JSON Schema
    does not define becomes its ``pattern``, the format's name kept in ``x-format``; ``title`` is
    set when given and the schema has none."""
    if isinstance(schema, list):
        return [portable_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: v if k in ("enum", "default", "const", "examples") else portable_schema(v) for k, v in schema.items()}
    if isinstance(out.get("properties"), dict):  # property names are names, not schemas
        out["properties"] = {k: portable_schema(v) for k, v in schema["properties"].items()}
    fmt = out.get("format")
    if fmt in FORMAT_PATTERNS:
        del out["format"]
        out.setdefault("pattern", FORMAT_PATTERNS[fmt])
        out["x-format"] = fmt
    if title and "title" not in out:
        out = {"title": title, **out}
    return out


def conform(value: Any, schema: Any) -> Any:
    """``value`` with the vendor's quoted scalars read as the schema's type ("true" where a boolean is
    documented, "42" where an integer is), at any depth; anything else is left as it is."""
    if not isinstance(schema, dict):
        return value
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if isinstance(value, str) and "string" not in types:
        if "boolean" in types and value in ("true", "false"):
            return value == "true"
        if "integer" in types and re.fullmatch(r"-?[0-9]+", value):
            return int(value)
        if "number" in types and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
            return float(value) if "." in value else int(value)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: conform(v, props[k]) if k in props else v for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [conform(v, schema["items"]) for v in value]
    return value
