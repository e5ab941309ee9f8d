"""Regeneration against openapi-python-client, and how both scale with the number of methods.

    python bench/vs_openapi_python_client.py [--runs 3] [--scales 1,2,10]

For each scale the bench writes a synthetic spec (our 22 methods, copied under new names)
and an equivalent OpenAPI 3.0 document (one POST operation per method, the same request
and result schemas, a shared error schema), and lays out a fresh clone of this repository
(generator/, templates/, the spec, and generated/ as committed for it, no .cache/). It then
times, whole process, in pairs whose order alternates run by run:

- edit:  `generate` after one method's description changed, .cache/ as the tool leaves it;
- cold:  the same on a fresh clone (no .cache/; the committed generated/ is all it has);
- check: `check` on a fresh clone, the spec unchanged (what CI runs);
- first: `generate` into an empty folder with every cache off (nothing to reuse at all);
- peer:  `openapi-python-client generate` (one Python client).

Each case is printed as the median of its per-run ratios to the peer of the same run, in wall
time (the goals) and in CPU time (user + system, helpers included), which the machine's load hardly moves.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

from generator import write
from generator.loader import load_spec
from generator.model import build_api


def synthetic_spec(target: Path, scale: int) -> Path:
    """spec/ with every method present ``scale`` times (copies renamed method_xN)."""
    shutil.copytree(ROOT / "spec", target)
    api = yaml.safe_load((target / "api.yaml").read_text("utf-8"))
    states = yaml.safe_load((target / "call_states.yaml").read_text("utf-8"))
    for source in sorted((ROOT / "spec" / "methods").glob("*.yaml")):
        wire = source.name.removesuffix(".yaml")
        text = source.read_text("utf-8")
        for copy in range(2, scale + 1):
            new = f"{wire}_x{copy}"
            copied = text.replace(f"method: {wire}\n", f"method: {new}\n")
            copied = re.sub(r"^session: \w+\n", "", copied, flags=re.MULTILINE)  # one method opens (closes) the session
            (target / "methods" / f"{new}.yaml").write_text(copied, "utf-8")
            for component in api["components"]:
                if wire in component["methods"]:
                    component["methods"].append(new)
            # the copy moves a call as its original does
            if wire in states["starts"]["methods"]:
                states["starts"]["methods"].append(new)
            for transition in list(states["transitions"]):
                if wire in (transition.get("method"), transition.get("after")):
                    renamed = {k: new if v == wire else v for k, v in transition.items()}
                    states["transitions"].append(renamed)
    (target / "api.yaml").write_text(yaml.safe_dump(api, allow_unicode=True, sort_keys=False), "utf-8")
    (target / "call_states.yaml").write_text(yaml.safe_dump(states, allow_unicode=True, sort_keys=False), "utf-8")
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
    """What a maintainer does between two regenerations: change one description (n=0 puts it back)."""
    path = spec / "methods" / "hold.call.yaml"
    text = path.read_text("utf-8")
    marker = "summary: Put a call on hold"
    text = re.sub(re.escape(marker) + r"(?: \(edit \d+\))?", marker + (f" (edit {n})" if n else ""), text, count=1)
    path.write_text(text, "utf-8")


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    """This environment, with Python writing bytecode as it does by default: the peer runs from an
    install that holds its bytecode, ours from a clone that writes it on its first run (a cold run
    still compiles: a fresh clone has none), so PYTHONDONTWRITEBYTECODE would charge ours alone."""
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int, float, str]:
    """Seconds, peak RSS (KiB), CPU seconds (user + system, helpers included) and output of one child
    process (its output and messages go to files: a pipe left unread could fill)."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=_environment(env), stdout=output, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            sys.exit(f"{command} failed: {errors.read().decode(errors='replace')[-2000:]}")
        output.seek(0)
        printed = output.read().decode(errors="replace")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, printed


STAGE = re.compile(r"^ +(\S.*?) +([\d.]+) ms$", re.MULTILINE)  # a line of `--timings`


def peer_command() -> str:
    found = shutil.which("openapi-python-client") or str(ROOT / ".bench-peer" / "bin" / "openapi-python-client")
    if not Path(found).is_file():
        sys.exit(
            "openapi-python-client is not installed: python3 -m venv .bench-peer && .bench-peer/bin/pip install openapi-python-client==0.29.1"
        )
    return found


