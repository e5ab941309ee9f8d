"""The typed-models step: one JSON Schema document of every object the API
returns or takes, turned into pydantic v2 classes by datamodel-code-generator
(called once, in process)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..cache import cached
from ..model import Api, Field

__all__ = ["Deferred", "models_schema", "render_models", "resolve"]


@dataclass(frozen=True)
class Deferred:
    """An output computed only when the committed tree does not already hold it: ``key`` is its whole input."""

    key: str
    compute: Callable[[], str]


def resolve(source: str | Deferred) -> str:
    return source.compute() if isinstance(source, Deferred) else source


def _strip(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Schema for the models: nested objects become $refs, response-side objects allow extra keys."""
    schema = copy.deepcopy(schema)
    schema.pop("additionalProperties", None)
    # The SDK reads one spelling (the client renames the other before validation), and the
    # first-documented one stays required there.
    for either in schema.pop("allOf", ()):
        wire, other = (choice["required"][0] for choice in either["anyOf"])
        schema["properties"].pop(other, None)
        schema["required"] = [*schema.get("required", ()), wire]
    schema.pop("format", None)  # documented formats are kept as plain strings in the SDK
    schema.pop("default", None)  # defaults stay the server's business; the SDK never sends them
    if set(schema.get("enum", ())) <= {True, False, None} and "boolean" in str(schema.get("type")):
        schema.pop("enum", None)  # "true, false" as allowed values is just a boolean
    for key, sub in list(schema.get("properties", {}).items()):
        schema["properties"][key] = _ref_or_strip(sub, defs)
    if "items" in schema:
        schema["items"] = _ref_or_strip(schema["items"], defs)
    return schema


def _ref_or_strip(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    title = schema.get("title")
    if title and "properties" in schema:
        defs[title] = _strip(schema, defs)
        ref: dict[str, Any] = {"$ref": f"#/$defs/{title}"}
        if isinstance(schema.get("type"), list):  # nullable object
            return {"anyOf": [ref, {"type": "null"}]}
        return ref
    return _strip(schema, defs)


def models_schema(api: Api) -> dict[str, Any]:
    defs: dict[str, Any] = {}

    def add(field: Field) -> None:
        _ref_or_strip(field.schema, defs)

    for f in api.metadata_fields:
        add(f)
    for method in api.methods:
        for f in method.params:
            add(f)
        _ref_or_strip(method.result.schema, defs)
    for model in api.models:  # a shared model is described once, not by whichever method came last
        if model.model_name in defs and model.description:
            defs[model.model_name]["description"] = model.description
    root = {
        "title": "Metadata",
        "description": "The `metadata` block that comes with every answer.",
        "type": "object",
        "properties": {f.name.wire: _ref_or_strip(f.schema, defs) for f in api.metadata_fields if f.name},
    }
    return {**root, "$defs": dict(sorted(defs.items()))}


def render_models(api: Api, *, base_class: str, header: str) -> Deferred:
    """The models file, left to compute: datamodel-code-generator is the slowest step of a render."""
    schema = models_schema(api)
    key = json.dumps([schema, base_class, header], sort_keys=True, ensure_ascii=False)
    return Deferred(key, lambda: cached("models", key, lambda: _generate(schema, base_class, header)))


def _generate(schema: dict[str, Any], base_class: str, header: str) -> str:
    from datamodel_code_generator import DataModelType, InputFileType, LiteralType, PythonVersion, generate

    output = generate(
        schema,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_310,
        base_class=base_class,
        custom_file_header=header,
        disable_timestamp=True,
        enum_field_as_literal=LiteralType.All,
        use_standard_collections=True,
        use_union_operator=True,
        use_field_description=True,
        use_schema_description=True,
        use_double_quotes=True,
        formatters=[],
    )
    assert isinstance(output, str)
    return output
