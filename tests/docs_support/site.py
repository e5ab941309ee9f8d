"""The docs site rendered and built once per test run, for test_docs.py and test_docs_ru.py alike.

Under pytest-xdist the two files may run on different workers: the workers take turns on a lock in
the run's shared temporary folder, and the first one builds what the others then read.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from generator.pipeline import Paths, Run, render_all

__all__ = ["build_site"]


def build_site(root: Path) -> Path:
    """``root`` holding docs/ (the docs target), python/ (the SDK its examples use) and site/ (built by
    ``mkdocs build --strict``); made on the first call, read as it is on the next ones."""
    root.mkdir(parents=True, exist_ok=True)
    done = root / "built"
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            _build(root)
            done.touch()
    return root


def _build(root: Path) -> None:
    for path, text in render_all(Paths(), Run(), ["docs", "python"]).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    site = root / "site"
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "docs" / "mkdocs.yml"), "-d", str(site)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=180,
    )
    if built.returncode != 0:
        raise AssertionError(f"mkdocs build --strict failed:\n{built.stdout}\n{built.stderr}")
