"""The docs page of the Python SDK (pages/sdk.md): it covers sessions, limits, per-call options,
raw access and the environment, and every Python example on it runs as printed (the brand swapped
for a local server) against the fault-injecting server: logins, a used-up budget, a lost answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from generator.model import Api
from generator.pipeline import Paths, Run, render_all
from tests.support.server import Reply, Server
from tests.test_docs import RUNNER, code_blocks

CALL = {
    "call_session_id": 3402748, "direction": "out", "start_time": "2024-05-01T10:00:00Z", "virtual_phone_number": "74993720692",
    "contact_phone_number": "79260000000", "external_id": "order-1042", "tags": [], "legs": [],
}  # fmt: skip
LIMITS = {"day_limit": 1000, "day_remaining": 900, "day_reset": 3600, "minute_limit": 60, "minute_remaining": 0, "minute_reset": 1}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sdk-docs")
    for path, text in render_all(Paths(), Run(), ["docs", "python"]).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    return root


def test_the_page_covers_what_a_long_running_service_needs(rendered: Path) -> None:
    page = (rendered / "docs" / "pages" / "sdk.md").read_text("utf-8")
    for heading in ("## Sessions", "## Limits", "## Calls with an unknown outcome", "## Per-call options", "## Raw access", "## Environment variables"):
        assert f"\n{heading}\n" in page, heading
    for name in ("CALLAPI_ACCESS_TOKEN", "CALLAPI_LOGIN", "CALLAPI_PASSWORD", "CALLAPI_BRAND", "CALLAPI_BASE_URL", "CALLAPI_LOG"):
        assert f"`{name}" in page, name
    assert "Python SDK: sdk.md" in (rendered / "docs" / "mkdocs.yml").read_text("utf-8")


def test_the_python_examples_run_against_a_local_server(rendered: Path, server: Server, api: Api) -> None:
    used_up = {"code": -32029, "message": "Limit per minute has been exceeded", "data": {"mnemonic": "limit_exceeded"}}
    hold_answers = [  # the budget is used up once, then the call goes through
        Reply({"jsonrpc": "2.0", "id": "$id", "error": used_up, "metadata": {"limits": LIMITS}}),
        Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}, "metadata": {"limits": {**LIMITS, "minute_remaining": 59}}}),
    ]
    lock = threading.Lock()

    def responder(request: Any) -> Reply:
        method = request["method"]
        if method == "login.user":
            return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": "docs-session-key", "expire_at": 0}}})
        if method == "list.calls":
            return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": [CALL]}})
        if method == "start.simple_call":
            return Reply(drop=True)  # the request arrives, the answer is lost
        if method == "hold.call":
            with lock:
                return hold_answers.pop(0)
        return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": 3402748, "success": True}}})

    server.responder = responder
    brand = f'brand="{api.brands[0].id}"'
    page = (rendered / "docs" / "pages" / "sdk.md").read_text("utf-8")
    examples = []
    for i, code in enumerate(code_blocks(page, "python")):
        assert code.count(brand) <= 1, f"sdk.md example {i}"
        examples.append({"name": f"sdk.md[{i}]", "code": code.replace(brand, f'base_url="{server.url}"')})
    assert len(examples) >= 7
    done = subprocess.run(
        [sys.executable, str(RUNNER)],
        input=json.dumps(examples), capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(rendered / "python"), "CALLAPI_ACCESS_TOKEN": "docs-permanent-key",
             "CALLAPI_BASE_URL": server.url},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["callapi"].startswith(str(rendered / "python"))
    failures = [f"{r['name']}:\n{r['error']}" for r in report["examples"] if r["error"]]
    assert not failures, "\n".join(failures)
    outputs = [r["stdout"] for r in report["examples"]]
    assert all(out.strip() for out in outputs), outputs
    assert any("start.simple_call was placed" in out for out in outputs)
    assert any(out.startswith("True 59") for out in outputs)  # waited for the budget, then held
    count = server.count()
    assert count["login.user"] == 2 and count["logout.user"] == 2  # the two session examples
    assert count["hold.call"] == 2 and count["start.simple_call"] == 1
    sent = [r for r in server.requests if r["method"] == "start.vnumber_call"]
    assert len(sent) == 1 and sent[0]["params"]["show_virtual_phone_number"] is True
