"""Spec text can never become code: hostile descriptions render verbatim into docstrings."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

from generator import pipeline
from tests.conftest import ROOT

HOSTILE = 'Ends """ here; {{ api }} {% raw %} \\n \\ "; import os; os.system("x") # \' ünïcødé ☎ */ </script> |pipe|'


def test_hostile_descriptions_render_verbatim(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    hold = spec / "methods" / "hold.call.yaml"
    text = hold.read_text("utf-8")
    quoted = '"' + HOSTILE.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text = text.replace("summary: Put a call on hold, playing a media file or TTS text to the caller.", f"summary: {quoted}", 1)
    text = text.replace(
        "    description: Session key from login.user, or the permanent API key.", f"    description: {quoted}", 1
    )
    text = text.replace("  description: Whether the call was put on hold.", f"  description: {quoted}", 1)
    assert text.count(quoted) == 3, "hold.call.yaml changed; update the test"
    hold.write_text(text, "utf-8")
    api = spec / "api.yaml"
    shared = "  - name: SuccessResult\n    description: >-\n"
    text = api.read_text("utf-8")
    start = text.index(shared)
    end = text.index("\n\n", start)  # the folded description ends at the blank line after it
    api.write_text(text[:start] + f"  - name: SuccessResult\n    description: {quoted}" + text[end:], "utf-8")
    output = tmp_path / "generated"

    pipeline.generate(pipeline.Paths(spec=spec, output=output))

    package = output / "python"
    for source in (package / "callapi").glob("*.py"):
        compile(source.read_text("utf-8"), str(source), "exec")
    done = subprocess.run(
        [sys.executable, "-c", "import callapi, sys; sys.stdout.write(callapi.Client.hold_call.__doc__)"],
        cwd=package,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(HOSTILE)
    # the class several methods share is documented by api.yaml, verbatim too
    shared = subprocess.run(
        [sys.executable, "-c", "import callapi, sys; sys.stdout.write(callapi.HoldCallResult.__doc__)"],
        cwd=package,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert shared.returncode == 0, shared.stderr
    assert shared.stdout.strip() == HOSTILE
    models = (package / "callapi" / "_models.py").read_text("utf-8")
    assert "import os" not in models.replace('import os; os.system("x")', "")


def test_loaded_package_is_this_repo() -> None:
    module = importlib.import_module("callapi")
    assert Path(module.__file__).is_relative_to(ROOT / "generated" / "python")


def test_a_name_that_is_not_an_identifier_is_rejected(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    hold = spec / "methods" / "hold.call.yaml"
    hold.write_text(hold.read_text("utf-8").replace("  - name: contact_message\n", '  - name: "x = 1; import os"\n', 1), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert 'hold.call.yaml:33:11: params[2].name: "x = 1; import os" does not match the pattern' in done.stderr
    assert not (tmp_path / "out").exists()
