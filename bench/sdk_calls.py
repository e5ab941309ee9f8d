"""The SDK's own cost per call, async fan-out, and import time, each against a peer in the same run.

    python bench/sdk_calls.py [--calls 500] [--rounds 9]

1. CPU per call on an in-process mock transport (no network), for every answer shape the API
   gives (a success flag, an object, a list, a list with metadata, an error, a call with per-call
   options, a call with the session key of a client that logged in): ``Client.<method>`` vs raw
   ``httpx.Client.post(...).json()`` sending the same request on the same transport, in paired
   rounds whose order alternates; the median of the per-round ratios;
2. ``AsyncClient`` throughput at 1 and 100 concurrent callers against a local uvicorn
   server (100/1 is the figure), and how many requests a client with ``max_in_flight=20``
   really has on the wire at once (the server counts them);
3. ``import callapi`` vs ``import httpx, pydantic``, whole process.
Answers are the spec's documented examples.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SDK = Path(os.environ.get("CALLAPI_BENCH_SDK", ROOT / "generated" / "python"))  # another build of the SDK to measure
sys.path.insert(0, str(SDK))
import callapi

from generator.loader import load_spec
from generator.model import build_api

GOAL_PER_CALL = 1.25
METADATA = {
    "limits": {"day_limit": 10, "day_remaining": 9, "day_reset": 1, "minute_limit": 5, "minute_remaining": 4, "minute_reset": 1},
    "api_version": {"current_version_depricated": False, "current_version": "4.0", "latest_version": "4.0"},
}


def shapes() -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    """Answer shape -> (method, its keyword arguments, the answer), from the documented examples."""
    api = build_api(load_spec(ROOT / "spec"))
    examples = {m.wire: (m.names.snake, m.examples[0]) for m in api.methods if m.examples}

    def case(wire: str, answer: dict[str, Any] | None = None) -> tuple[str, dict[str, Any], dict[str, Any]]:
        name, example = examples[wire]
        params = {k: v for k, v in example.params.items() if k != "access_token"}
        return name, params, answer or example.response

    listed = examples["list.calls"][1].response
    return {
        "success flag": case("hold.call"),
        "object": case("start.simple_call"),
        "list": case("list.calls"),
        "list + metadata": case("list.calls", {**listed, "result": {**listed["result"], "metadata": METADATA}}),
        "error": case(
            "hold.call",
            {"jsonrpc": "2.0", "id": 1, "error": {"code": -32003, "message": "x", "data": {"mnemonic": "invalid_state"}}},
        ),
    }


SESSION_KEY = "session-key-from-login"
LOGGED_IN = {"jsonrpc": "2.0", "id": 1, "result": {"data": {"access_token": SESSION_KEY, "expire_at": 0}}}


def _answering(answer: dict[str, Any]) -> httpx.MockTransport:
    """Answers every request with ``answer``, and a login with a session key valid for an hour."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        if sent["method"] == "login.user":
            LOGGED_IN["result"]["data"]["expire_at"] = int(time.time()) + 3600
            return httpx.Response(200, content=json.dumps({**LOGGED_IN, "id": sent["id"]}).encode())
        return httpx.Response(200, content=json.dumps({**answer, "id": sent["id"]}).encode())

    return httpx.MockTransport(handler)


def _per_call_options(method: Callable[..., Any]) -> dict[str, Any]:
    """The per-call options this SDK's methods take (they grew with the SDK's features)."""
    accepted = inspect.signature(method).parameters
    wanted = {"extra_params": {"note": "bench"}, "timeout": 30.0, "max_retries": 1, "extra_headers": {"X-Bench": "1"}}
    return {name: value for name, value in wanted.items() if name in accepted}