def fresh_clone(target: Path, spec: Path | None) -> Path:
    """The files a clone of this repository has that a regeneration reads (no .cache/)."""
    for folder in ("generator", "templates", "generated"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__", *write.IGNORED))
    shutil.copytree(spec or ROOT / "spec", target / "spec")
    shutil.copyfile(ROOT / "releases.yaml", target / "releases.yaml")
    for installed in sorted(ROOT.glob("templates/*/*/node_modules")):  # a target's formatter, as scripts/setup leaves it
        (target / installed.relative_to(ROOT)).symlink_to(installed)
    return target


def as_cloned(clone: Path) -> None:
    """What runs leave that a fresh clone has not: .cache/ and Python's bytecode."""
    shutil.rmtree(clone / ".cache", ignore_errors=True)
    for top in ("generator", "templates"):
        for folder, children, _ in os.walk(clone / top):  # links (node_modules) are not followed
            if "__pycache__" in children:
                shutil.rmtree(Path(folder) / "__pycache__")
                children.remove("__pycache__")


CASES = ("edit", "cold", "check", "first")


def measure(scale: int, runs: int, peer: str) -> dict[str, Any]:
    """Seconds and CPU seconds per case and run, and the peak RSS of ours and the peer, at ``scale`` times the methods."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        clone = fresh_clone(tmp / "clone", synthetic_spec(tmp / "spec", scale) if scale > 1 else None)
        spec = clone / "spec"
        document = tmp / "openapi.json"
        document.write_text(json.dumps(openapi_document(spec)), "utf-8")
        ours = [sys.executable, "-m", "generator"]
        timed([*ours, "generate"], clone)  # the tree as committed for this spec (a no-op at 1x)
        seconds: dict[str, list[float]] = {case: [] for case in (*CASES, "peer")}
        cpu: dict[str, list[float]] = {case: [] for case in (*CASES, "peer")}
        stages: dict[str, dict[str, list[float]]] = {case: {} for case in CASES}
        rss = {"ours": 0, "peer": 0}

        def case(name: str, command: list[str], env: dict[str, str] | None = None, cwd: Path = clone) -> None:
            wall, peak, used, printed = timed(command, cwd, env)
            seconds[name].append(wall)
            cpu[name].append(used)
            who = "peer" if name == "peer" else "ours"
            rss[who] = max(rss[who], peak)
            for stage, ms in STAGE.findall(printed):
                stages[name].setdefault(stage, []).append(float(ms) / 1000)

        def ours_block(run: int) -> None:
            edit_one_method(spec, run + 1)
            case("edit", [*ours, "generate", "--timings"])
            edit_one_method(spec, 0)
            timed([*ours, "generate"], clone)  # back to the committed tree
            as_cloned(clone)
            edit_one_method(spec, run + 1)
            case("cold", [*ours, "generate", "--timings"])
            edit_one_method(spec, 0)
            timed([*ours, "generate"], clone)
            as_cloned(clone)
            case("check", [*ours, "check"])
            first = tmp / f"first-{run}"
            case("first", [*ours, "generate", "--output", str(first)], {"CALLAPI_GENERATOR_CACHE": "0"})
            shutil.rmtree(first)

        def peer_block(run: int) -> None:
            case("peer", [peer, "generate", "--path", str(document), "--overwrite", "--output-path", str(tmp / "peer")], cwd=tmp)

        for run in range(runs):
            blocks = (ours_block, peer_block) if run % 2 == 0 else (peer_block, ours_block)
            for block in blocks:
                block(run)
        return {"seconds": seconds, "cpu": cpu, "rss": rss, "stages": stages}


GOALS = {"edit": 0.8, "cold": 1.0, "check": 0.3}


def ratios(seconds: dict[str, list[float]]) -> dict[str, float]:
    """Each case's median over runs of (ours / the peer in the same run)."""
    return {case: statistics.median(a / b for a, b in zip(seconds[case], seconds["peer"], strict=True)) for case in CASES}


def report(scales: list[int], runs: int) -> dict[int, dict[str, float]]:
    peer = peer_command()
    print(f"regeneration vs openapi-python-client, whole process, median of {runs} paired runs (order alternating)")
    print("  edit: generate after one description changed (caches as left); cold: the same on a fresh clone (no .cache/);")
    print(
        "  check: check on a fresh clone; first: empty output, every cache off; goals (wall): "
        + ", ".join(f"{k} <= {v}x" for k, v in GOALS.items())
    )
    print("  cpu: user + system seconds of the whole process and its helpers (the same ratios, blind to the machine's load)")
    print(
        f"{'scale':>5} {'methods':>7} | {'edit':>6} {'cold':>6} {'check':>6} {'first':>6} {'peer':>6} |"
        f" {'edit/p':>7} {'cold/p':>7} {'check/p':>7} {'first/p':>7} | {'RSS ours':>8} {'RSS peer':>8}"
    )
    found: dict[int, dict[str, float]] = {}
    for scale in scales:
        result = measure(scale, runs, peer)
        rss = result["rss"]
        for label in ("seconds", "cpu"):
            values = result[label]
            med = {case: statistics.median(v) for case, v in values.items()}
            ratio = ratios(values)
            if label == "seconds":
                found[scale] = ratio
            print(
                (f"{scale:>5} {22 * scale:>7} |" if label == "seconds" else f"{'cpu':>13} |")
                + "".join(f" {med[case]:5.2f}s" for case in (*CASES, "peer"))
                + " |"
                + "".join(f" {ratio[case]:6.2f}x" for case in CASES)
                + (f" | {rss['ours'] / 1024:6.0f}MB {rss['peer'] / 1024:6.0f}MB" if label == "seconds" else " |")
            )
        for name, by_stage in result["stages"].items():
            if by_stage:
                top = sorted(((statistics.median(v), stage) for stage, v in by_stage.items()), reverse=True)[:6]
                print(
                    f"{'':>13}   {name} spends (stage seconds, both processes added): "
                    + ", ".join(f"{st} {t:.2f}" for t, st in top)
                )
    missed = [
        f"{case} at {scale}x ({r[case]:.2f}x)" for scale, r in found.items() for case, goal in GOALS.items() if r[case] > goal
    ]
    print("  goals met" if not missed else "  goals missed: " + ", ".join(missed))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scales", default="1,2,10")
    args = parser.parse_args()
    report([int(s) for s in args.scales.split(",")], args.runs)


if __name__ == "__main__":
    main()
