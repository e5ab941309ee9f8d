"""Headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``).

Standard library only: no WebDriver, no browser download. Chromium reads commands on its fd 3 and
writes answers on its fd 4, each a JSON message ended by a NUL byte.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from typing_extensions import Self

__all__ = ["Browser", "BrowserError", "find_chromium"]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--hide-scrollbars",
    "--window-size=1280,900",
    "--remote-debugging-pipe",
]


class BrowserError(RuntimeError):
    pass


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with one page; every call waits at most ``timeout`` seconds."""

    def __init__(self, binary: str, user_data_dir: Path, *, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self._ids = 0
        self._answers: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._gone = False
        self.exceptions: list[str] = []  # uncaught JavaScript exceptions of the page
        # The shell hands our pipes to Chromium as fds 3 and 4 (and nothing else of ours).
        self._proc = subprocess.Popen(
            [
                "sh",
                "-c",
                'exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>/dev/null',
                binary,
                *FLAGS,
                f"--user-data-dir={user_data_dir}",
                "about:blank",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            self.page("Page.enable")
            self.page("Runtime.enable")
            self.page(
                "Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
            )
        except BaseException:
            self.close()
            raise

    # -- protocol --------------------------------------------------------------------------------
    def _read(self) -> None:
        assert self._proc.stdout is not None
        buffer = b""
        while True:
            chunk = os.read(self._proc.stdout.fileno(), 65536)
            if not chunk:  # Chromium is gone: release whoever waits for an answer
                with self._lock:
                    self._gone = True
                    pending = list(self._answers.values())
                for answer in pending:
                    answer.put({"error": "Chromium exited"})
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        waiting = self._answers.get(message["id"])
                    if waiting is not None:
                        waiting.put(message)
                elif message.get("method") == "Runtime.exceptionThrown":
                    details = message["params"]["exceptionDetails"]
                    self.exceptions.append(details.get("exception", {}).get("description") or details.get("text", "?"))

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        assert self._proc.stdin is not None
        with self._lock:
            if self._gone:
                raise BrowserError(f"{method}: Chromium exited")
            self._ids += 1
            ident = self._ids
            answer: queue.Queue[dict[str, Any]] = queue.Queue()
            self._answers[ident] = answer
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._proc.stdin.write(json.dumps(message).encode() + b"\0")
        self._proc.stdin.flush()
        try:
            reply = answer.get(timeout=self.timeout)
        except queue.Empty:
            raise BrowserError(f"no answer to {method} within {self.timeout} s") from None
        finally:
            with self._lock:
                self._answers.pop(ident, None)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def page(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.send(method, params, self.session)

    # -- what a test does ------------------------------------------------------------------------
    def evaluate(self, expression: str) -> Any:
        reply = self.page("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in reply:
            raise BrowserError(f"script failed: {reply['exceptionDetails'].get('text')}: {expression[:200]}")
        return reply["result"].get("value")

    def wait_for(self, expression: str, what: str, timeout: float | None = None) -> Any:
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {what}")
            time.sleep(0.05)

    def goto(self, url: str) -> None:
        reply = self.page("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise BrowserError(f"could not open {url}: {reply['errorText']}")
        self.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)}", f"{url} to load")

    def viewport(self, width: int, height: int) -> None:
        """Lay pages out as a window of this size (a phone's, when narrow)."""
        self.page(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def type_text(self, text: str) -> None:
        """Key presses into the focused element (keydown, input, keyup per character)."""
        for char in text:
            self.page("Input.dispatchKeyEvent", {"type": "keyDown", "key": char, "text": char, "unmodifiedText": char})
            self.page("Input.dispatchKeyEvent", {"type": "keyUp", "key": char})

    def screenshot(self, path: Path) -> None:
        data = self.page("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        if self._proc.poll() is None:
            try:
                self.send("Browser.close")
            except (BrowserError, OSError):
                pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for stream in (self._proc.stdin, self._proc.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


SEARCH_HITS = "[...document.querySelectorAll('.md-search-result a')].map((a) => a.href)"


def search_hits(browser: Browser, query: str, wanted: str) -> list[str]:
    """Types ``query`` into the search box until a hit whose URL starts with ``wanted`` shows."""
    focused = browser.evaluate(
        "(() => { const i = document.querySelector('input.md-search__input'); i.focus(); return document.activeElement === i; })()"
    )
    assert focused, "the search box cannot take the focus"
    found = f"{SEARCH_HITS}.some((h) => h.startsWith({json.dumps(wanted)}))"
    for attempt in range(3):  # the search index loads in a worker; a query typed before it is ready may be lost
        browser.evaluate("document.querySelector('input.md-search__input').value = ''")
        browser.type_text(query)
        try:
            browser.wait_for(found, f"a search hit for {query}", timeout=8)
            break
        except BrowserError:
            if attempt == 2:
                raise
    hits: list[str] = browser.evaluate(SEARCH_HITS)
    return hits
