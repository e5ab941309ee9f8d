"""Chunked formatting (a definition at a time, cached) gives exactly what black gives on the whole file."""

from __future__ import annotations

import pytest

from generator import format as fmt
from generator import pipeline
from generator.render import load_targets, render_target
from generator.render.models import resolve

PATHS = pipeline.Paths()


def _rendered_python() -> dict[str, str]:
    api = pipeline.validate(PATHS)
    files = {}
    for target in load_targets(PATHS.templates):
        files.update(render_target(target, api))
    return {path: resolve(text) for path, text in files.items() if path.endswith(".py")}


RENDERED = _rendered_python()


@pytest.mark.parametrize("path", sorted(RENDERED))
def test_chunked_equals_whole_file_black(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    text = RENDERED[path]
    assert fmt.format_file(path, text) == fmt.format_python_whole(text)


TRICKY = '''import os
x = 1
class A:
    """Doc
def not_a_def(): pass
    """
    y=2
    def f(self):   return {'a':1}
    # a comment above a method moves with it
    @property
    def g(self):
        return   [1,
        2]
async def h():
    await  h()
z = 3
'''


def test_tricky_layouts_fall_back_or_match(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    assert fmt.format_file("x.py", TRICKY) == fmt.format_python_whole(TRICKY)
    without_comment = TRICKY.replace("    # a comment above a method moves with it\n", "")
    assert fmt.format_file("x.py", without_comment) == fmt.format_python_whole(without_comment)
