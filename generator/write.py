"""The only module that touches the output tree.

``replace_tree`` writes the whole new tree next to the old one, then swaps the two
with SIGINT held back, so an interruption leaves either the old or the new tree,
never a mix; a tree left half-swapped by a hard kill is restored on the next run.
``diff_tree`` compares without writing (for ``check``).
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path, PurePosixPath

__all__ = ["IGNORED", "MARKER", "OutputError", "diff_tree", "replace_tree"]

# Left behind by tools run inside generated/ (imports, type checks, installs); never part of the output.
IGNORED = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules", "dist", "build"})


# Every output tree carries this file; a folder without it is never replaced, so a mistyped
# --output (".", the home folder, a file) cannot be wiped.
MARKER = ".generated"
_MARKER_TEXT = "Everything in this folder is written by `python -m generator` and replaced on each run.\n"


class OutputError(Exception):
    """The output folder cannot be written (it is not one the generator made)."""


def _with_marker(files: dict[str, str], marker: str | None) -> dict[str, str]:
    return {**files, MARKER: marker or _MARKER_TEXT}


def _check_replaceable(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise OutputError(f"refusing to write into {root}: it is a file, not a folder")
    if root.is_dir() and any(root.iterdir()) and not (root / MARKER).is_file():
        raise OutputError(
            f"refusing to replace {root}: it holds files the generator did not write (no {MARKER} file); pick an empty or new --output"
        )


def _checked(path: str) -> PurePosixPath:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"refusing to write outside the output folder: {path!r}")
    return pure


def _existing(root: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not root.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED and not d.endswith(".egg-info"))
        for name in filenames:
            full = Path(dirpath) / name
            found[full.relative_to(root).as_posix()] = full.read_bytes()
    return found


def _recover(root: Path) -> None:
    """Finish a swap a hard kill interrupted: bring the old tree back, or drop the leftover copy."""
    backup = root.with_name(root.name + ".previous")
    if not (backup.is_dir() and (backup / MARKER).is_file()):
        return  # not ours: never touched
    if not root.exists():
        backup.rename(root)
    else:
        shutil.rmtree(backup)


def diff_tree(root: Path, files: dict[str, str], marker: str | None = None) -> list[str]:
    """Lines describing how ``root`` differs from ``files`` (empty when identical)."""
    _recover(root)
    existing = _existing(root)
    wanted = {path: text.encode("utf-8") for path, text in _with_marker(files, marker).items()}
    lines = []
    for path in sorted(set(existing) | set(wanted)):
        if path not in existing:
            lines.append(f"missing: {root.name}/{path}")
        elif path not in wanted:
            lines.append(f"stale:   {root.name}/{path}")
        elif existing[path] != wanted[path]:
            lines.append(f"changed: {root.name}/{path}")
    return lines


def replace_tree(root: Path, files: dict[str, str], marker: str | None = None) -> int:
    """Make ``root`` hold exactly ``files`` (and the marker, with ``marker`` as its text); returns how many files differ from before."""
    _recover(root)
    _check_replaceable(root)
    differences = diff_tree(root, files, marker)
    if not differences:
        return 0
    changed = sum(1 for line in differences if not line.endswith(f"/{MARKER}"))
    files = _with_marker(files, marker)
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    try:
        for path in sorted(files):
            target = staging / _checked(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[path].encode("utf-8"))
        backup = root.with_name(root.name + ".previous")
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            if root.exists():
                root.rename(backup)
            staging.rename(root)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return changed
