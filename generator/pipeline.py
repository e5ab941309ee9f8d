"""The only orchestration: load -> build -> render -> format -> write | check."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import write
from .cache import cached

if TYPE_CHECKING:
    from .model import Api

__all__ = ["Paths", "Run", "check", "generate", "render_all", "validate"]

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT / "spec" / "schema"  # the spec's own schemas, always this checkout's (see loader.SCHEMA_DIR)
T = TypeVar("T")


@dataclass(frozen=True)
class Paths:
    spec: Path = ROOT / "spec"
    templates: Path = ROOT / "templates"
    output: Path = ROOT / "generated"


@dataclass
class Run:
    """What a run did and how long each stage took (seconds), for the CLI and the benchmark."""

    timings: dict[str, float] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    changed: int = 0
    differences: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # file:line:col: warning: ... (e.g. a text not yet translated)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def timed(self, name: str, step: Callable[[], T]) -> T:
        with self.stage(name):
            return step()


def validate(paths: Paths, run: Run | None = None, *, strict: bool = False) -> Api:
    """The model of the spec, checked against itself and against the names every target reserves;
    ``strict`` makes warnings (untranslated texts) mistakes too."""
    from .errors import SpecErrors
    from .loader import load_spec
    from .model import build_api
    from .render import load_targets

    run = run or Run()
    raw = run.timed("load", lambda: load_spec(paths.spec))
    every_target = run.timed("targets", lambda: load_targets(paths.templates))
    reserved = tuple(r for target in every_target for r in target.reserved)
    api = run.timed("model", lambda: build_api(raw, reserved))
    if strict and raw.warnings:
        raise SpecErrors(raw.warnings)
    run.warnings = [f"{w.location}: warning: {w.message}" for w in sorted(raw.warnings)]
    return api


def _render(paths: Paths, run: Run, targets: list[str] | None) -> dict[str, str]:
    from .format import format_files
    from .render import load_targets, render_target

    api = validate(paths, run)
    loaded = run.timed("targets", lambda: load_targets(paths.templates, targets))
    rendered: dict[str, str] = {}
    for target in loaded:
        with run.stage(f"render:{target.name}"):
            rendered.update(render_target(target, api))
    return run.timed("format", lambda: format_files(rendered))


def _tree_entries(folder: Path) -> Iterator[tuple[str, os.stat_result | None, Path]]:
    """Every entry under ``folder`` as (relative path, stat following links or None, path), sorted.

    Links are followed as the loader follows them (a folder reached twice is listed once);
    nothing is opened here, so a FIFO or device costs nothing.
    """
    try:
        top = folder.stat()
        seen = {(top.st_dev, top.st_ino)}
    except OSError:
        seen = set()

    def walk(current: Path) -> Iterator[tuple[str, os.stat_result | None, Path]]:
        try:
            children = sorted(os.listdir(current))
        except OSError:
            return
        for name in children:
            path = current / name
            if name == "__pycache__":
                continue
            try:
                info: os.stat_result | None = path.stat()
            except OSError:  # a dangling link, a loop
                info = None
            yield path.relative_to(folder).as_posix(), info, path
            if info is not None and stat.S_ISDIR(info.st_mode) and (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                yield from walk(path)

    yield from walk(folder)


def inputs_digest(paths: Paths, targets: list[str] | None = None) -> str:
    """A hash of everything a render depends on: spec, its schemas, templates, generator code, targets asked for.

    Entries that are not regular files are hashed by kind, never read: they change the key, so the
    render runs and the loader reports them (the cache can never skip validation).
    """
    digest = hashlib.sha256(json.dumps(targets).encode())
    folders = (("spec", paths.spec), ("schema", SCHEMA_DIR), ("templates", paths.templates), ("generator", Path(__file__).parent))
    for label, folder in folders:
        for relative, info, path in _tree_entries(folder):
            digest.update(f"{label}/{relative}\0".encode())
            if info is None:
                digest.update(b"unreadable\0")
            elif stat.S_ISREG(info.st_mode):
                digest.update(f"file {info.st_size}\0".encode())
                digest.update(path.read_bytes())
            else:
                digest.update(f"special {stat.S_IFMT(info.st_mode)}\0".encode())
    return digest.hexdigest()


def render_all(paths: Paths, run: Run, targets: list[str] | None = None) -> dict[str, str]:
    """Every output file, rendered and formatted in memory.

    The whole result is cached by the hash of its inputs: an unchanged spec (the usual
    case for ``check``) costs hashing instead of rendering, and cannot render differently.
    Spec mistakes are never cached: a failing render raises before anything is stored.
    """
    key = run.timed("hash inputs", lambda: inputs_digest(paths, targets))

    def render() -> str:
        files = _render(paths, run, targets)
        return json.dumps({"files": files, "warnings": run.warnings}, ensure_ascii=False)

    stored = json.loads(cached("render", key, render))
    run.files, run.warnings = stored["files"], stored["warnings"]
    return run.files


def generate(paths: Paths, run: Run | None = None) -> Run:
    run = run or Run()
    files = render_all(paths, run)
    run.changed = run.timed("write", lambda: write.replace_tree(paths.output, files))
    return run


def check(paths: Paths, run: Run | None = None) -> Run:
    run = run or Run()
    files = render_all(paths, run)
    run.differences = run.timed("compare", lambda: write.diff_tree(paths.output, files))
    return run
