"""JSON Schema of values described by ``Field``: one function, used by the
example cross-check, the typed-models step and the machine-readable targets."""

from __future__ import annotations

from typing import Any

__all__ = ["field_schema", "object_schema"]

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