def cpu_per_call(calls: int, rounds: int) -> dict[str, float]:
    """Median paired ratio (SDK CPU / raw httpx CPU) per answer shape."""
    cases = shapes()
    name, params, answer = cases["success flag"]
    probe = callapi.Client("token", base_url="http://mock/v4.0", http_client=httpx.Client(transport=_answering(answer)))
    options = _per_call_options(getattr(probe, name))
    cases[f"per-call options ({', '.join(options) or 'none'})"] = (name, {**params, **options}, answer)
    cases["session key (login=, password=)"] = (name, params, answer)
    found = {}
    print(
        f"SDK CPU per call on a mock transport vs raw httpx (post + .json()), median of {rounds} paired rounds of {calls} calls:"
    )
    for shape, (method, params, answer) in cases.items():
        transport = _answering(answer)
        http = httpx.Client(transport=transport)
        if shape.startswith("session key"):  # the client logs in on its first call and keeps the key
            client = callapi.Client(login="user", password="password", base_url="http://mock/v4.0", http_client=http)
            token = SESSION_KEY
        else:
            client = callapi.Client("token", base_url="http://mock/v4.0", http_client=http)
            token = "token"
        raw = httpx.Client(transport=transport)
        # the peer sends the same request: the extra parameters in the body, the extra headers
        wire = {k: v for k, v in params.items() if k not in ("extra_params", "timeout", "max_retries", "extra_headers")}
        wire.update(params.get("extra_params", {}))
        headers = params.get("extra_headers")
        body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": {"access_token": token, **wire}}
        sdk_method = getattr(client, method)

        def sdk_call(sdk_method: Callable[..., Any] = sdk_method, params: dict[str, Any] = params) -> None:
            try:
                sdk_method(**params)
            except callapi.ApiError:
                pass

        def raw_call(raw: httpx.Client = raw, body: dict[str, Any] = body, headers: Any = headers) -> None:
            raw.post("http://mock/v4.0", json=body, headers=headers).json()

        ratios, sdk_us, raw_us = [], [], []
        for round_number in range(rounds):
            spent = {}
            order = [("sdk", sdk_call), ("raw", raw_call)]
            for who, call in order if round_number % 2 else order[::-1]:
                start = time.process_time()
                for _ in range(calls):
                    call()
                spent[who] = time.process_time() - start
            ratios.append(spent["sdk"] / spent["raw"])
            sdk_us.append(spent["sdk"] / calls * 1e6)
            raw_us.append(spent["raw"] / calls * 1e6)
        found[shape] = statistics.median(ratios)
        verdict = "ok" if found[shape] <= GOAL_PER_CALL else f"over {GOAL_PER_CALL}x"
        print(
            f"  {shape:<46} SDK {statistics.median(sdk_us):5.0f} us, raw {statistics.median(raw_us):5.0f} us,"
            f" ratio {found[shape]:.2f}x ({verdict})"
        )
    return found


# --- a local server: answers hold.call; under /slow/ it holds each request and counts those open at once


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    state = app.__dict__.setdefault("state", {"open": 0, "most": 0})
    if scope["path"] == "/stats":
        payload = json.dumps(state).encode()
        state["most"] = 0
    else:
        if scope["path"].startswith("/slow/"):
            state["open"] += 1
            state["most"] = max(state["most"], state["open"])
            await asyncio.sleep(0.05)
            state["open"] -= 1
        request_id = json.loads(body)["id"]
        payload = json.dumps({"jsonrpc": "2.0", "id": request_id, "result": {"data": {"success": True}}}).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": payload})


def serve(port: int) -> None:
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", backlog=2048)


