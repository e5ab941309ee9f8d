# Generated from spec/ by `python -m generator`; do not edit.
"""Defaults of the client: servers, version, timeouts and the retry policy."""

from __future__ import annotations

from typing import Literal

import httpx

__all__ = [
    "API_VERSION",
    "BASE_URLS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_CONNECTIONS",
    "MAX_IN_FLIGHT",
    "MAX_RETRY_DELAY",
    "RETRY_STATUSES",
    "SDK_VERSION",
    "VERSION_PATH",
    "Brand",
]

API_VERSION = "4.0"
"""The API version the SDK was generated for."""

SDK_VERSION = "1.0.0"
"""The SDK's own version (semantic versioning of the SDK, independent of the API version)."""

VERSION_PATH = "v{version}"

Brand = Literal["uis", "comagic", "novofon", "callgear"]

BASE_URLS: dict[str, str] = {
    "uis": "https://callapi.uiscom.ru",  # UIS
    "comagic": "https://callapi.comagic.ru",  # CoMagic
    "novofon": "https://callapi-jsonrpc.novofon.ru",  # Novofon
    "callgear": "https://callapi.callgear.com",  # CallGear
}
"""Server of each brand, without the version part."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Seconds to wait: 10 to connect, 30 for everything else."""

DEFAULT_MAX_RETRIES = 2
"""How often a failed request is tried again (see ``_core.retry_reason``)."""

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

RETRY_STATUSES = frozenset({502, 503, 504})
"""HTTP statuses of a gateway that did not reach the API: worth another try for safe methods."""

MAX_CONNECTIONS = 100
"""Connections the default HTTP client keeps open at most."""

MAX_IN_FLIGHT = 4
"""Requests an ``AsyncClient`` keeps on the wire at once by default; more callers wait their turn.

httpx's connection pool slows down as waiters pile up inside it (bench/sdk_calls.py: raw
httpx at 100 concurrent callers runs at about 0.45 of its one-caller rate); queueing in
front of it instead keeps the rate at 100 callers at or above the one-caller rate. Four
requests at 30 ms each still allow over 100 calls a second, above any points budget of the
API; pass ``max_in_flight=`` for more.
"""
