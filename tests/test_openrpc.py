"""The OpenRPC target: a valid OpenRPC 1.3.2 document that carries every fact of spec/.

The document is checked against the official meta-schema (npm `@open-rpc/meta-schema`, whose
JSON Schema parts refer to `@json-schema-tools/meta-schema`), then fact by fact against the
spec YAML itself, read here without the generator's model.
"""

from __future__ import annotations

import json
import re
import subprocess
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT7

from generator.model import Api
from tests.ts_support import HERE, HOSTILE, hostile_spec, node, package, render, run_node

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


def inline(doc: dict[str, Any], value: Any) -> Any:
    """``value`` with every local `$ref` replaced by what it points at, at any depth."""
    value = resolve(doc, value)
    if isinstance(value, dict):
        return {k: inline(doc, v) for k, v in value.items()}
    if isinstance(value, list):
        return [inline(doc, v) for v in value]
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
        if "model" in m["result"]:  # a class several methods share is one component
            assert data == {"$ref": f"#/components/schemas/{m['result']['model']}"}
            data = resolve(document, data)
        assert data["type"] == "object" and data["title"] == m["result"].get("model", data["title"])
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


def _read_as_documented(ours: Any, theirs: Any) -> bool:
    """``ours`` is the vendor's value, or (at any depth) a quoted scalar of it read as its JSON type."""
    if isinstance(theirs, str) and not isinstance(ours, str):
        try:
            return bool(json.loads(theirs) == ours)
        except ValueError:
            return False
    if isinstance(theirs, dict) and isinstance(ours, dict):
        return ours.keys() == theirs.keys() and all(_read_as_documented(ours[k], theirs[k]) for k in ours)
    if isinstance(theirs, list) and isinstance(ours, list):
        return len(ours) == len(theirs) and all(map(_read_as_documented, ours, theirs))
    return bool(ours == theirs)


def test_examples(document: dict[str, Any], spec: dict[str, Any]) -> None:
    """The vendor's examples, as tools can replay them: documented params only, in the method's
    order, quoted scalars read as documented; the description says what differs."""
    methods = by_name(document)
    for m in spec["methods"]:
        examples = [resolve(document, x) for x in methods[m["method"]]["examples"]]
        assert [x["name"] for x in examples] == [x["title"] for x in m.get("examples", [])]
        order = [p["name"] for p in m["params"]]
        for ours, theirs in zip(examples, m.get("examples", [])):
            params = [resolve(document, p) for p in ours["params"]]
            vendor = theirs["request"].get("params", {})
            assert [p["name"] for p in params] == [n for n in order if n in vendor]
            assert _read_as_documented({p["name"]: p["value"] for p in params}, {k: v for k, v in vendor.items() if k in order})
            if set(vendor) - set(order):
                assert "left out here" in ours["description"]
            value = resolve(document, ours["result"])["value"]
            assert _read_as_documented(value, theirs["response"]["result"])
            if value != theirs["response"]["result"]:
                assert "with their documented type" in ours["description"]
            for deviation in theirs.get("deviations", []):
                assert deviation["path"] in ours["description"]


def test_hostile_spec_text_stays_text(tmp_path: Path) -> None:
    doc = json.loads(render("openrpc", spec=hostile_spec(tmp_path))["openrpc.json"])
    hold = by_name(doc)["hold.call"]
    assert hold["summary"] == HOSTILE
    assert hold["params"][0]["description"] == HOSTILE and hold["params"][0]["schema"]["description"] == HOSTILE
    assert hold["result"]["description"] == HOSTILE
    # the class hold.call shares with other methods is a component, described by api.yaml
    assert hold["result"]["schema"]["properties"]["data"] == {"$ref": "#/components/schemas/SuccessResult"}
    assert doc["components"]["schemas"]["SuccessResult"]["description"] == HOSTILE


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


# -- the official OpenRPC tools ---------------------------------------------------------------------

PARSE = """
const { parseOpenRPCDocument } = require("@open-rpc/schema-utils-js");
parseOpenRPCDocument(process.argv[1]).then(
  (doc) => process.stdout.write(JSON.stringify(doc)),
  (error) => { process.stdout.write(JSON.stringify({ refused: String(error.message).slice(0, 300) })); },
);
"""


