"""Broken specs: each case in tests/invalid/<case>/case.yaml edits a copy of spec/ and pins
the exact messages (file:line:col) the generator must print. Nothing may be written.
A case runs `generate` unless it names another `command` (e.g. `[validate, --strict]`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

CASES = sorted(p.parent for p in (Path(__file__).parent / "invalid").glob("*/case.yaml"))


def make_broken_spec(case: dict[str, Any], tmp: Path) -> Path:
    spec = tmp / "spec"
    shutil.copytree(ROOT / "spec", spec)
    target = spec / case["file"]
    if case.get("delete"):
        target.unlink()
    elif "content" in case:
        target.write_text(case["content"], "utf-8")
    for edit in case.get("edits", ()):
        text = target.read_text("utf-8")
        assert edit["replace"] in text, f"the case's edit no longer applies to {case['file']}: {edit['replace']!r}"
        target.write_text(text.replace(edit["replace"], edit["with"], 1), "utf-8")
    return spec


def test_there_are_at_least_25_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_broken_spec_is_reported_exactly_and_writes_nothing(folder: Path, tmp_path: Path) -> None:
    case = yaml.safe_load((folder / "case.yaml").read_text("utf-8"))
    spec = make_broken_spec(case, tmp_path)
    output = tmp_path / "generated"
    output.mkdir()
    (output / "keep.txt").write_text("previous output")

    done = subprocess.run(
        [sys.executable, "-m", "generator", *case.get("command", ["generate"]), "--spec", str(spec), "--output", str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )

    lines = done.stderr.splitlines()
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[:-1] == case["expected"], "\n".join(lines)
    assert lines[-1].endswith("nothing was written")
    assert sorted(p.name for p in output.iterdir()) == ["keep.txt"]
    assert (output / "keep.txt").read_text() == "previous output"
