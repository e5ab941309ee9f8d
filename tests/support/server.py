"""A canned JSON-RPC server on 127.0.0.1: it records each request (body and headers) and answers
with whatever the test queued, or asks the test's ``responder``.

What the API does is tested against the simulator (``callapi.testing``: every documented example and
error, sessions, limits, the call states; see tests/support/documented.py). This server is kept for
what a faithful simulator never sends: answers no API would give (malformed bodies, unknown codes and
mnemonics, other spellings, hostile text), HTTP statuses and ``Retry-After``, late and dripped bodies,
connections reset at set moments; and for scripting a client's behaviour rules answer by answer.

Faults it can inject, per reply: an HTTP status and headers (``Retry-After``), a delay, a body
dripped one byte at a time, raw bytes (bad JSON, bad gzip), and a connection closed after the
request was read (``drop``), so a client sees its request arrive and no answer come back."""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    body: Any = None  # JSON value; "$id" is replaced by the request's id, "$param:<name>" by a param
    raw: bytes | None = None
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0  # seconds between the bytes of the body (0: all at once)
    drop: bool = False  # read the request, then reset the connection without answering


@dataclass
class Server:
    httpd: ThreadingHTTPServer
    replies: deque[Reply] = field(default_factory=deque)
    requests: list[Any] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    default: Reply | None = None
    responder: Callable[[Any], Reply | None] | None = None  # called with each request; None: the queue
    dripped: int = 0  # bytes of dripped bodies written so far
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v4.0"

    def reply(self, body: Any = None, **kwargs: Any) -> None:
        self.replies.append(Reply(body, **kwargs))

    def count(self) -> Counter[str]:
        """How many requests of each method reached the server."""
        return Counter(r.get("method") if isinstance(r, dict) else "?" for r in list(self.requests))

    def reset(self) -> None:
        self.replies.clear()
        self.requests.clear()
        self.headers.clear()
        self.default = None
        self.responder = None
        self.dripped = 0


def _fill_id(value: Any, request_id: Any, params: Any = None) -> Any:
    """Put the request's id where the reply says "$id", and a request param where it says "$param:<name>"."""
    if isinstance(value, dict):
        return {k: _fill_id(v, request_id, params) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill_id(v, request_id, params) for v in value]
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
            with server.lock:
                server.requests.append(request)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                reply = server.responder(request) if server.responder is not None else None
                if reply is None:
                    reply = server.replies.popleft() if server.replies else server.default
            if reply is None:
                reply = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {}}})
            if reply.delay:
                threading.Event().wait(reply.delay)
            if reply.drop:
                # RST instead of FIN: the client's read fails at once, after its request arrived
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            if reply.raw is not None:
                payload = reply.raw
            else:
                request_id = request.get("id") if isinstance(request, dict) else None
                params = request.get("params") if isinstance(request, dict) else None
                payload = json.dumps(_fill_id(reply.body, request_id, params)).encode()
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json", "Content-Length": str(len(payload)), **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if not reply.drip:
                self.wfile.write(payload)
                return
            stop = threading.Event()
            for byte in payload:
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:  # the client gave up
                    self.close_connection = True
                    return
                with server.lock:
                    server.dripped += 1
                stop.wait(reply.drip)

    class Httpd(ThreadingHTTPServer):
        request_queue_size = 1024  # many concurrent clients connect at once

    httpd = Httpd(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server = Server(httpd)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return server
