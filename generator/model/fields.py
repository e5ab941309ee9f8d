"""Fields: a parameter, result or metadata value described in the spec, nested to any depth,
with its type checks, the classes its objects become and the shared models (`model:`) they use."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ..errors import SpecError
from ..loader import SourceFile
from .context import BuildContext
from .naming import pascal
from .schema import field_schema, object_schema
from .types import Field, Result

__all__ = ["FieldReader", "is_of"]

_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


def is_of(value: Any, kind: str) -> bool:
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


class FieldReader:
    """Reads fields; remembers the classes their objects become (``model_names``) and the
    objects that share a model, to compare once every method is read."""

    def __init__(self, ctx: BuildContext) -> None:
        self.ctx = ctx
        self.model_names: list[str] = ["Metadata"]  # classes of the typed-models step
        self.shared_models: dict[str, list[tuple[Field, Any]]] = {}  # `model:` name -> its objects and their places
        self.model_docs = {m["name"]: m["description"].strip() for m in ctx.raw.api.data.get("models", ())}

    def field(
        self, source: SourceFile, path: tuple[Any, ...], data: dict[str, Any], model_name: str, kind_of_fields: str | None
    ) -> Field:
        ctx = self.ctx
        name = ctx.names(data["name"]) if "name" in data else None
        kind = data["type"]
        model_name = data.get("model", model_name)
        where = ".".join(str(p) for p in path)
        if "fields" in data and kind != "object":
            ctx.error(
                source, (*path, "fields"), f"'fields' given for a value of type {kind} (only objects have fields)", key=True
            )
        if "items" in data and kind != "array":
            ctx.error(source, (*path, "items"), f"'items' given for a value of type {kind} (only arrays have items)", key=True)
        if kind == "array" and "items" not in data:
            ctx.error(source, path, f"{where}: an array needs 'items' describing its elements")
        fields = (
            self.fields(source, (*path, "fields"), data.get("fields", ()), model_name, kind_of_fields) if kind == "object" else ()
        )
        items = None
        if kind == "array" and "items" in data:
            items = self.field(source, (*path, "items"), data["items"], model_name, kind_of_fields)
        enum = tuple(data.get("enum", ()))
        for i, value in enumerate(enum):
            if not is_of(value, kind):
                ctx.error(source, (*path, "enum", i), f"allowed value {value!r} is not of type {kind}")
        if "default" in data:
            default = data["default"]
            if enum and default not in enum:
                options = ", ".join(str(v) for v in enum)
                ctx.error(source, (*path, "default"), f"default {default!r} is not one of the allowed values ({options})")
            elif default is not None and not is_of(default, kind):
                ctx.error(source, (*path, "default"), f"default {default!r} is not of type {kind}")
        if "model" in data and (kind != "object" or not fields):
            ctx.error(source, (*path, "model"), "'model' names the class of an object with fields; this value has none", key=True)
        if "model" in data and data["model"] not in self.model_docs:
            ctx.error(source, (*path, "model"), f"model '{data['model']}' is not defined in api.yaml models")
        if kind == "object" and fields and not ("model" in data and model_name in self.shared_models):
            ctx.claim_class(model_name, f"the object at {source.name}:{where}", source, path)
            self.model_names.append(model_name)
        result = Field(
            name=name,
            type=kind,
            description=data.get("description", "").strip(),
            required=data.get("required", False),
            documented_type=data.get("documented_type"),
            preferred=ctx.names(data["preferred_name"]) if "preferred_name" in data else None,
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
            editions=ctx.check_editions(source, (*path, "editions"), data.get("editions")),
            notes=tuple(data.get("notes", ())),
            deprecated=data.get("deprecated", "").strip(),
            model_name=model_name if kind == "object" and fields else None,
            where=source.at((*path, "name") if name else path),
        )
        result = replace(result, schema=field_schema(result))
        if "model" in data and result.model_name:
            self.shared_models.setdefault(model_name, []).append((result, source.at(path)))
        return result

    def fields(self, source: SourceFile, path: tuple[Any, ...], items: Any, prefix: str, kind: str | None) -> tuple[Field, ...]:
        """The fields of an object; ``kind`` (``parameter``, ``field`` or None) is what targets' reserved names apply to."""
        self.ctx.unique(source, path, items, "name", "name")
        built = []
        nested = "field" if kind else None
        for i, data in enumerate(items):
            built.append(self.field(source, (*path, i), data, prefix + pascal(data["name"]), nested))
            if kind:
                self.ctx.check_name(kind, self.ctx.names(data["name"]), kind, source, (*path, i, "name"))
        return tuple(built)

    def result(self, source: SourceFile, data: dict[str, Any], own_name: str) -> Result:
        """A method's result; with `model:` its class is one several methods share (named in api.yaml models),
        and ``own_name`` (`HoldCallResult`) stays as the method's alias of it."""
        ctx = self.ctx
        shared = data.get("model")
        model_name = shared or own_name
        if shared and shared not in self.model_docs:
            ctx.error(source, ("result", "model"), f"model '{shared}' is not defined in api.yaml models")
        if model_name not in self.shared_models:  # a shared class is claimed and made once
            if shared:
                ctx.claim_class(model_name, f"the result shared as {shared} (first by {source.name})", source, ("result", "model"))
            self.model_names.append(model_name)
        fields = self.fields(source, ("result", "fields"), data["fields"], model_name, "field")
        description = data.get("description", "").strip()
        # the schema is the class's: a shared class is described by api.yaml, not by one of its methods
        class_doc = self.model_docs.get(shared, "") if shared else description
        if shared:
            shape = Field(name=None, type="object", fields=fields, model_name=model_name)
            self.shared_models.setdefault(model_name, []).append((shape, source.at(("result",))))
        return Result(
            kind=data["kind"],
            fields=fields,
            model_name=model_name,
            description=description,
            shared=bool(shared),
            alias=own_name if shared else "",
            schema=object_schema(fields, title=model_name, description=class_doc),
        )

    def check_shared_models(self) -> None:
        """Objects sharing a model must have the same structure; the odd ones out are reported."""
        for name, uses in self.shared_models.items():
            shapes = Counter(_shape(f) for f, _ in uses)
            usual = shapes.most_common(1)[0][0]
            example = next(place for f, place in uses if _shape(f) == usual)
            for f, place in uses:
                if _shape(f) != usual:
                    self.ctx.errors.append(
                        SpecError(
                            place,
                            f"this object differs from the other '{name}' objects (e.g. {example}); a shared model needs the same fields",
                        )
                    )
