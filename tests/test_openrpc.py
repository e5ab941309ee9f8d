"""The OpenRPC target: a valid OpenRPC 1.3.2 document that carries every fact of spec/.

The document is checked against the official meta-schema (npm `@open-rpc/meta-schema`, whose
JSON Schema parts refer to `@json-schema-tools/meta-schema`), then fact by fact against the
spec YAML itself, read here without the generator's model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT7

from tests.ts_support import HOSTILE, hostile_spec, package, render, run_node

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    files = render("openrpc")
    assert list(files) == ["openrpc.json"]
    doc: dict[str, Any] = json.loads(files["openrpc.json"])
    return doc


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    def read(path: Path) -> Any:
        return yaml.safe_load(path.read_text("utf-8"))

    return {
        "api": read(SPEC / "api.yaml"),
        "errors": read(SPEC / "errors.yaml"),
        "methods": [read(p) for p in sorted((SPEC / "methods").glob("*.yaml"))],
    }


def resolve(doc: dict[str, Any], value: Any) -> Any:
    """Follow a local `$ref` (`#/components/...`) of the document."""
    while isinstance(value, dict) and set(value) == {"$ref"}:
        ref = value["$ref"]
        assert ref.startswith("#/"), ref
        value = doc
        for part in ref[2:].split("/"):
            value = value[part.replace("~1", "/").replace("~0", "~")]
    return value


def by_name(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in doc["methods"]}


def test_valid_against_the_openrpc_meta_schema(document: dict[str, Any]) -> None:
    meta_js = package("@open-rpc/meta-schema") / "index.js"
    meta = json.loads(
        run_node("-e", f"process.stdout.write(JSON.stringify(require({json.dumps(str(meta_js))}).openrpcDocument))")
    )
    json_schema_meta = json.loads((package("@json-schema-tools/meta-schema") / "schema.json").read_text("utf-8"))
    resource = DRAFT7.create_resource(json_schema_meta)
    registry: Registry = Registry().with_resources(
        [("https://meta.json-schema.tools", resource), ("https://meta.json-schema.tools/", resource)]
    )
    validator = jsonschema.Draft7Validator(meta, registry=registry)
    problems = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not problems, "\n".join(f"{list(p.absolute_path)}: {p.message[:300]}" for p in problems[:10])
    # the meta-schema is really applied: a broken document fails
    broken = {**document, "methods": [{**document["methods"][0], "paramStructure": "by-mood"}]}
    assert not validator.is_valid(broken)


def test_info_and_servers(document: dict[str, Any], spec: dict[str, Any]) -> None:
    api = spec["api"]
    assert document["openrpc"] == "1.3.2"
    assert document["info"]["title"] == api["title"]
    assert document["info"]["version"] == api["versions"]["current"]
    assert api["summary"] in document["info"]["description"]
    version = api["versions"]["current"]
    assert [(s["name"], s["url"], s["x-brand"]) for s in document["servers"]] == [
        (b["name"], f"{b['base_url']}/v{version}", b["id"]) for b in api["brands"]
    ]


def _params_facts(params: list[dict[str, Any]], schema_of: Any) -> None:
    """Every name, required flag and enum of the spec, at any depth, is in the schema."""
    for p in params:
        schema = schema_of(p["name"])
        if "enum" in p:
            assert [v for v in schema["enum"] if v is not None] == p["enum"], p["name"]
        if p.get("nullable"):
            assert "null" in schema["type"]
        if "default" in p:
            assert schema["default"] == p["default"]
        if p["type"] == "object" and p.get("fields"):
            props = schema["properties"]
            assert list(props) == [f["name"] for f in p["fields"]]
            assert schema.get("required", []) == [f["name"] for f in p["fields"] if f.get("required")]
            _params_facts(p["fields"], lambda n, props=props: props[n])
        if p["type"] == "array" and p.get("items"):
            item = {**p["items"], "name": "[]"}
            _params_facts([item], lambda n, s=schema: s["items"])


def test_every_method_and_param(document: dict[str, Any], spec: dict[str, Any]) -> None:
    methods = by_name(document)
    assert len(methods) == len(document["methods"]), "method names must be unique"
    assert set(methods) == {m["method"] for m in spec["methods"]}
    components = {c["id"]: c for c in spec["api"]["components"]}
    groups = {g["id"]: g for g in spec["api"]["groups"]}
    for m in spec["methods"]:
        doc = methods[m["method"]]
        assert doc["summary"] == m["summary"]
        assert doc["description"] == m["description"].strip()
        assert doc["paramStructure"] == "by-name"
        tags = [resolve(document, t) for t in doc["tags"]]
        assert {t.get("x-component") for t in tags} >= {m["component"]}
        assert {t.get("x-group") for t in tags} >= {m["group"]}
        assert components[m["component"]]["name"] in {t["name"] for t in tags}
        assert groups[m["group"]]["title"] in {t["name"] for t in tags}
        params = [resolve(document, p) for p in doc["params"]]
        assert [p["name"] for p in params] == [p["name"] for p in m["params"]]
        for ours, theirs in zip(params, m["params"]):
            assert ours["required"] == theirs["required"], (m["method"], theirs["name"])
            assert ours["schema"]["type"] in (theirs["type"], [theirs["type"], "null"])
        by_param = {p["name"]: p["schema"] for p in params}
        _params_facts(m["params"], by_param.__getitem__)
        assert doc["x-acts-on-call"] is m["acts_on_call"]


def test_results(document: dict[str, Any], spec: dict[str, Any]) -> None:
    methods = by_name(document)
    metadata = document["components"]["schemas"]["Metadata"]
    assert list(metadata["properties"]) == [f["name"] for f in spec["api"]["envelope"]["metadata"]]
    for m in spec["methods"]:
        result = resolve(document, methods[m["method"]]["result"])
        schema = result["schema"]
        assert schema["required"] == ["data"]
        assert resolve(document, schema["properties"]["metadata"]) == metadata
        data = schema["properties"]["data"]
        if m["result"]["kind"] == "list":
            assert data["type"] == "array"
            data = data["items"]
        assert data["type"] == "object"
        assert list(data["properties"]) == [f["name"] for f in m["result"]["fields"]]
        assert data.get("required", []) == [f["name"] for f in m["result"]["fields"] if f.get("required")]


def test_errors(document: dict[str, Any], spec: dict[str, Any]) -> None:
    methods = by_name(document)
    common = [e for e in spec["errors"]["mnemonics"] if e.get("common")]
    assert common
    for m in spec["methods"]:
        errors = [resolve(document, e) for e in methods[m["method"]]["errors"]]
        found = {(e["code"], e["data"]["mnemonic"]): e["message"] for e in errors}
        assert len(found) == len(errors), f"{m['method']}: an error is listed twice"
        for e in m.get("errors", []):
            assert found[(e["code"], e["mnemonic"])] == e["message"], (m["method"], e["mnemonic"])
        for e in common:
            for code in e["codes"]:
                assert (code, e["mnemonic"]) in found, (m["method"], e["mnemonic"])
                for s in e.get("spellings", []):
                    assert (code, s["spelling"]) in found
                if not any(own["mnemonic"] == e["mnemonic"] and own["code"] == code for own in m.get("errors", [])):
                    assert found[(code, e["mnemonic"])] == e["message"]
    groups = [(g["code"], g["name"]) for g in document["x-error-groups"]]
    assert groups == [(g["code"], g["id"]) for g in spec["errors"]["groups"]]


def test_examples(document: dict[str, Any], spec: dict[str, Any]) -> None:
    methods = by_name(document)
    for m in spec["methods"]:
        examples = [resolve(document, x) for x in methods[m["method"]]["examples"]]
        assert [x["name"] for x in examples] == [x["title"] for x in m.get("examples", [])]
        for ours, theirs in zip(examples, m.get("examples", [])):
            params = [resolve(document, p) for p in ours["params"]]
            assert {p["name"]: p["value"] for p in params} == theirs["request"].get("params", {})
            assert [p["name"] for p in params] == list(theirs["request"].get("params", {}))
            assert resolve(document, ours["result"])["value"] == theirs["response"]["result"]
            for deviation in theirs.get("deviations", []):
                assert deviation["path"] in ours["description"]


def test_hostile_spec_text_stays_text(tmp_path: Path) -> None:
    doc = json.loads(render("openrpc", spec=hostile_spec(tmp_path))["openrpc.json"])
    hold = by_name(doc)["hold.call"]
    assert hold["summary"] == HOSTILE
    assert hold["params"][0]["description"] == HOSTILE and hold["params"][0]["schema"]["description"] == HOSTILE
    assert hold["result"]["schema"]["properties"]["data"]["properties"]["success"]["description"] == HOSTILE


def test_metadata_schema_accepts_both_documented_spellings() -> None:
    import json as _json

    import jsonschema as _jsonschema

    from tests.conftest import ROOT

    document = _json.loads((ROOT / "generated" / "openrpc" / "openrpc.json").read_text("utf-8"))
    validator = _jsonschema.Draft7Validator(document["components"]["schemas"]["Metadata"])
    version = {"current_version": "4.0", "latest_version": "4.1"}
    for spelling in ("current_version_depricated", "current_version_deprecated"):
        assert not list(validator.iter_errors({"api_version": {spelling: True, **version}}))
    assert list(validator.iter_errors({"api_version": version}))  # one of them is required
