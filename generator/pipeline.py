"""The only orchestration: load -> build -> render -> format -> write | check."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import write
from .format import format_files
from .loader import load_spec
from .model import Api, build_api
from .render import load_targets, render_target

__all__ = ["Paths", "Run", "generate", "check", "validate", "render_all"]

ROOT = Path(__file__).resolve().parents[1]
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


def validate(paths: Paths, run: Run | None = None) -> Api:
    run = run or Run()
    raw = run.timed("load", lambda: load_spec(paths.spec))
    return run.timed("model", lambda: build_api(raw))


def render_all(paths: Paths, run: Run, targets: list[str] | None = None) -> dict[str, str]:
    api = validate(paths, run)
    loaded = run.timed("targets", lambda: load_targets(paths.templates, targets))
    rendered: dict[str, str] = {}
    for target in loaded:
        rendered.update(run.timed(f"render:{target.name}", lambda t=target: render_target(t, api)))
    run.files = run.timed("format", lambda: format_files(rendered))
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
