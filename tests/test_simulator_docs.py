"""The docs of the simulator: the "Testing your integration" page's pytest examples run (through the
plugin's fixture, as an installed package registers it), and the "Call states" page draws the whole
state machine, which every method page with allowed states links to."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.model import Api
from generator.pipeline import Paths, Run, render_all
from tests.test_docs import code_blocks


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rendered")
    for path, text in render_all(Paths(), Run(), ["docs", "python"]).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    return root


# The pytest examples of the docs site (both languages) and of the package's README, with how many tests they have.
EXAMPLES = {"docs/pages/testing.md": 3, "docs/pages/ru/testing.md": 3, "python/README.md": 1}


@pytest.mark.parametrize(("page_path", "tests"), EXAMPLES.items(), ids=list(EXAMPLES))
def test_the_pytest_examples_pass(rendered: Path, tmp_path: Path, page_path: str, tests: int) -> None:
    page = (rendered / page_path).read_text("utf-8")
    examples = [code for code in code_blocks(page, "python") if "def test_" in code]
    for i, example in enumerate(examples):  # each as the reader copies it: a file of its own
        (tmp_path / f"test_example{i}.py").write_text(example, "utf-8")
    done = subprocess.run(
        # -p loads the plugin the way the package's pytest11 entry point does once installed
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "callapi.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            *(f"test_example{i}.py" for i in range(len(examples))),
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(rendered / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{tests} passed" in done.stdout
    pyproject = (rendered / "python" / "pyproject.toml").read_text("utf-8")
    assert '[project.entry-points.pytest11]\ncallapi = "callapi.testing.pytest_plugin"' in pyproject


@pytest.mark.parametrize("language", ["", "ru/"])
def test_the_call_states_page_draws_every_transition(rendered: Path, api: Api, language: str) -> None:
    page = (rendered / "docs" / "pages" / f"{language}states.md").read_text("utf-8")
    (diagram,) = re.findall(r"^``` mermaid\n(.*?)^```$", page, re.MULTILINE | re.DOTALL)
    assert diagram.startswith("stateDiagram-v2\n")
    everywhere = len(api.call_states.states) - 1
    for t in api.call_states.transitions:
        if len(t.sources) < everywhere:
            for source in t.sources:
                assert f"    {source} --> {t.to}: {t.trigger}" in diagram, (source, t)
        else:
            assert f"`{t.trigger}`" in page.split("## ")[0], t
    for state in api.call_states.states:
        assert f'<span id="state-{state.id}"></span>' in page
    for method in api.methods:
        text = (rendered / "docs" / "pages" / f"{language}methods" / f"{method.wire}.md").read_text("utf-8")
        for state in method.states:
            assert f"(../states.md#state-{state})" in text, (method.wire, state)
