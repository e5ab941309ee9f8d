"""The only orchestration: load -> build -> render -> format -> write | check."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import record, write
from .cache import enabled, lookup, store, tool_versions
from .record import Record, digest

if TYPE_CHECKING:
    from .format import TargetFormatter
    from .model import Api
    from .render import Target

__all__ = ["Paths", "Run", "check", "generate", "render_all", "validate"]

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT / "spec" / "schema"  # the spec's own schemas, always this checkout's (see loader.SCHEMA_DIR)
T = TypeVar("T")
T_in = TypeVar("T_in")


@dataclass(frozen=True)
class Paths:
    spec: Path = ROOT / "spec"
    templates: Path = ROOT / "templates"
    output: Path = ROOT / "generated"
    releases: Path = ROOT / "releases.yaml"  # package versions and changelogs


@dataclass
class Run:
    """What a run did and how long each stage took (seconds), for the CLI and the benchmark."""

    timings: dict[str, float] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    changed: int = 0
    differences: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # file:line:col: warning: ... (e.g. a text not yet translated)
    record: Record | None = None  # what made ``files``: the marker's text
    formatted: int = 0  # characters black formatted (what no store held)

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
    """The model of the spec, checked against itself, the names every target reserves and the targets' checks;
    ``strict`` makes warnings (untranslated texts) mistakes too."""
    from .errors import SpecErrors
    from .loader import load_spec
    from .model import build_api
    from .model.naming import SPELLINGS
    from .release import load_packages
    from .render import load_targets, target_mistakes

    run = run or Run()
    raw = run.timed("load", lambda: load_spec(paths.spec))
    every_target = run.timed("targets", lambda: load_targets(paths.templates))
    reserved = tuple(r for target in every_target for r in target.reserved)
    keywords = {s: {w for target in every_target for w in target.keywords.get(s, ())} for s in SPELLINGS}
    api = run.timed("model", lambda: build_api(raw, reserved, keywords))
    mistakes = run.timed("target checks", lambda: target_mistakes(every_target, api))
    if mistakes:
        raise SpecErrors(mistakes)
    if strict and raw.warnings:
        raise SpecErrors(raw.warnings)
    run.warnings = [f"{w.location}: warning: {w.message}" for w in sorted(raw.warnings)]
    packages = run.timed("releases", lambda: load_packages(paths.releases))
    translations = tuple(replace(t, packages=packages) for t in api.translations)
    return replace(api, packages=packages, translations=translations)


Made = tuple[dict[str, str], dict[str, str], dict[str, list[str]]]  # files, raw render hashes, piece keys


def _render(paths: Paths, run: Run, targets: list[str] | None, committed: Record | None) -> tuple[dict[str, str], Record]:
    """Every file, and the record of what made it (see ``_make``), part by part on both cores."""
    from .format import TargetFormatter
    from .render import load_targets, parts

    api = validate(paths, run)
    loaded = run.timed("targets", lambda: load_targets(paths.templates, targets))
    formatters = {
        t.name: TargetFormatter(
            f"{t.output}/", t.hooks.format_version, t.hooks.format, f"{paths.templates.name}/{t.name}/target.py"
        )
        for t in loaded
        if t.hooks.format is not None
    }
    files: dict[str, str] = {}
    raw: dict[str, str] = {}
    pieces: dict[str, list[str]] = {}
    # a target with its own formatter goes first: the tool (another process) then runs beside the rest
    ordered = sorted(loaded, key=lambda t: t.name not in formatters)
    work = [(target, language) for target in ordered for language in parts(target)]
    for made_files, made_raw, made_pieces in _on_both_cores(
        work, lambda part, stages: _make(part, api, formatters.get(part[0].name), committed, paths.output, stages), run
    ):
        files.update(made_files)
        raw.update(made_raw)
        pieces.update(made_pieces)
    made = Record(warnings=run.warnings, files={path: (raw[path], digest(text)) for path, text in files.items()}, pieces=pieces)
    return dict(sorted(files.items())), made


def _make(
    part: tuple[Target, str | None], api: Api, formatter: TargetFormatter | None, committed: Record | None, output: Path, run: Run
) -> Made:
    """One part's files (a target in one language), formatted (by ``formatter`` too, the target's
    own); files the committed tree already holds for the same raw render (see ``generator.record``)
    are taken from it, not formatted again."""
    from . import format as formatting
    from .format import Seeds, format_files, piece_keys, seed
    from .render import render_target
    from .render.models import Deferred, resolve

    target, language = part
    with run.stage(f"render:{target.name}" + (f":{language}" if language else "")):
        sources = render_target(target, api, language)

    def raw_digest(source: str | Deferred) -> str:
        text = source.key if isinstance(source, Deferred) else source
        versions = [formatter.version] if formatter is not None else []  # a file is only reused from the same formatter
        return digest("\0".join([*versions, text]))

    raw = {path: raw_digest(source) for path, source in sources.items()}
    files: dict[str, str] = {}
    if committed is not None:
        with run.stage("reuse committed"):
            for path in sources:
                text = committed.stored(output, path, raw[path])
                if text is not None:
                    files[path] = text
    with run.stage("models"):
        todo = {path: resolve(source) for path, source in sources.items() if path not in files}
    with run.stage("pieces"):
        pieces = {
            path: keys
            for path, source in sources.items()
            if path.endswith(".py") and isinstance(source, str) and (keys := piece_keys(source)) is not None
        }
    seeds: dict[str, Seeds] = {}
    if committed is not None:
        for path in todo.keys() & pieces.keys() & committed.pieces.keys():

            def seeds_of(missing: set[str], path: str = path, keys: list[str] = committed.pieces[path]) -> None:
                old = committed.intact(output, path) if missing & set(keys) else None
                if old is not None:  # its unchanged definitions need no formatting
                    seed(keys, old)

            seeds[path] = seeds_of
    before = formatting.formatted_chars
    files.update(run.timed("format", lambda: format_files(todo, [formatter] if formatter else [], seeds)))
    run.formatted += formatting.formatted_chars - before
    return files, raw, pieces


def _on_both_cores(work: list[T_in], do: Callable[[T_in, Run], T], run: Run) -> list[T]:
    """``do`` of every item, in order, on two cores where there are two: a forked helper and this
    process each take the next item not yet taken (stage times and formatting of both add up in ``run``).
    An item the helper failed on is done again here, which raises its error with its message."""
    alone = threading.active_count() == 1  # forking beside other threads could copy a lock they hold
    if len(work) < 2 or (os.cpu_count() or 1) < 2 or not alone or "fork" not in multiprocessing.get_all_start_methods():
        return [do(item, run) for item in work]
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)
    receiver, sender = context.Pipe(duplex=False)

    def take() -> int | None:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        return index if index < len(work) else None

    def helper() -> None:
        done: dict[int, T] = {}
        mine = Run()
        while (index := take()) is not None:
            try:
                done[index] = do(work[index], mine)
            except BaseException:  # noqa: BLE001 - the parent does it again and reports the error itself
                break
        sender.send((done, mine.timings, mine.formatted))

    process = context.Process(target=helper, daemon=True)
    process.start()
    results: dict[int, T] = {}
    helped: tuple[dict[int, T], dict[str, float], int] | None = None
    try:
        while (index := take()) is not None:
            results[index] = do(work[index], run)
        try:
            helped = receiver.recv()
        except EOFError:  # the helper died: what it took is done here
            helped = ({}, {}, 0)
    finally:
        if helped is None:
            process.kill()  # this process failed first: the helper would wait for a reader forever
        process.join()
    results.update(helped[0])
    for stage, seconds in helped[1].items():
        run.timings[stage] = run.timings.get(stage, 0.0) + seconds
    run.formatted += helped[2]
    return [results[index] if index in results else do(item, run) for index, item in enumerate(work)]


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
            if name in ("__pycache__", "node_modules"):  # bytecode; packages a lockfile (hashed) pins
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
    digest.update(b"releases\0" + (paths.releases.read_bytes() if paths.releases.is_file() else b""))
    return digest.hexdigest()


def render_all(paths: Paths, run: Run, targets: list[str] | None = None) -> dict[str, str]:
    """Every output file, rendered and formatted in memory (``run.record`` says what made them).

    Two stores make this faster, never different. The committed tree: when its record was made
    from exactly these inputs and its files are intact, it is the render (a fresh clone's
    ``check``); otherwise its unchanged files spare their formatting. And ``.cache/``: the whole
    result by the hash of its inputs, so an unchanged spec costs hashing instead of rendering.
    Spec mistakes are never cached: a failing render raises before anything is stored.
    """
    key = run.timed("hash inputs", lambda: inputs_digest(paths, targets))
    inputs = f"{key} {tool_versions()}"
    committed = record.read(paths.output) if enabled() else None
    if committed is not None and committed.tools != tool_versions():
        committed = None  # formatted by other versions: its files may differ from what these give
    if targets is None and committed is not None:
        tree = run.timed("read committed", lambda: committed.tree(paths.output, inputs))
        if tree is not None:
            run.files, run.warnings, run.record = tree, committed.warnings, committed
            return tree

    found = lookup("render", key)
    if found is not None:
        stored = json.loads(found)
        run.files, run.warnings, run.record = stored["files"], stored["warnings"], record.parse(stored["record"])
        return run.files
    run.files, run.record = _render(paths, run, targets, committed)
    run.record.inputs = inputs
    store(
        "render", key, json.dumps({"files": run.files, "warnings": run.warnings, "record": run.record.text()}, ensure_ascii=False)
    )
    return run.files


def _marker(run: Run) -> str:
    assert run.record is not None
    return run.record.text()


def generate(paths: Paths, run: Run | None = None) -> Run:
    run = run or Run()
    files = render_all(paths, run)
    run.changed = run.timed("write", lambda: write.replace_tree(paths.output, files, _marker(run)))
    return run


def check(paths: Paths, run: Run | None = None) -> Run:
    run = run or Run()
    files = render_all(paths, run)
    run.differences = run.timed("compare", lambda: write.diff_tree(paths.output, files, _marker(run)))
    return run
