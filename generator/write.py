"""The only module that touches the output tree.

``replace_tree`` writes the whole new tree into a work folder beside the output
(``.<name>.partial/new``), then swaps it in with SIGINT held back: the old tree moves to
``.<name>.partial/old``, the new one takes its place, and the work folder is removed.
Whatever moment a run is killed at, the next run finds the work folder and finishes the
job (``_recover``): it puts the old tree back if the swap was cut in half, and removes
everything else, so no kill leaves a mixed tree or debris.

Runs that write the same parent folder take turns (an exclusive ``flock`` on that folder,
which needs no lock file): a second run waits for the first, saying so in one line.

A symlinked output folder is followed: the tree its link points to is replaced and the
link stays. The output folder keeps its permission bits. ``/``, a folder holding the
current directory, a file, or a folder the generator did not make are refused.
``diff_tree`` compares without writing (for ``check``).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

__all__ = ["IGNORED", "MARKER", "OutputError", "diff_tree", "replace_tree", "work_folder"]

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


def _real(root: Path) -> Path:
    """The folder really written: links followed, ``.`` and ``..`` gone; ``/`` and the current folder refused."""
    real = Path(os.path.realpath(root))
    if not real.name:
        raise OutputError(f"refusing to write into {root}: the output must be a folder below /, not the root itself")
    if Path.cwd().resolve().is_relative_to(real):
        raise OutputError(f"refusing to replace {root}: it holds the current folder; pick a folder of its own as --output")
    return real


def work_folder(root: Path) -> Path:
    """Where a run stages the new tree and parks the old one: beside the output, removed when done."""
    return root.with_name(f".{root.name}.partial")


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


def _existing(root: Path) -> dict[str, bytes | None]:
    """Every file of the tree; ``None`` for an entry that is not a regular file (never opened)."""
    found: dict[str, bytes | None] = {}
    if not root.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED and not d.endswith(".egg-info"))
        for name in filenames:
            full = Path(dirpath) / name
            regular = stat.S_ISREG(full.lstat().st_mode)
            found[full.relative_to(root).as_posix()] = full.read_bytes() if regular else None
    return found


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


@contextmanager
def _turn(root: Path) -> Iterator[None]:
    """Hold the output's parent folder for this run; wait (saying so once) while another run holds it."""
    root.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(root.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"another generator run is writing beside {root}; waiting for it to finish", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _recover(root: Path) -> None:
    """Finish whatever a killed run left: the old tree back if the swap was cut in half, no leftovers."""
    work = work_folder(root)
    if work.is_dir() and not work.is_symlink() and (work / "old").is_dir() and not root.exists():
        (work / "old").rename(root)
    _remove(work)
    # left by earlier versions of this module: <name>.previous (the old tree) and .<name>.XXXXXXXX (staging)
    legacy = root.with_name(root.name + ".previous")
    if legacy.is_dir() and (legacy / MARKER).is_file():
        if not root.exists():
            legacy.rename(root)
        else:
            shutil.rmtree(legacy)
    for staging in root.parent.glob(f".{root.name}.????????"):
        if staging.is_dir() and not staging.is_symlink() and (staging / MARKER).is_file():
            shutil.rmtree(staging)


def _differences(root: Path, files: dict[str, str], marker: str | None) -> list[str]:
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


def diff_tree(root: Path, files: dict[str, str], marker: str | None = None) -> list[str]:
    """Lines describing how ``root`` differs from ``files`` (empty when identical)."""
    root = _real(root)
    if not root.parent.is_dir():
        return _differences(root, files, marker)  # nothing there to recover (and no folder made by a check)
    with _turn(root):
        _recover(root)
        return _differences(root, files, marker)


def replace_tree(root: Path, files: dict[str, str], marker: str | None = None) -> int:
    """Make ``root`` hold exactly ``files`` (and the marker, with ``marker`` as its text); returns how many files differ from before."""
    root = _real(root)
    with _turn(root):
        _recover(root)
        _check_replaceable(root)
        differences = _differences(root, files, marker)
        if not differences:
            return 0
        changed = sum(1 for line in differences if not line.endswith(f"/{MARKER}"))
        files = _with_marker(files, marker)
        work = work_folder(root)
        try:
            staging = work / "new"
            staging.mkdir(parents=True)
            for path in sorted(files):
                target = staging / _checked(path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(files[path].encode("utf-8"))
            if root.exists():
                staging.chmod(stat.S_IMODE(root.stat().st_mode))
            old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            try:
                if root.exists():
                    root.rename(work / "old")
                staging.rename(root)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        finally:
            _recover(root)  # after a swap: drops the old tree; after a failure: puts it back
        return changed
