"""The docs page of the Python SDK (pages/sdk.md): it covers sessions, limits, per-call options,
raw access and the environment, and every Python example on it runs as printed (the brand swapped
for a local server) against the simulator: logins, a used-up budget, a lost answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from callapi.testing import MockCallApi

from generator.model import Api
from generator.pipeline import Paths, Run, render_all
from tests.test_docs import RUNNER, code_blocks


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


def test_the_python_examples_run_against_the_simulator(rendered: Path, api: Api) -> None:
    """All the examples on one simulator, in page order, as one service would meet them: the call the
    hold example names is under way; the minute's budget is used up for that hold once (forced: the
    simulated clock does not move while the client waits in real time), a second before it resets;
    the answer of the start example is lost after the simulator placed the call."""
    call = {"call_session_id": 3402748, "virtual_phone_number": "74993720692", "contact_phone_number": "79260000000"}
    with MockCallApi(seed=5, calls=[call]) as mock:
        mock.advance(59)
        mock.fail_next("hold.call", "limit_exceeded", limit_type="minute", limit_max_value=mock.limits.minute_limit)
        mock.drop_next(after_read=True, method="start.simple_call")
        brand = f'brand="{api.brands[0].id}"'
        page = (rendered / "docs" / "pages" / "sdk.md").read_text("utf-8")
        examples = []
        for i, code in enumerate(code_blocks(page, "python")):
            assert code.count(brand) <= 1, f"sdk.md example {i}"
            examples.append({"name": f"sdk.md[{i}]", "code": code.replace(brand, f'base_url="{mock.url}"')})
        assert len(examples) >= 7
        done = subprocess.run(
            [sys.executable, str(RUNNER)],
            input=json.dumps(examples), capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(rendered / "python"), "CALLAPI_ACCESS_TOKEN": "docs-permanent-key",
                 "CALLAPI_BASE_URL": mock.url},
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["callapi"].startswith(str(rendered / "python"))
    failures = [f"{r['name']}:\n{r['error']}" for r in report["examples"] if r["error"]]
    assert not failures, "\n".join(failures)
    outputs = [r["stdout"] for r in report["examples"]]
    assert all(out.strip() for out in outputs), outputs
    assert any("start.simple_call was placed" in out for out in outputs)  # list.calls shows it: it was
    held = [a for r, a in zip(mock.requests, mock.answers) if r["method"] == "hold.call"]
    assert [a.get("error", {}).get("data", {}).get("mnemonic") for a in held] == ["limit_exceeded", None]
    assert any(out.startswith(f"True {held[-1]['metadata']['limits']['minute_remaining']}\n") for out in outputs)
    count = Counter(r["method"] for r in mock.requests)
    assert count["login.user"] == 2 and count["logout.user"] == 2  # the two session examples
    assert count["hold.call"] == 2 and count["start.simple_call"] == 1  # waited for the budget; never re-sent
    sent = [r for r in mock.requests if r["method"] == "start.vnumber_call"]
    assert len(sent) == 1 and sent[0]["params"]["show_virtual_phone_number"] is True
