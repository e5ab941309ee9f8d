"""The generated Python package passes the gates a hand-written one would: mypy --strict, ruff, black."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generated" / "python"


@pytest.mark.parametrize(
    "command",
    [
        # no cache written: generated/ stays as rendered while other tests copy it
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "callapi"],
        [sys.executable, "-m", "ruff", "check", "--no-cache", "callapi"],
        [sys.executable, "-m", "black", "--check", "--line-length", "100", "callapi"],
    ],
    ids=["mypy-strict", "ruff", "black"],
)
def test_generated_python_is_clean(command: list[str]) -> None:
    done = subprocess.run(command, cwd=PACKAGE, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_package_installs_and_imports(tmp_path) -> None:
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache"))
    target = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (target / "callapi" / "py.typed").exists()
    check = subprocess.run(
        [sys.executable, "-c", "import callapi; print(callapi.Client, len(callapi.__all__))"],
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


HOOKS = sorted(ROOT.glob("templates/*/target.py"))


def test_toolchain_itself_is_lint_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "generator", "tests", "bench", "templates"],
        cwd=PACKAGE.parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    typed = subprocess.run(
        # the targets' hooks (templates/*/target.py) are toolchain code too; every one is a `target`
        # module, so mypy names them by their folders (templates.php.target, ...)
        [
            sys.executable,
            "-m",
            "mypy",
            "--ignore-missing-imports",
            "--no-incremental",
            "--explicit-package-bases",
            "generator",
            *map(str, HOOKS),
        ],
        cwd=PACKAGE.parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout
