"""The whole API as one OpenRPC 1.3.2 document, built as data.

The manifest's `engine: json` entry names `BUILD["openrpc"]`; the generator dumps what it returns
as canonical JSON, so spec text is only ever a JSON string here and cannot break the document.
"""

from __future__ import annotations

import json
from typing import Any

from generator.model import Api, Field, Method
from generator.model.schema import conform, portable_schema
from generator.model.types import Component, ErrorDef, Example, MethodGroup
from generator.render.filters import named_editions

OPENRPC_VERSION = "1.3.2"
_NO_RESULT_TEXT = "The `result` member of a successful answer."


def _error_key(error: ErrorDef, code: int) -> str:
    """A key of components/errors: the mnemonic, or mnemonic_code when the mnemonic has several codes."""
    return error.mnemonic if len(error.codes) == 1 else f"{error.mnemonic}_{abs(code)}"


def _error_object(code: int, message: str, mnemonic: str) -> dict[str, Any]:
    return {"code": code, "message": message, "data": {"mnemonic": mnemonic}}


def _ref(key: str) -> dict[str, Any]:
    return {"$ref": f"#/components/errors/{key}"}


def _component_tag(c: Component) -> dict[str, Any]:
    return {"name": c.name, "description": c.description, "x-component": c.id, "x-vendor-name": c.vendor_name}


def _group_tag(g: MethodGroup) -> dict[str, Any]:
    return {"name": g.title, "description": g.description, "x-group": g.id}


def _info(api: Api) -> dict[str, Any]:
    description = "\n\n".join(
        [
            api.summary,
            api.description.strip(),
            "## Authentication",
            api.authentication.strip(),
            "## Versions",
            api.versions["description"].strip(),
        ]
    )
    return {"title": api.title, "version": api.version, "description": description}


def _servers(api: Api) -> list[dict[str, Any]]:
    path = api.versions["path_template"].replace("{version}", api.version)
    return [
        {
            "name": b.name,
            "url": f"{b.base_url}/{path}",
            "description": f"Call API {api.version} on the servers of {b.name}.",
            "x-brand": b.id,
        }
        for b in api.brands
    ]


def _param(m: Method, p: Field) -> dict[str, Any]:
    assert p.name is not None
    out: dict[str, Any] = {
        "name": p.name.wire,
        "description": p.description.strip(),
        "required": p.required,
        "schema": portable_schema(p.schema, m.names.pascal + p.name.pascal),
    }
    if p.editions:
        out["x-editions"] = list(p.editions)
    return out


def _data_schema(m: Method) -> dict[str, Any]:
    """The schema of `result.data`: the result object, or an array of them. A class several methods
    share is a component of its own, referred to."""
    one = {"$ref": f"#/components/schemas/{m.result.model_name}"} if m.result.shared else m.result.schema
    return {"type": "array", "items": one} if m.result.is_list else one


def _result(m: Method) -> dict[str, Any]:
    data = portable_schema(_data_schema(m), m.names.pascal + "ResultList" if m.result.is_list else None)
    return {
        "name": m.result.model_name,
        "description": (m.result.description or _NO_RESULT_TEXT).strip(),
        "required": True,
        "schema": {
            "title": m.names.pascal + "Answer",
            "type": "object",
            "properties": {"data": data, "metadata": {"$ref": "#/components/schemas/Metadata"}},
            "required": ["data"],
        },
    }


def _errors(api: Api, m: Method) -> list[dict[str, Any]]:
    """The method's own errors in full (each wire spelling too), then references to the common ones it does not list."""
    errors = []
    for e in m.errors:
        errors.append(_error_object(e.code, e.message, e.mnemonic))
        errors.extend(_error_object(e.code, e.message, s.message) for s in e.error.spellings)
    for common in api.common_errors:
        for code in common.codes:
            if not m.lists_error(common.mnemonic, code):
                errors.append(_ref(_error_key(common, code)))
                errors.extend(_ref(s.message) for s in common.spellings)
    return errors


def _answer_schema(m: Method) -> dict[str, Any]:
    """What an example's `result` is read against (the class itself, not a reference to it)."""
    data = {"type": "array", "items": m.result.schema} if m.result.is_list else m.result.schema
    return {"type": "object", "properties": {"data": data}}


