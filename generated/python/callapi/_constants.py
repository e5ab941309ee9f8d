# Generated from spec/ by `python -m generator`; do not edit.
"""Defaults of the client: servers, version, timeouts, the retry policy and the environment."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "API_VERSION",
    "BASE_URLS",
    "CONNECT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT_ON_LIMIT",
    "ENV",
    "INITIAL_RETRY_DELAY",
    "MAX_ANSWER_BYTES",
    "MAX_CONNECTIONS",
    "MAX_IN_FLIGHT",
    "MAX_RETRY_DELAY",
    "RETRY_STATUSES",
    "SDK_VERSION",
    "SESSION_LIFETIME",
    "SESSION_REFRESH_MARGIN",
    "VERSION_PATH",
    "Brand",
]

API_VERSION = "4.0"
"""The API version the SDK was generated for."""

SDK_VERSION = "4.0.0"
"""The version of this package (``callapi.__version__``); it names the SDK in the User-Agent."""

VERSION_PATH = "v{version}"

Brand = Literal["uis", "comagic", "novofon", "callgear"]

BASE_URLS: dict[str, str] = {
    "uis": "https://callapi.uiscom.ru",  # UIS
    "comagic": "https://callapi.comagic.ru",  # CoMagic
    "novofon": "https://callapi-jsonrpc.novofon.ru",  # Novofon
    "callgear": "https://callapi.callgear.com",  # CallGear
}
"""Server of each brand, without the version part."""

DEFAULT_TIMEOUT = 30.0
"""Seconds a whole call may take: connecting, sending, every part of the answer and the pauses
between retries. When it is spent the call fails, however slowly the answer is still arriving."""

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a connection (less when the call's deadline is nearer)."""

DEFAULT_MAX_RETRIES = 2
"""How often a failed request is tried again (see ``_core.retry_reason``)."""

DEFAULT_WAIT_ON_LIMIT = 0.0
"""Seconds a call may wait for a used-up points budget to reset before it is sent again (0: never)."""

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
"""Backoff between retries, and the longest pause a gateway's ``Retry-After`` can ask for."""

RETRY_STATUSES = frozenset({429, 502, 503, 504})
"""HTTP statuses of a gateway that did not reach the API: worth another try for safe methods."""

MAX_ANSWER_BYTES = 64 * 1024 * 1024
"""A larger answer is refused (``ProtocolError``) instead of filling the memory."""

SESSION_LIFETIME = 3600
"""Seconds a session key lives, when the server does not say (``expire_at``)."""

SESSION_REFRESH_MARGIN = 60.0
"""Seconds before a session key expires at which the client logs in again."""

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

ENV = {
    "access_token": "CALLAPI_ACCESS_TOKEN",
    "login": "CALLAPI_LOGIN",
    "password": "CALLAPI_PASSWORD",
    "brand": "CALLAPI_BRAND",
    "base_url": "CALLAPI_BASE_URL",
    "log": "CALLAPI_LOG",
}
"""Environment variables the client reads when the argument is not given (an argument wins)."""
