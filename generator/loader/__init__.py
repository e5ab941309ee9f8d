"""Read spec/ into parsed files and check them against the spec's own JSON Schema.

Output: a ``RawSpec`` of ``SourceFile`` objects (plain data + positions). Nothing
after this package sees YAML; nothing after ``generator.model`` sees raw dicts.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource

from ..cache import lookup, store
from ..errors import SpecError, SpecErrors
from .yaml_source import SourceFile, parse_yaml_bytes, read_file

__all__ = ["SCHEMA_DIR", "RawSpec", "SourceFile", "load_spec"]

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "spec" / "schema"  # hashed by pipeline.inputs_digest too
_KINDS = ("api", "errors", "method", "call_states", "i18n")


@dataclass
class RawSpec:
    root: Path
    api: SourceFile
    errors: SourceFile
    methods: list[SourceFile]
    call_states: SourceFile
    catalogues: list[SourceFile] = field(default_factory=list)  # i18n/<language>.yaml, checked by the model
    warnings: list[SpecError] = field(default_factory=list)  # e.g. a text not yet translated


@cache
def _schemas() -> tuple[dict[str, Any], Registry[Any], dict[int, str]]:
    """The spec's schemas by kind, their registry, and for every subschema (by identity) the $id of its file."""
    by_kind = {kind: json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text("utf-8")) for kind in _KINDS}
    schemas = list(by_kind.values())
    registry: Registry[Any] = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas)
    home: dict[int, str] = {}

    def walk(node: Any, base: str) -> None:
        if isinstance(node, dict):
            home[id(node)] = base
            for value in node.values():
                walk(value, base)
        elif isinstance(node, list):
            for value in node:
                walk(value, base)

    for schema in schemas:
        walk(schema, schema["$id"])
    return by_kind, registry, home


@cache
def _validators() -> dict[str, jsonschema.protocols.Validator]:
    by_kind, registry, _ = _schemas()
    return {kind: jsonschema.Draft202012Validator(schema, registry=registry) for kind, schema in by_kind.items()}


def _schema_keys(schema: dict[str, Any]) -> set[str]:
    """Every key a (sub)schema allows, following its $ref from the file the subschema is in."""
    keys = set(schema.get("properties", {}))
    if "$ref" in schema:
        _, registry, home = _schemas()
        resolved = registry.resolver(home.get(id(schema), "")).lookup(schema["$ref"]).contents
        keys |= _schema_keys(resolved)
    return keys


def _where(data: Any, path: tuple[Any, ...]) -> str:
    """A readable path: list items by their name where they have one, e.g. params[call_session_id].type."""
    parts: list[str] = []
    for step in path:
        if isinstance(step, int) and isinstance(data, list) and step < len(data):
            item = data[step]
            label = next((item[k] for k in ("name", "mnemonic", "id", "code") if isinstance(item, dict) and k in item), step)
            if not re.fullmatch(r"-?[\w.]+", str(label)):
                label = step  # a name that is itself the mistake is shown by position
            parts[-1 if parts else 0 :] = [f"{parts[-1] if parts else ''}[{label}]"]
            data = item
        else:
            parts.append(str(step))
            data = data.get(step) if isinstance(data, dict) else None
    return ".".join(parts) or "the file"


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _schema_errors(source: SourceFile, kind: str) -> list[SpecError]:
    validator = _validators()[kind]
    found: list[SpecError] = []
    for error in validator.iter_errors(source.data):
        path = tuple(error.absolute_path)
        where = _where(source.data, path)
        instance = error.instance
        if error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
            allowed = _schema_keys(error.schema)
            for key in sorted(set(instance) - allowed):
                expected = ", ".join(sorted(allowed))
                found.append(SpecError(source.at((*path, key), key=True), f"unknown key '{key}' (expected one of: {expected})"))
        elif error.validator == "required":
            for key in error.validator_value:
                if key not in instance:
                    found.append(SpecError(source.at(path), f"missing required key '{key}' in {where}"))
        elif error.validator == "enum":
            options = ", ".join(str(v) for v in error.validator_value)
            found.append(
                SpecError(source.at(path), f"{where}: {_describe(instance)} is not allowed (expected one of: {options})")
            )
        elif error.validator == "type":
            expected = error.validator_value
            expected = " or ".join(expected) if isinstance(expected, list) else expected
            found.append(SpecError(source.at(path), f"{where}: {_describe(instance)} has the wrong type (expected {expected})"))
        elif error.validator == "pattern":
            found.append(
                SpecError(source.at(path), f"{where}: {_describe(instance)} does not match the pattern {error.validator_value}")
            )
        else:
            found.append(SpecError(source.at(path), f"{where}: {error.message}"))
    return found


