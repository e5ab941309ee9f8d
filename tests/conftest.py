from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated" / "python"))

from generator.loader import load_spec
from generator.model import Api, build_api
from tests.support.server import Server, start_server


@pytest.fixture(scope="session")
def api() -> Api:
    return build_api(load_spec(ROOT / "spec"))


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
FIGURES: list[str] = []


@pytest.fixture
def figures() -> list[str]:
    return FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("attack figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
