"""Node side of the tests: the npm packages in this folder (TypeScript, the OpenRPC meta-schema)
and a helper that renders one target into memory.

Install once (CI does it before pytest):  npm ci --prefix tests/ts_support
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
INSTALL = "npm ci --prefix tests/ts_support"


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("node is not installed (Node 20 or newer is needed for the TypeScript and OpenRPC tests)")
    return found


def package(name: str) -> Path:
    """The folder of an installed npm package; fails with the install command when missing."""
    folder = NODE_MODULES / name
    if not (folder / "package.json").is_file():
        pytest.fail(f"npm package {name} is missing; run: {INSTALL}")
    return folder


def run_node(*args: str, stdin: str | None = None, cwd: Path | None = None, timeout: float = 120) -> str:
    done = subprocess.run([node(), *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=timeout, check=False)
    if done.returncode != 0:
        pytest.fail(f"node {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def render(target: str, spec: Path | None = None) -> dict[str, str]:
    """Every file of one target, rendered and formatted in memory (generated/ is not read)."""
    from generator import pipeline

    paths = pipeline.Paths(spec=spec) if spec is not None else pipeline.Paths()
    files = pipeline.render_all(paths, pipeline.Run(), [target])
    prefix = target + "/"
    return {path.removeprefix(prefix): text for path, text in files.items() if path.startswith(prefix)}


HOSTILE = 'Ends """ here; {{ api }} {% raw %} \\n \\ "; */ </script> `x` @param ${x} // \' ünïcødé ☎ |pipe|'


def hostile_spec(folder: Path) -> Path:
    """A copy of spec/ where hold.call's summary, `access_token`, `contact_message.type` and result, and
    the result class it shares with other methods (`SuccessResult` in api.yaml), are described by HOSTILE."""
    spec = folder / "spec"
    shutil.copytree(HERE.parents[1] / "spec", spec)
    hold = spec / "methods" / "hold.call.yaml"
    text = hold.read_text("utf-8")
    quoted = '"' + HOSTILE.replace("\\", "\\\\").replace('"', '\\"') + '"'
    for old, new in (
        ("summary: Put a call on hold, playing a media file or TTS text to the caller.", f"summary: {quoted}"),
        ("    description: Session key from login.user, or the permanent API key.", f"    description: {quoted}"),
        ("  description: Whether the call was put on hold.", f"  description: {quoted}"),
        (
            '        description: "Kind of message: `media` plays a media file, `tts` voices a text via Text-to-Speech."',
            f"        description: {quoted}",
        ),
    ):
        assert old in text, f"hold.call.yaml changed; update hostile_spec: {old}"
        text = text.replace(old, new, 1)
    hold.write_text(text, "utf-8")
    api = spec / "api.yaml"
    shared = (
        "  - name: SuccessResult\n    description: >-\n"
        "      The answer of a method that only reports whether it did what was asked: a single flag,\n"
        "      `success`. What the flag confirms is said by each method.\n"
    )
    assert shared in api.read_text("utf-8"), "api.yaml changed; update hostile_spec"
    api.write_text(api.read_text("utf-8").replace(shared, f"  - name: SuccessResult\n    description: {quoted}\n"), "utf-8")
    return spec
