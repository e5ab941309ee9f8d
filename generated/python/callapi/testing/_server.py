# Generated from spec/ by `python -m generator`; do not edit.
"""The simulator on HTTP: ``MockCallApi`` serves it on 127.0.0.1 from a background thread.

Besides the API at ``/v{version}``, ``POST /_control`` drives the test controller from any
language: ``{"action": "advance", "seconds": 3600}`` calls ``advance(seconds=3600)``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from typing_extensions import Self

from ._simulator import Simulator
from ._spec import API_VERSION, VERSION_PATH

__all__ = ["CONTROL_ACTIONS", "MockCallApi"]

CONTROL_ACTIONS = frozenset(
    {
        "add_access_token",
        "add_call",
        "advance",
        "answer",
        "block_access_token",
        "delay_next",
        "disable_component",
        "drop_next",
        "fail_call",
        "fail_next",
        "fire",
        "forbid",
        "hang_up",
        "hold_back_answers",
        "incoming_call",
        "set_account_active",
        "set_deprecated",
        "state",
    }
)
"""The controller methods ``POST /_control`` may call."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Httpd

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests carry keys and passwords: never logged

    def do_POST(self) -> None:
        simulator = self.server.simulator
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == "/_control":
            self._control(simulator)
            return
        if path != "/" + VERSION_PATH.format(version=API_VERSION):
            self._send(404, json.dumps({"error": f"no API at {path}"}).encode())
            return
        if simulator.take_drop(after_read=False):
            self.close_connection = True
            return
        outcome = simulator.handle(self._body(), self.client_address[0])
        if outcome.delay:
            time.sleep(outcome.delay)
        if outcome.drop:
            self.close_connection = True
            return
        self._send(200, outcome.body)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _control(self, simulator: Simulator) -> None:
        try:
            command = json.loads(self._body())
            action = command.pop("action")
            if action not in CONTROL_ACTIONS:
                raise ValueError(f"unknown action {action!r}")
            result = getattr(simulator, action)(**command)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            self._send(400, json.dumps({"ok": False, "error": str(exc)}).encode())
        else:
            self._send(200, json.dumps({"ok": True, "result": result}).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Httpd(ThreadingHTTPServer):
    daemon_threads = True
    simulator: Simulator


class MockCallApi(Simulator):
    """The simulated Call API on a local port, started and stopped as a context manager.

    Takes the ``Simulator`` arguments, plus ``host`` and ``port`` (0: a free port). ``url`` is the
    ``base_url`` for ``Client`` / ``AsyncClient``; the controller methods (``advance``, ``answer``,
    ``fail_next``...) act on the running server.

        with MockCallApi(seed=1) as api, Client("key", base_url=api.url) as client:
            call = client.start_simple_call(...)
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        super().__init__(**options)
        self._address = (host, port)
        self._httpd: _Httpd | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError(
                "the simulator is not running: use it as a context manager or call start()"
            )
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/" + VERSION_PATH.format(version=API_VERSION)

    def start(self) -> Self:
        """Listen, and serve from a daemon thread."""
        httpd = _Httpd(self._address, _Handler)
        httpd.simulator = self
        self._httpd = httpd
        # a short poll keeps stop() quick: tests start and stop many servers
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(0.02,), name="callapi-simulator", daemon=True
        )
        self._thread.start()
        return self

    def wait(self) -> None:
        """Block until the server stops (how the command line runs it)."""
        if self._thread is not None:
            self._thread.join()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
