"""Expensive things the tests read but never change (the built docs site, the compiled TypeScript
client), made once per test run.

Under pytest-xdist the files that read one may run on different workers: the workers take turns on a
lock in the run's shared temporary folder, and the first one makes what the others then read.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from generator.pipeline import Paths, Run, render_all

__all__ = ["built_once", "docs_site", "typescript_client"]


def built_once(folder: Path, build: Callable[[Path], None]) -> Path:
    """``folder``, filled by ``build(folder)`` on the first call for it; later calls wait for that and read it."""
    folder.mkdir(parents=True, exist_ok=True)
    done = folder / ".built"
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            build(folder)
            done.touch()
    return folder


def write_targets(root: Path, targets: list[str]) -> None:
    for path, text in render_all(Paths(), Run(), targets).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")


def docs_site(root: Path) -> None:
    """docs/ (the docs target), python/ (the SDK its examples use) and site/ (``mkdocs build --strict``)."""
    write_targets(root, ["docs", "python"])
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "docs" / "mkdocs.yml"), "-d", str(root / "site")],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=180,
    )
    if built.returncode != 0:
        raise AssertionError(f"mkdocs build --strict failed:\n{built.stdout}\n{built.stderr}")


def typescript_client(root: Path) -> None:
    """typescript/ (the TypeScript target), compiled by its own tsconfig into typescript/dist/."""
    from tests.ts_support import package, run_node

    write_targets(root, ["typescript"])
    run_node(str(package("typescript") / "bin" / "tsc"), "-p", "tsconfig.json", "--outDir", "dist", cwd=root / "typescript")
