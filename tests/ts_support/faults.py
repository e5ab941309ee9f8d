"""A fault-injecting Call API on 127.0.0.1 for the TypeScript client's tests.

It keeps sessions like the real API (login.user issues a key with `expire_at`, other methods
refuse a key that is unknown or expired), answers every method with its first documented
example, and plays scripted faults per method: a canned answer, a delay, a dripped body, a
connection reset after the request was read. It counts what reached it: every request that
was read is in `received`, with its method and params.

A client program can steer it while running by posting to `/control`:
`{"op": "expire"}` expires every session key, `{"op": "fault", "method": ..., "fault": {...}}`
queues a fault.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from generator.model import Api

LOGIN = "user@example.com"
PASSWORD = "pa55-w0rd-secret"
PERMANENT = "permanent-key-0123456789"
LIMITS = {
    "day_limit": 1000,
    "day_remaining": 900,
    "day_reset": 3600,
    "minute_limit": 60,
    "minute_remaining": 50,
    "minute_reset": 30,
}


def session_key(n: int) -> str:
    """The n-th session key the server issues."""
    return f"session-{n:04d}-{'k' * 24}"


def error(code: int, mnemonic: str, message: str, **data: Any) -> dict[str, Any]:
    return {"code": code, "message": message, "data": {"mnemonic": mnemonic, **data}}


@dataclass
class FaultServer:
    api: Api
    lifetime: float = 3600.0  # seconds a session key lives
    received: list[dict[str, Any]] = field(default_factory=list)
    faults: dict[str, deque[dict[str, Any]]] = field(default_factory=lambda: defaultdict(deque))
    sessions: dict[str, float] = field(default_factory=dict)  # key -> expire_at
    lock: threading.Lock = field(default_factory=threading.Lock)
    issued: int = 0
    httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.httpd is not None
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v4.0"

    @property
    def control_url(self) -> str:
        return self.url.removesuffix("/v4.0") + "/control"

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()

    def fault(self, method: str, **fault: Any) -> None:
        self.faults[method].append(fault)

    def counts(self) -> Counter[str]:
        return Counter(r["method"] for r in self.received)

    def expire(self) -> None:
        with self.lock:
            for key in self.sessions:
                self.sessions[key] = 0.0

    # --- answers -------------------------------------------------------------------------

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        method = request.get("method")
        params = request.get("params") or {}
        rid = request.get("id")
        spec = next((m for m in self.api.methods if m.wire == method), None)
        if spec is None:
            return {"jsonrpc": "2.0", "id": rid, "error": error(-32601, "method_not_found", "Method not found")}
        if spec.opens_session:
            if params.get("login") != LOGIN or params.get("password") != PASSWORD:
                return {"jsonrpc": "2.0", "id": rid, "error": error(-32001, "auth_error", "Login or password is wrong")}
            with self.lock:
                self.issued += 1
                key = session_key(self.issued)
                expire_at = time.time() + self.lifetime
                self.sessions[key] = expire_at
            return {"jsonrpc": "2.0", "id": rid, "result": {"data": {"access_token": key, "expire_at": int(expire_at)}}}
        if spec.needs_token:
            key = params.get("access_token")
            with self.lock:
                expire_at = self.sessions.get(key) if isinstance(key, str) else None
            if key != PERMANENT:
                if expire_at is None:
                    return {
                        "jsonrpc": "2.0",
                        "id": rid,
                        "error": error(-32001, "access_token_invalid", "Access token is invalid"),
                    }
                if expire_at <= time.time():
                    return {
                        "jsonrpc": "2.0",
                        "id": rid,
                        "error": error(-32001, "access_token_expired", "Access token has been expired"),
                    }
            if spec.closes_session:
                with self.lock:
                    self.sessions.pop(key, None)
        result = spec.examples[0].response["result"]
        return {"jsonrpc": "2.0", "id": rid, "result": {**result, "metadata": {"limits": LIMITS}}}


def start(api: Api, lifetime: float = 3600.0) -> FaultServer:
    server = FaultServer(api, lifetime)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.path.endswith("/control"):
                self.control(json.loads(body))
                return
            try:
                request = json.loads(body)
            except ValueError:
                request = {}
            method = request.get("method") if isinstance(request, dict) else None
            params = request.get("params") if isinstance(request, dict) else None
            with server.lock:
                server.received.append(
                    {"method": method, "params": params, "headers": dict(self.headers), "at": time.monotonic()}
                )
                queue = server.faults.get(str(method))
                fault = queue.popleft() if queue else None
            self.play(fault or {}, request if isinstance(request, dict) else {})

        def control(self, order: dict[str, Any]) -> None:
            if order["op"] == "expire":
                server.expire()
            elif order["op"] == "fault":
                server.fault(order["method"], **order["fault"])
            self.send(200, b"{}")

        def play(self, fault: dict[str, Any], request: dict[str, Any]) -> None:
            kind = fault.get("kind", "normal")
            if kind == "reset":  # the request was read; the connection dies without an answer
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return
            if kind == "delay":
                threading.Event().wait(fault["seconds"])
            if kind == "drip":  # headers at once, then the body one byte at a time
                payload = json.dumps(server.answer(request)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                try:
                    for byte in payload:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        threading.Event().wait(fault["interval"])
                except OSError:
                    pass
                self.close_connection = True
                return
            if "raw" in fault:
                payload = fault["raw"].encode("latin-1") if isinstance(fault["raw"], str) else fault["raw"]
            elif "body" in fault:
                payload = json.dumps(fill(fault["body"], request.get("id"))).encode()
            else:
                payload = json.dumps(server.answer(request)).encode()
            try:
                self.send(fault.get("status", 200), payload, fault.get("headers"))
            except OSError:
                self.close_connection = True

    class Httpd(ThreadingHTTPServer):
        request_queue_size = 1024
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that gave up (deadline, reset) closed its end: expected here

    server.httpd = Httpd(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.httpd.serve_forever, daemon=True).start()
    return server


def fill(value: Any, request_id: Any) -> Any:
    """The reply with the request's id where it says "$id"."""
    if isinstance(value, dict):
        return {k: fill(v, request_id) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, request_id) for v in value]
    return request_id if value == "$id" else value