def _example_description(api: Api, m: Method, ex: Example) -> str:
    """How the example shown here differs from the vendor's: documented params only, in the method's
    order, every value read as its schema says (the vendor's exact text stays in the spec), so that
    tools replaying it get what the schemas promise."""
    parts = []
    if ex.editions:
        parts.append("Printed only by: " + "; ".join(e.name for e in api.editions_of(ex.editions)) + ".")
    for path, note in ex.deviations:
        parts.append(f"Deviation at `{path}`: " + named_editions(note, api.editions))
    unknown = m.example_extras(ex)
    if unknown:
        parts.append("Parameters the method does not document are left out here.")
    flagged = {path for path, _ in ex.deviations}
    for name in unknown:
        if f"params.{name}" not in flagged:
            value = json.dumps(ex.params[name], ensure_ascii=False)
            parts.append(f"The vendor's example also sends `{name}` (`{value}`), which the method does not document.")
    retyped = "result" in ex.response and conform(ex.response["result"], _answer_schema(m)) != ex.response["result"]
    for p in m.params:
        if p.name is not None and p.name.wire in ex.params:
            retyped = retyped or conform(ex.params[p.name.wire], p.schema) != ex.params[p.name.wire]
    if retyped:
        parts.append("Values the vendor prints as strings are given here with their documented type.")
    return "\n\n".join(parts)


def _example(api: Api, m: Method, ex: Example) -> dict[str, Any]:
    out: dict[str, Any] = {"name": ex.title}
    description = _example_description(api, m, ex)
    if description:
        out["description"] = description
    out["params"] = [
        {"name": p.name.wire, "value": conform(ex.params[p.name.wire], p.schema)}
        for p in m.params
        if p.name is not None and p.name.wire in ex.params
    ]
    if "result" in ex.response:
        out["result"] = {"name": "result", "value": conform(ex.response["result"], _answer_schema(m))}
    return out


def _method(api: Api, m: Method) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": m.wire,
        "summary": m.summary,
        "description": m.description.strip(),
        "tags": [_component_tag(api.component(m.component)), _group_tag(api.group(m.group))],
        "paramStructure": "by-name",
        "params": [_param(m, p) for p in m.params],
        "result": _result(m),
        "errors": _errors(api, m),
        "examples": [_example(api, m, ex) for ex in m.examples],
    }
    if m.states:
        out["x-call-states"] = list(m.states)
    out["x-acts-on-call"] = m.acts_on_call
    return out


def _metadata_schema(api: Api) -> dict[str, Any]:
    fields = [f for f in api.metadata_fields if f.name is not None]
    out: dict[str, Any] = {
        "title": "Metadata",
        "description": api.envelope_description.strip(),
        "type": "object",
        "properties": {f.name.wire: portable_schema(f.schema) for f in fields if f.name is not None},
    }
    if api.metadata_required:
        out["required"] = list(api.metadata_required)
    return out


def _common_errors(api: Api) -> dict[str, Any]:
    """Every common error once per code, and once per other wire spelling of its mnemonic."""
    out: dict[str, Any] = {}
    for e in api.common_errors:
        for code in e.codes:
            out[_error_key(e, code)] = _error_object(code, e.message, e.mnemonic)
        for s in e.spellings:
            out[s.message] = _error_object(e.codes[0], e.message, s.message)
    return out


def openrpc(api: Api) -> dict[str, Any]:
    return {
        "openrpc": OPENRPC_VERSION,
        "info": _info(api),
        "servers": _servers(api),
        "methods": [_method(api, m) for m in api.methods],
        "components": {
            "schemas": {
                "Metadata": _metadata_schema(api),
                **{r.model_name: portable_schema(r.schema) for r in api.shared_results},
            },
            "errors": _common_errors(api),
            "tags": {
                **{f"component_{c.id}": _component_tag(c) for c in api.components},
                **{f"group_{g.id}": _group_tag(g) for g in api.groups},
            },
        },
        "x-error-groups": [
            {"code": g.code, "name": g.id, "description": g.description, "mnemonics": list(g.mnemonics)}
            for g in api.error_groups
        ],
    }


BUILD = {"openrpc": openrpc}
