"""The SDK as a type checker sees it: a user program using every option passes mypy --strict,
and the mistakes the types exist to catch (a misspelt key in a nested object, a value outside
an enum, a wrong option type) fail it. The READMEs' examples type-check and run against a local
server that reports no limits."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.server import Reply, Server

PACKAGE = ROOT / "generated" / "python"

USER_PROGRAM = '''
from __future__ import annotations

import asyncio
import logging

import httpx

import callapi
from callapi import AsyncClient, Client, MessageParam, RawResponse, ResultList


def sync_program() -> None:
    message: MessageParam = {"type": "tts", "value": "Please hold"}
    employee: callapi.StartEmployeeCallEmployeeParam = {"id": 42}
    with Client(
        login="user",
        password="secret",
        brand="uis",
        timeout=10.0,
        max_retries=3,
        wait_on_limit=60.0,
        http_client=httpx.Client(),
        default_headers={"X-Team": "ops"},
    ) as client:
        held: callapi.HoldCallResult = client.hold_call(
            call_session_id=1,
            contact_message=message,
            timeout=5.0,
            max_retries=0,
            extra_params={"show_virtual_phone_number": True},
            extra_headers={"X-Trace": "abc"},
        )
        ok: bool = held.success
        started = client.start_employee_call(
            first_call="employee", virtual_phone_number="1", contact="2", employee=employee, external_id="order-1"
        )
        session_id: int = started.call_session_id
        fast = client.with_options(timeout=2.0, max_retries=0, wait_on_limit=0.0, default_headers={"X-A": "b"})
        calls: ResultList[callapi.ListCallsResult] = fast.list_calls()
        directions: list[str] = [c.direction for c in calls]
        raw: RawResponse[callapi.HoldCallResult] = client.with_raw_response.hold_call(
            call_session_id=1, contact_message={"type": "media", "value": "2034"}
        )
        status: int = raw.status_code
        request_id: int = raw.http_request_id
        envelope: dict[str, object] = raw.json
        again: bool = raw.parse().success
        metadata = client.last_metadata
        if metadata is not None and metadata.limits is not None:
            left: int = metadata.limits.minute_remaining
        try:
            client.start_simple_call(first_call="contact", virtual_phone_number="1", contact="2", operator="3")
        except callapi.LimitExceededError as exc:
            wait: float | None = exc.retry_after
        except callapi.AmbiguousOutcomeError as exc:
            method: str = exc.method
            external_id: str | None = exc.external_id
        except (callapi.MissingCredentialsError, callapi.ClientClosedError, callapi.RequestTimeoutError) as exc:
            logging.getLogger("app").warning("%s", exc)
        except callapi.ApiError as exc:
            code: int = exc.code
            mnemonic: str | None = exc.mnemonic
        except (callapi.ProtocolError, callapi.TransportError, callapi.CallApiError):
            pass
        version: str = callapi.__version__


async def async_program() -> None:
    async with AsyncClient(
        "permanent-key", base_url="http://127.0.0.1:9/v4.0", max_in_flight=8, http_client=httpx.AsyncClient()
    ) as client:
        results = await asyncio.gather(*(client.list_calls(timeout=3.0) for _ in range(3)))
        raw = await client.with_raw_response.list_calls(extra_headers={"X-Trace": "t"})
        items: ResultList[callapi.ListCallsResult] = raw.parse()
        copy: AsyncClient = client.with_options(max_retries=1)
        await copy.logout_user()
        print(len(results), len(items))
'''

MISTAKES = {
    "misspelt key": 'client.hold_call(call_session_id=1, contact_message={"typ": "tts", "value": "x"})',
    "enum value": 'client.hold_call(call_session_id=1, contact_message={"type": "ttx", "value": "x"})',
    "missing key": 'client.hold_call(call_session_id=1, contact_message={"type": "tts"})',
    "timeout type": 'client.list_calls(timeout="5")',
    "header value type": 'client.list_calls(extra_headers={"X-A": 1})',
    "unknown option": "client.list_calls(retries=1)",
    "raw result type": 'x: int = client.with_raw_response.list_calls().parse()',
}


def mypy(tmp_path: Path, name: str, code: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / f"{name}.py"
    source.write_text(code, "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(source)],
        capture_output=True, text=True, check=False, env={"MYPYPATH": str(PACKAGE), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_a_program_using_every_option_passes_mypy_strict(tmp_path: Path) -> None:
    done = mypy(tmp_path, "user_program", USER_PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_mistakes_the_types_exist_for_fail_mypy(tmp_path: Path) -> None:
    body = "\n".join(
        f"def case_{i}(client: callapi.Client) -> None:\n    {line}  # case {i}\n" for i, line in enumerate(MISTAKES.values())
    )
    source = "import callapi\n\n\n" + body
    done = mypy(tmp_path, "mistakes", source)
    flagged = {int(n) for n in re.findall(r"mistakes\.py:(\d+):", done.stdout)}
    numbered = list(enumerate(source.splitlines(), start=1))
    lines = {i: next(n for n, line in numbered if line.endswith(f"# case {i}")) for i in range(len(MISTAKES))}
    missed = [name for i, name in enumerate(MISTAKES) if lines[i] not in flagged]
    assert done.returncode == 1 and not missed, f"not flagged: {missed}\n{done.stdout}"


def readme_examples() -> list[tuple[str, str]]:
    found = []
    for readme in (ROOT / "README.md", PACKAGE / "README.md"):
        text = readme.read_text("utf-8")
        for block in re.findall(r"```python\n(.*?)```", text, re.DOTALL):
            if "def test_" in block:  # a pytest example, run against the simulator in test_simulator_docs.py
                continue
            found.append((readme.relative_to(ROOT).as_posix(), textwrap.dedent(block)))
    return found


@pytest.mark.parametrize(("readme", "code"), readme_examples(), ids=[r for r, _ in readme_examples()])
def test_readme_examples_type_check_and_run_without_limits(tmp_path: Path, server: Server, readme: str, code: str) -> None:
    done = mypy(tmp_path, "readme_example", code)
    assert done.returncode == 0, done.stdout
    assert code.count('brand="uis"') == 1

    def responder(request: Any) -> Reply:  # every answer without metadata.limits
        if request["method"] == "login.user":
            return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": "k-123456", "expire_at": 0}}})
        return Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": 77, "success": True}}, "metadata": {}})

    server.responder = responder
    local = code.replace('brand="uis"', f'base_url="{server.url}"')
    run = subprocess.run(
        [sys.executable, "-c", local], capture_output=True, text=True, timeout=60, check=False,
        env={"PYTHONPATH": str(PACKAGE), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("77 ")
    assert "start.simple_call" in server.count()
