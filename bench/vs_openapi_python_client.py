"""Regeneration against openapi-python-client, and how both scale with the number of methods.

    python bench/vs_openapi_python_client.py [--runs 5] [--scales 1,2,10]

For each scale the bench writes a synthetic spec (our 22 methods, copied under new names)
and an equivalent OpenAPI 3.0 document (one POST operation per method, the same request
and result schemas, a shared error schema). It then times, whole process and alternating:
`python -m generator generate` (every target; warm cache and with the cache off) and
`openapi-python-client generate` (one Python client); `check` on the unchanged spec too.
Medians, paired ratios and peak memory (max RSS of the child) are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.loader import load_spec
from generator.model import build_api


def synthetic_spec(target: Path, scale: int) -> Path:
    """spec/ with every method present ``scale`` times (copies renamed method_xN)."""
    shutil.copytree(ROOT / "spec", target)
    api = yaml.safe_load((target / "api.yaml").read_text("utf-8"))
    for source in sorted((ROOT / "spec" / "methods").glob("*.yaml")):
        wire = source.name.removesuffix(".yaml")
        text = source.read_text("utf-8")
        for copy in range(2, scale + 1):
            new = f"{wire}_x{copy}"
            (target / "methods" / f"{new}.yaml").write_text(text.replace(f"method: {wire}\n", f"method: {new}\n"), "utf-8")
            for component in api["components"]:
                if wire in component["methods"]:
                    component["methods"].append(new)
    (target / "api.yaml").write_text(yaml.safe_dump(api, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def _openapi_schema(schema: Any) -> Any:
    """JSON Schema 2020-12 -> the OpenAPI 3.0 dialect (nullable instead of type lists)."""
    if isinstance(schema, list):
        return [_openapi_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _openapi_schema(v) for k, v in schema.items() if k not in ("title",)}
    if isinstance(out.get("type"), list):
        types = [t for t in out["type"] if t != "null"]
        out["type"] = types[0]
        out["nullable"] = True
        if "enum" in out:
            out["enum"] = [v for v in out["enum"] if v is not None]
    return out


def openapi_document(spec: Path) -> dict[str, Any]:
    api = build_api(load_spec(spec))
    paths = {}
    for m in api.methods:
        data = m.result.schema
        if m.result.is_list:
            data = {"type": "array", "items": data}
        paths[f"/{m.wire}"] = {
            "post": {
                "operationId": m.names.snake,
                "summary": m.summary,
                "description": m.description,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _openapi_schema(m.params_schema)}}},
                "responses": {
                    "200": {
                        "description": "result",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"result": {"type": "object", "properties": {"data": _openapi_schema(data)}}},
                                }
                            }
                        },
                    },
                    "default": {
                        "description": "error",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        }
    error = {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}, "data": {"type": "object"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": api.title, "version": api.version},
        "paths": paths,
        "components": {"schemas": {"Error": error}},
    }


def edit_one_method(spec: Path, n: int) -> None:
    """What a maintainer does between two regenerations: change one description."""
    path = spec / "methods" / "hold.call.yaml"
    text = path.read_text("utf-8")
    marker = "summary: Put a call on hold"
    path.write_text(text.replace(marker, f"{marker} (edit {n})", 1) if n else text, "utf-8")


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="1,2,10")
    args = parser.parse_args()
    peer = shutil.which("openapi-python-client")
    if peer is None:
        sys.exit("openapi-python-client is not installed (pip install openapi-python-client==0.29.1)")
    base_ms: dict[str, float] = {}
    print("ours edit: generate after changing one description (the maintainer's loop; caches warm)")
    print("ours cold: generate with the cache off (a fresh machine); check: on an unchanged spec")
    print(
        f"{'scale':>5} {'methods':>7} | {'ours edit':>9} {'ours cold':>9} {'check':>7} {'peer':>7} | {'edit/peer':>9} {'cold/peer':>9} {'check/peer':>10} | {'RSS ours':>8} {'RSS peer':>8}"
    )
    for scale in (int(s) for s in args.scales.split(",")):
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            spec = synthetic_spec(tmp / "spec", scale)
            document = tmp / "openapi.json"
            document.write_text(json.dumps(openapi_document(spec)), "utf-8")
            ours_cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(tmp / "generated")]
            check_cmd = [sys.executable, "-m", "generator", "check", "--spec", str(spec), "--output", str(tmp / "generated")]
            peer_cmd = [peer, "generate", "--path", str(document), "--overwrite", "--output-path", str(tmp / "peer")]
            timed(ours_cmd, ROOT)  # fill the cache once
            warm, cold, check, theirs, rss_ours, rss_peer = [], [], [], [], [], []
            for run in range(args.runs):
                original = (spec / "methods" / "hold.call.yaml").read_text("utf-8")
                edit_one_method(spec, run + 1)
                t, r = timed(ours_cmd, ROOT)
                (spec / "methods" / "hold.call.yaml").write_text(original, "utf-8")
                timed(ours_cmd, ROOT)  # back to the unchanged spec for check
                warm.append(t)
                rss_ours.append(r)
                cold.append(timed(ours_cmd, ROOT, {"CALLAPI_GENERATOR_CACHE": "0"})[0])
                check.append(timed(check_cmd, ROOT)[0])
                t, r = timed(peer_cmd, tmp)
                theirs.append(t)
                rss_peer.append(r)
            med = {k: statistics.median(v) for k, v in {"warm": warm, "cold": cold, "check": check, "peer": theirs}.items()}
            ratio = {
                k: statistics.median(a / b for a, b in zip(v, theirs))
                for k, v in {"warm": warm, "cold": cold, "check": check}.items()
            }
            methods = 22 * scale
            print(
                f"{scale:>5} {methods:>7} | {med['warm']:8.2f}s {med['cold']:8.2f}s {med['check']:6.2f}s {med['peer']:6.2f}s |"
                f" {ratio['warm']:8.2f}x {ratio['cold']:8.2f}x {ratio['check']:9.2f}x |"
                f" {max(rss_ours) / 1024:6.0f}MB {max(rss_peer) / 1024:6.0f}MB"
            )
            base_ms.setdefault("cold", med["cold"])
            base_ms.setdefault("peer", med["peer"])
            if scale > 1:
                print(
                    f"        cost per method vs 1x: ours cold {med['cold'] / base_ms['cold'] / scale:.2f}, peer {med['peer'] / base_ms['peer'] / scale:.2f} (<= 1.0 is linear or better)"
                )


if __name__ == "__main__":
    main()