def start_server() -> str:
    """uvicorn in its own process, so the server does not share the clients' interpreter."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    multiprocessing.Process(target=serve, args=(port,), daemon=True).start()
    for _ in range(500):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.01)
    return f"http://127.0.0.1:{port}"


HOLD = {"call_session_id": 1, "contact_message": {"type": "media", "value": "2034"}}


async def fan_out(url: str, calls: int, rounds: int) -> dict[str, dict[int, list[float]]]:
    """Calls/s and the client's CPU per call (us), with 1 caller and with 100, per round, for the SDK
    and for raw httpx: ``{"sdk rate": {1: [...], 100: [...]}, "sdk cpu": ..., "raw rate": ...}``.

    Each client first runs a burst of 100 concurrent calls (its connections open); then each
    round measures each client's two rates back to back, in an order that alternates by round,
    so that a change in the machine's load between rounds hits both rates of a ratio alike.
    """
    body = {"jsonrpc": "2.0", "id": 1, "method": "hold.call", "params": {"access_token": "token", **HOLD}}

    async def run(call: Callable[[], Any], callers: int, total: int) -> tuple[float, float]:
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await call()

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker() for _ in range(callers)))
        return total / (time.perf_counter() - start), (time.process_time() - cpu) / total * 1e6

    found: dict[str, dict[int, list[float]]] = {
        f"{who} {what}": {1: [], 100: []} for who in ("sdk", "raw") for what in ("rate", "cpu")
    }
    async with callapi.AsyncClient("token", base_url=url) as client, httpx.AsyncClient() as raw:
        peers: dict[str, Callable[[], Any]] = {"sdk": lambda: client.hold_call(**HOLD), "raw": lambda: raw.post(url, json=body)}
        for call in peers.values():
            await run(call, 100, 100)
        for round_number in range(rounds):
            for who, call in peers.items():
                for callers in (1, 100) if round_number % 2 == 0 else (100, 1):
                    rate, cpu = await run(call, callers, calls)
                    found[f"{who} rate"][callers].append(rate)
                    found[f"{who} cpu"][callers].append(cpu)
    return found


async def on_the_wire(server: str, max_in_flight: int, callers: int = 100) -> int:
    """How many requests the server saw open at once while ``callers`` called a client with ``max_in_flight``."""
    async with callapi.AsyncClient("token", base_url=f"{server}/slow/v4.0", max_in_flight=max_in_flight) as client:
        await asyncio.gather(*(client.hold_call(**HOLD) for _ in range(callers)))
    async with httpx.AsyncClient() as stats:
        return int((await stats.get(f"{server}/stats")).json()["most"])


def import_time(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(SDK)})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(calls: int, rounds: int) -> dict[str, Any]:
    found: dict[str, Any] = {"per call": cpu_per_call(calls, rounds)}
    server = start_server()
    url = f"{server}/v4.0"
    measured = asyncio.run(fan_out(url, calls, rounds))
    ratios = {
        who: [many / one for one, many in zip(measured[f"{who} rate"][1], measured[f"{who} rate"][100])] for who in ("sdk", "raw")
    }
    found["fan-out"] = statistics.median(ratios["sdk"])
    print(
        f"async fan-out, calls/s with 100 callers / with 1 (median of {rounds} rounds of {calls} calls):"
        f" SDK {found['fan-out']:.2f} (goal >= 1.0; rounds {min(ratios['sdk']):.2f}-{max(ratios['sdk']):.2f}),"
        f" raw httpx {statistics.median(ratios['raw']):.2f}"
    )
    cpu = {f"{who} {n}": statistics.median(measured[f"{who} cpu"][n]) for who in ("sdk", "raw") for n in (1, 100)}
    print(
        f"  client CPU per call, 1 caller / 100 callers: SDK {cpu['sdk 1']:.0f} / {cpu['sdk 100']:.0f} us,"
        f" raw httpx {cpu['raw 1']:.0f} / {cpu['raw 100']:.0f} us (the server runs in its own process)"
    )
    found["on the wire"] = asyncio.run(on_the_wire(server, 20))
    print(f"max_in_flight=20, 100 callers: {found['on the wire']} requests on the wire at once (goal: 20)")
    ours = import_time("import callapi")
    peer = import_time("import httpx, pydantic")
    found["import"] = ours / peer
    print(f"import: callapi {ours * 1000:.0f} ms, httpx+pydantic {peer * 1000:.0f} ms, ratio {ours / peer:.2f}x")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    report(args.calls, args.rounds)


if __name__ == "__main__":
    main()
