"""A real JSON-RPC server on 127.0.0.1 for the SDK tests: it records each request body
and answers with whatever the test queued (a JSON value, raw bytes, or a status)."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    body: Any = None  # JSON value; "id" is filled from the request when it is "$id"
    raw: bytes | None = None
    status: int = 200
    delay: float = 0.0


@dataclass
class Server:
    httpd: ThreadingHTTPServer
    replies: deque[Reply] = field(default_factory=deque)
    requests: list[Any] = field(default_factory=list)
    default: Reply | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v4.0"

    def reply(self, body: Any = None, **kwargs: Any) -> None:
        self.replies.append(Reply(body, **kwargs))

    def reset(self) -> None:
        self.replies.clear()
        self.requests.clear()
        self.default = None


def _fill_id(value: Any, request_id: Any, params: Any = None) -> Any:
    """Put the request's id where the reply says "$id", and a request param where it says "$param:<name>"."""
    if isinstance(value, dict):
        return {k: _fill_id(v, request_id, params) for k, v in value.items()}
    if value == "$id":
        return request_id
    if isinstance(value, str) and value.startswith("$param:") and isinstance(params, dict):
        return params.get(value.removeprefix("$param:"))
    return value


def start_server() -> Server:
    server: Server

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            try:
                request = json.loads(body)
            except ValueError:
                request = body
            server.requests.append(request)
            reply = server.replies.popleft() if server.replies else server.default
            if reply is None:
                reply = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {}}})
            if reply.delay:
                threading.Event().wait(reply.delay)
            if reply.raw is not None:
                payload = reply.raw
            else:
                request_id = request.get("id") if isinstance(request, dict) else None
                params = request.get("params") if isinstance(request, dict) else None
                payload = json.dumps(_fill_id(reply.body, request_id, params)).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    class Httpd(ThreadingHTTPServer):
        request_queue_size = 1024  # many concurrent clients connect at once

    httpd = Httpd(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server = Server(httpd)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return server
