"""Where a side of a diff comes from: a spec folder, or spec/ at a git revision of this repository."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import SpecErrors
from ..model import Api

__all__ = ["DiffInputError", "Side", "load_side", "spec_tree_id"]


class DiffInputError(Exception):
    """A side that cannot be read: one line for the user."""


@dataclass(frozen=True)
class Side:
    label: str  # what the user named, resolved: "spec/", "HEAD (04c203c)"
    api: Api


def _git(
    root: Path, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise DiffInputError("git is not installed; name a spec folder instead of a revision") from None


def _spec_tree(root: Path, revision: str) -> str:
    """The tree of spec/ at a revision; a revision may also name a spec tree itself (as releases.yaml does)."""
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{tree}}")
    if found.returncode != 0:
        raise DiffInputError(f"'{revision}' is neither a spec folder nor a git revision of {root}")
    tree = found.stdout.decode().strip()
    if _git(root, "cat-file", "-e", f"{tree}:spec/api.yaml").returncode == 0:
        return _git(root, "rev-parse", f"{tree}:spec").stdout.decode().strip()
    if _git(root, "cat-file", "-e", f"{tree}:api.yaml").returncode == 0:
        return tree
    raise DiffInputError(f"revision '{revision}' has no spec/api.yaml")


def _upgrade(folder: Path) -> None:
    """Bring spec/ of an older revision to the current format, with neutral values for what the format
    gained since, so any revision of this repository can be diffed. One step per format change that
    older files fail; the diff over real revisions (tests/test_diff.py) shows when a step is missing."""
    path = folder / "api.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    changed = False
    for edition in data.get("editions", ()):
        if "name" not in edition:  # editions got a reader-facing name (4a0dbf7)
            edition["name"] = edition["id"]
            changed = True
    if changed:
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    states = folder / "call_states.yaml"
    if not states.exists():  # the call state machine got its own file; the diff does not compare it
        shutil.copyfile(Path(__file__).resolve().parents[2] / "spec" / "call_states.yaml", states)
    methods = sorted((folder / "methods").glob("*.yaml"))
    if not any(re.search(r"^session:", m.read_text("utf-8"), re.MULTILINE) for m in methods):
        # the methods that open and close a session got a flag; before it, they were these two
        for wire, flag in (("login.user", "opens"), ("logout.user", "closes")):
            method = folder / "methods" / f"{wire}.yaml"
            if method.exists():
                text = method.read_text("utf-8")
                method.write_text(
                    re.sub(r"^(acts_on_call: .*\n)", rf"\1session: {flag}\n", text, count=1, flags=re.MULTILINE), "utf-8"
                )


def _load(folder: Path, label: str) -> Api:
    from ..loader import load_spec
    from ..model import build_api

    try:
        return build_api(load_spec(folder))
    except SpecErrors as exc:
        first = exc.errors[0] if exc.errors else "unknown mistake"
        raise DiffInputError(f"the spec of {label} is not valid ({len(exc.errors)} mistake(s)); first: {first}") from None


def load_side(name: str, root: Path) -> Side:
    """A spec folder when ``name`` is a folder with api.yaml, else a git revision of ``root``."""
    folder = Path(name)
    if (folder / "api.yaml").is_file():
        return Side(f"{folder}", _load(folder, str(folder)))
    if folder.is_dir():
        raise DiffInputError(f"{folder} has no api.yaml: not a spec folder")
    tree = _spec_tree(root, name)
    archive = _git(root, "archive", "--format=tar", tree)
    if archive.returncode != 0:
        raise DiffInputError(f"cannot read spec/ of '{name}': {archive.stderr.decode().strip()}")
    short = _git(root, "rev-parse", "--short", f"{name}^{{}}").stdout.decode().strip() or tree[:7]
    label = name if short.startswith(name) or name.startswith(short) else f"{name} ({short})"
    with tempfile.TemporaryDirectory(prefix="callapi-diff-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            # the "data" filter (refuses links out of the folder) exists from Python 3.10.12 / 3.11.4 on
            tar.extraction_filter = getattr(tarfile, "data_filter", None)
            tar.extractall(tmp)
        _upgrade(Path(tmp))
        return Side(label, _load(Path(tmp), label))


def spec_tree_id(root: Path, folder: Path) -> str:
    """The git tree id ``folder`` would have if committed as it is now (the index is not touched)."""
    with tempfile.TemporaryDirectory(prefix="callapi-index-") as tmp:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(tmp) / "index")}
        rel = folder.resolve().relative_to(root.resolve()).as_posix()
        added = _git(root, "add", "--", rel, env=env)
        tree = _git(root, "write-tree", f"--prefix={rel}/", env=env)
        if added.returncode != 0 or tree.returncode != 0:
            raise DiffInputError(f"cannot hash {rel} with git: {(added.stderr or tree.stderr).decode().strip()}")
        return tree.stdout.decode().strip()
