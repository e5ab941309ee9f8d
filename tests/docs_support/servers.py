"""Local servers of the docs tests, on 127.0.0.1 and a free port, each in a daemon thread."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = ["serve_folder", "serve_jsonrpc"]


class _Quiet:
    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def _serving(httpd: ThreadingHTTPServer) -> Iterator[str]:
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """A built site, as a static web server would serve it; yields the base URL (no trailing slash)."""

    class Handler(_Quiet, SimpleHTTPRequestHandler):
        pass

    handler = functools.partial(Handler, directory=str(folder))
    with _serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield url


@contextmanager
def serve_jsonrpc(answers: dict[str, Any], requests: list[Any]) -> Iterator[str]:
    """A JSON-RPC endpoint answering each method with its documented response (``answers`` by wire
    name), the request's id put in; every request body goes to ``requests``. Yields the base URL."""

    class Handler(_Quiet, BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            request = json.loads(body)
            requests.append(request)
            answer = answers.get(request.get("method"))
            if answer is None:
                reply: dict[str, Any] = {
                    "jsonrpc": "2.0",
                    "id": request.get("id"),
                    "error": {"code": -32601, "message": "Method not found", "data": {"mnemonic": "method_not_found"}},
                }
            else:
                reply = {**answer, "id": request.get("id")}
            payload = json.dumps(reply, ensure_ascii=False).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    with _serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as url:
        yield url
