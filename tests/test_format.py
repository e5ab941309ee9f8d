"""Chunked formatting (a definition at a time, cached) gives exactly what black gives on the whole file."""

from __future__ import annotations

import pytest

from generator import format as fmt
from generator import pipeline, write
from generator.render import load_targets, render_target
from generator.render.models import resolve

PATHS = pipeline.Paths()
# The Python files a render makes, named from the committed tree (test_golden proves it is the render), so
# collecting this module renders nothing: a pytest-xdist worker that never runs these tests never pays for them.
PYTHON_FILES = sorted(
    path.relative_to(PATHS.output).as_posix()
    for path in PATHS.output.rglob("*.py")
    if not any(part in write.IGNORED for part in path.parts)
)


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """Every Python file as rendered, before formatting."""
    api = pipeline.validate(PATHS)
    files = {}
    for target in load_targets(PATHS.templates):
        files.update(render_target(target, api))
    return {path: resolve(text) for path, text in files.items() if path.endswith(".py")}


def test_the_committed_tree_names_every_rendered_python_file(rendered: dict[str, str]) -> None:
    assert PYTHON_FILES == sorted(rendered)


@pytest.mark.parametrize("path", PYTHON_FILES)
def test_chunked_equals_whole_file_black(path: str, rendered: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    text = rendered[path]
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