def _walk(value: Any, path: str = "") -> Any:
    """(path, dict) for every object in a JSON value."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from _walk(item, f"{path}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}/{i}")


def _undescribed(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _undescribed(v) for k, v in value.items() if k != "description"}
    return [_undescribed(v) for v in value] if isinstance(value, list) else value


def _parse(path: Path) -> dict[str, Any]:
    package("@open-rpc/schema-utils-js")
    out: dict[str, Any] = json.loads(run_node("-e", PARSE, str(path), cwd=package("@open-rpc/schema-utils-js").parents[1]))
    return out


@pytest.fixture(scope="module")
def document_file(document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("openrpc") / "openrpc.json"
    path.write_text(json.dumps(document), "utf-8")
    return path


def test_strict_tools_take_it_formats_titles_and_examples(document: dict[str, Any]) -> None:
    """No format outside JSON Schema's own, a title on every named schema, examples that pass their
    own schemas (Ajv, as the mock server uses it, refuses unknown formats)."""
    standard = {"date-time", "date", "time", "uri", "email", "ipv4"}
    custom = [(p, d["format"]) for p, d in _walk(document) if isinstance(d.get("format"), str) and d["format"] not in standard]
    assert not custom, custom[:5]
    kept = {d["x-format"] for _, d in _walk(document) if "x-format" in d}
    assert kept == {"e164", "dtmf"}, kept
    metadata = document["components"]["schemas"]["Metadata"]
    titled = [metadata] + [p["schema"] for m in document["methods"] for p in m["params"]]
    titled += [m["result"]["schema"] for m in document["methods"]]
    assert all("title" in s for s in titled), [s for s in titled if "title" not in s][:3]
    objects = [d for _, d in _walk(document) if d.get("type") in ("object", ["object", "null"]) and "properties" in d]
    assert all("title" in d for d in objects)
    by_title: dict[str, str] = {}
    for _, d in _walk(document):
        if "title" in d and "type" in d:  # one title, one shape (descriptions aside)
            shape = json.dumps(_undescribed(d), sort_keys=True)
            assert by_title.setdefault(d["title"], shape) == shape, d["title"]
    checked = 0
    for m in document["methods"]:
        params = {p["name"]: p["schema"] for p in m["params"]}
        result = inline(document, m["result"]["schema"])
        for example in m["examples"]:
            for p in example["params"]:
                assert p["name"] in params, (m["name"], p["name"])
                assert not list(jsonschema.Draft7Validator(params[p["name"]]).iter_errors(p["value"])), (m["name"], p["name"])
                checked += 1
            problems = list(jsonschema.Draft7Validator(result).iter_errors(example["result"]["value"]))
            assert not problems, (m["name"], example["name"], problems[0].message)
            checked += 1
    print(f"\nexample values checked against their schemas: {checked}")


def test_official_parser_validates_and_dereferences(document_file: Path, tmp_path: Path) -> None:
    parsed = _parse(document_file)
    assert "refused" not in parsed, parsed
    assert len(parsed["methods"]) == 22
    refs = [p for p, d in _walk(parsed) if "$ref" in d]
    assert not refs, refs[:5]
    hold = next(m for m in parsed["methods"] if m["name"] == "hold.call")
    assert hold["result"]["schema"]["properties"]["metadata"]["title"] == "Metadata"  # the $ref, followed
    broken = json.loads(document_file.read_text("utf-8"))
    broken["methods"][0]["paramStructure"] = "by-mood"
    (tmp_path / "broken.json").write_text(json.dumps(broken), "utf-8")
    assert "refused" in _parse(tmp_path / "broken.json")  # the parser really validates


@contextmanager
def _mock_server(document_file: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """The official mock server on 127.0.0.1 (tests/ts_support/openrpc_mock.cjs); yields its URL."""
    proc = subprocess.Popen(
        [node(), str(HERE / "openrpc_mock.cjs"), str(document_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=HERE,
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        for line in proc.stdout:  # ends when the process does
            found = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", line)
            if found:
                yield f"http://127.0.0.1:{found[1]}", proc
                return
        pytest.fail(f"the mock server did not start: {proc.stderr.read()}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_official_mock_server_answers_every_documented_request(
    document: dict[str, Any], document_file: Path, api: Api, typescript_client: Path
) -> None:
    """Every documented request of every method, sent to @open-rpc/mock-server through the Python SDK
    and the TypeScript client, is answered with a result; the server is still up at the end."""
    import callapi
    import httpx

    by_wire = {m.wire: m for m in api.methods}
    calls = []  # (method, token, params without access_token)
    for m in document["methods"]:
        for example in m["examples"]:
            values = {p["name"]: p["value"] for p in example["params"]}
            calls.append((by_wire[m["name"]], values.pop("access_token", None), values))
    assert {m.wire for m, _, _ in calls} == set(by_wire) and len(by_wire) == 22

    answers: list[Any] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        answers.append(response.json())

    results = {m["name"]: inline(document, m["result"]["schema"]) for m in document["methods"]}
    with _mock_server(document_file) as (url, proc):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # the mock makes up metadata.api_version
            for m, token, params in calls:
                http = httpx.Client(event_hooks={"response": [keep]}, trust_env=False)
                with callapi.Client(access_token=token, base_url=url, max_retries=0, http_client=http) as client:
                    kwargs = {p.name.snake: params[p.name.wire] for p in m.call_params if p.name.wire in params}
                    assert len(kwargs) == len(params), (m.wire, params)
                    getattr(client, m.names.snake)(**kwargs)
                http.close()
        scenarios = [
            {
                "client": {"baseUrl": url, "accessToken": token, "maxRetries": 0},
                "calls": [{"method": m.names.camel, **({"params": params} if m.call_params else {})}],
            }
            for m, token, params in calls
        ]
        outcomes = json.loads(run_node(str(HERE / "run_client.mjs"), str(typescript_client), stdin=json.dumps(scenarios)))
        alive = proc.poll() is None
        discover = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "rpc.discover"}, trust_env=False).json()
    assert len(answers) == len(calls)
    for (m, _, _), answer in zip(calls, answers):
        assert "error" not in answer and "result" in answer, (m.wire, answer)
        problems = list(jsonschema.Draft7Validator(results[m.wire]).iter_errors(answer["result"]))
        assert not problems, (m.wire, problems[0].message)
    failed = [(m.wire, o) for (m, _, _), o in zip(calls, outcomes) if not o["ok"]]
    assert not failed, failed[:3]
    assert alive, "the mock server died"
    assert len(discover["result"]["methods"]) == 22
    print(
        f"\nmock server: {len(calls)} documented requests over {len(by_wire)} methods, answered: Python {len(answers)}, TypeScript {len(outcomes) - len(failed)}"
    )