def _read(root: Path, path: Path, kind: str, errors: list[SpecError]) -> SourceFile:
    name = path.relative_to(root.parent).as_posix() if root.parent in path.parents else str(path)
    data = read_file(name, path, errors)
    if data is None:
        return SourceFile(name)
    source, found = _checked(name, kind, data)
    errors.extend(found)
    return source


@cache
def _checker_digest() -> str:
    """What decides how a file parses and checks besides its bytes: the spec's schemas and this package's code."""
    digest = hashlib.sha256()
    for path in sorted(SCHEMA_DIR.glob("*.json")) + sorted(Path(__file__).parent.glob("*.py")):
        digest.update(f"{path.name}\0".encode() + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _stored(name: str, kind: str, data: bytes) -> tuple[str, SourceFile | None]:
    """The cache key of a file, and what a previous run parsed from the same bytes, if it was valid."""
    key = f"{_checker_digest()}\0{name}\0{kind}\0{hashlib.sha256(data).hexdigest()}"
    found = lookup("spec-file", key)
    if found is None:
        return key, None
    try:
        stored = json.loads(found)
        values = {tuple(path): (line, column) for path, line, column in stored["values"]}
        keys = {tuple(path): (line, column) for path, line, column in stored["keys"]}
        return key, SourceFile(name, stored["data"], values, keys)
    except (ValueError, KeyError, TypeError):  # a damaged entry is parsed again
        return key, None


def _store(key: str, source: SourceFile) -> None:
    positions = {
        label: [[list(path), *at] for path, at in table.items()]
        for label, table in (("values", source.values), ("keys", source.keys))
    }
    store("spec-file", key, json.dumps({"data": source.data, **positions}))


@lru_cache(maxsize=256)
def _checked(name: str, kind: str, data: bytes) -> tuple[SourceFile, tuple[SpecError, ...]]:
    """Parse and schema-check one file: a pure function of its bytes, remembered, so a long-lived
    process (the test suite, the spec fuzzer) re-checks only the files that changed, and kept in
    .cache/ when it is valid, so a regeneration after an edit parses only the edited file (JSON
    holds exactly what the loader reads: JSON values). Nothing downstream modifies a ``SourceFile``."""
    key, source = _stored(name, kind, data)
    if source is not None:
        return source, ()
    errors: list[SpecError] = []
    source = parse_yaml_bytes(name, data, errors)
    if source.data is not None:
        if not isinstance(source.data, dict):
            errors.append(SpecError(source.at(()), "the file must hold a mapping at its top level"))
            source.data = None
        else:
            errors.extend(_schema_errors(source, kind))
            if errors:
                source.data = None
    if source.data is not None and not errors:
        _store(key, source)
    return source, tuple(errors)


def load_spec(root: Path) -> RawSpec:
    """Parse and schema-check every spec file; raise ``SpecErrors`` listing all mistakes."""
    root = root.resolve()
    errors: list[SpecError] = []
    api = _read(root, root / "api.yaml", "api", errors)
    catalogue = _read(root, root / "errors.yaml", "errors", errors)
    call_states = _read(root, root / "call_states.yaml", "call_states", errors)
    method_paths = sorted((root / "methods").glob("*.yaml"))
    if not method_paths:
        errors.append(SpecError(SourceFile(f"{root.name}/methods").at(()), "no method files (expected methods/<wire name>.yaml)"))
    methods = [_read(root, path, "method", errors) for path in method_paths]
    catalogues = [_read(root, path, "i18n", errors) for path in sorted((root / "i18n").glob("*.yaml"))]
    if errors:
        raise SpecErrors(errors)
    return RawSpec(root, api, catalogue, methods, call_states, catalogues)
