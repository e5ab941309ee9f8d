# Generated from spec/ by `python -m generator`; do not edit.
"""pytest plugin (entry point ``callapi``): the ``callapi_mock`` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import MockCallApi


@pytest.fixture
def callapi_mock() -> Iterator[MockCallApi]:
    """A running simulator with seed 0, accepting any key; fresh for each test."""
    with MockCallApi(seed=0) as api:
        yield api
