from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated" / "python"))

from generator.loader import load_spec
from generator.model import Api, build_api
from tests.support import once
from tests.support.server import Server, start_server

# The files that take longest, longest first: with pytest-xdist they start first and the short files fill in
# around them, so no worker is left running a long file alone at the end. The rest keep their order.
LONGEST_FIRST = (
    "test_docs.py",
    "test_golden.py",
    "test_invalid_specs.py",
    "test_typescript.py",
    "test_simulator_errors.py",
    "test_spec_fuzz.py",
    "test_release.py",
    "test_sdk_typing.py",
    "test_simulator_scenario.py",
    "test_writer_attacks.py",
    "test_generated_quality.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: tests of a file keep their order


@pytest.fixture(scope="session")
def api() -> Api:
    return build_api(load_spec(ROOT / "spec"))


@pytest.fixture(scope="session")
def run_folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary folder of this test run, shared by its pytest-xdist workers (each has its own below it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if hasattr(request.config, "workerinput") else base


@pytest.fixture(scope="session")
def docs_site(run_folder: Path) -> Path:
    """The docs and python targets rendered into a folder, and the site built into its site/; once per run."""
    return once.built_once(run_folder / "docs-site", once.docs_site)


@pytest.fixture(scope="session")
def typescript_client(run_folder: Path) -> Path:
    """The compiled TypeScript client (its dist/index.js); once per run."""
    return once.built_once(run_folder / "typescript-client", once.typescript_client) / "typescript" / "dist" / "index.js"


@pytest.fixture(scope="session")
def _server() -> Iterator[Server]:
    server = start_server()
    yield server
    server.httpd.shutdown()


@pytest.fixture
def server(_server: Server) -> Iterator[Server]:
    _server.reset()
    yield _server
    _server.reset()


# Attack tests report what they tried (cases tried / held / failed); pytest prints the lines at the end.
# Under pytest-xdist each worker sends its lines to the controller, which prints them in test order.
FIGURES: list[tuple[str, str]] = []  # (test id, line)


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    lines: list[str] = []
    yield lines
    FIGURES.extend((request.node.nodeid, line) for line in lines)


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker
        workeroutput["figures"] = FIGURES


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    FIGURES.extend((test, line) for test, line in getattr(node, "workeroutput", {}).get("figures", []))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("attack figures")
        for _, line in sorted(FIGURES, key=lambda pair: pair[0]):
            terminalreporter.write_line(line)
