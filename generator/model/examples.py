"""Examples: the documented request/answer pairs of a method, checked against the method
(envelope, ids, params and result against their JSON Schemas) unless a deviation explains the mismatch."""

from __future__ import annotations

from typing import Any

import jsonschema

from ..loader import SourceFile
from .context import BuildContext
from .types import Example, Method

__all__ = ["check_example", "read_examples"]


def read_examples(ctx: BuildContext, source: SourceFile) -> tuple[Example, ...]:
    return tuple(
        Example(
            title=ex["title"],
            request=ex["request"],
            response=ex["response"],
            editions=ctx.check_editions(source, ("examples", i, "editions"), ex.get("editions")),
            deviations=tuple((d["path"], d["note"].strip()) for d in ex.get("deviations", ())),
        )
        for i, ex in enumerate(source.data["examples"])
    )


def check_example(ctx: BuildContext, source: SourceFile, path: tuple[Any, ...], method: Method, example: Example) -> None:
    request, response = example.request, example.response
    problems: list[tuple[tuple[Any, ...], str]] = []
    if request.get("jsonrpc") != "2.0":
        problems.append((("request", "jsonrpc"), 'request must have jsonrpc "2.0"'))
    if request.get("method") != method.wire:
        problems.append((("request", "method"), f"request names method {request.get('method')!r}, not '{method.wire}'"))
    if "id" not in request:
        problems.append((("request",), "request has no id"))
    elif response.get("id") != request["id"]:
        problems.append((("response", "id"), f"response id {response.get('id')!r} does not match request id {request['id']!r}"))
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
            problems.append((("deviations", i, "path"), f"deviation '{dev_path}' matches no mismatch of the example (remove it)"))
    for p, message in problems:
        ctx.error(source, (*path, *p), message, key=p[-1] in ("id", "jsonrpc", "method") if p else False)
