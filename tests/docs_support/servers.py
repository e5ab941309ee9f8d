"""The local web server of the docs tests, on 127.0.0.1 and a free port, in a daemon thread (their
examples run against the simulator, ``callapi.testing``)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = ["serve_folder"]


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
