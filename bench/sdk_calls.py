"""Per-call cost of the SDK, async fan-out, and import time, each against a peer in the same run.

    python bench/sdk_calls.py [--calls 2000]

1. sync ``Client.hold_call`` vs raw ``httpx.Client.post`` + ``.json()``, paired rounds, median ratio;
2. ``AsyncClient`` throughput at 1, 10, 100 concurrent callers vs raw ``httpx.AsyncClient``;
3. ``import callapi`` vs ``import httpx, pydantic``, whole process.
The server is uvicorn on 127.0.0.1, answering every request with its own id.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generated" / "python"))
import callapi

HOLD = {"call_session_id": 1, "contact_message": {"type": "media", "value": "2034"}}


async def app(scope, receive, send):  # minimal ASGI JSON-RPC answerer
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
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
    return f"http://127.0.0.1:{port}/v4.0"


def per_call(url: str, calls: int, rounds: int = 15) -> None:
    client = callapi.Client("token", base_url=url)
    raw = httpx.Client()
    body = {"jsonrpc": "2.0", "id": 1, "method": "hold.call", "params": {"access_token": "token", **HOLD}}
    ratios, sdk_times, raw_times = [], [], []
    for round_number in range(rounds):
        timings = {}
        order = [("sdk", lambda: client.hold_call(**HOLD)), ("raw", lambda: raw.post(url, json=body).json())]
        for name, call in order if round_number % 2 else order[::-1]:  # alternate who goes first
            start = time.perf_counter()
            for _ in range(calls):
                call()
            timings[name] = time.perf_counter() - start
        sdk, plain = timings["sdk"], timings["raw"]
        ratios.append(sdk / plain)
        sdk_times.append(sdk / calls * 1e6)
        raw_times.append(plain / calls * 1e6)
    print(
        f"per call (sync): SDK {statistics.median(sdk_times):.0f} us, raw httpx {statistics.median(raw_times):.0f} us,"
        f" median paired ratio {statistics.median(ratios):.3f}x (goal <= 1.05x)"
    )


def cpu_per_call(calls: int) -> None:
    """The SDK's own CPU cost without a network: both clients on an in-process mock transport."""
    import timeit

    def handler(request: httpx.Request) -> httpx.Response:
        request_id = json.loads(request.content)["id"]
        return httpx.Response(200, content=b'{"jsonrpc":"2.0","id":%d,"result":{"data":{"success":true}}}' % request_id)

    client = callapi.Client(
        "token", base_url="http://mock/v4.0", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    raw = httpx.Client(transport=httpx.MockTransport(handler))
    body = {"jsonrpc": "2.0", "id": 1, "method": "hold.call", "params": {"access_token": "token", **HOLD}}
    sdk = min(timeit.repeat(lambda: client.hold_call(**HOLD), number=calls, repeat=5)) / calls * 1e6
    plain = min(timeit.repeat(lambda: raw.post("http://mock/v4.0", json=body).json(), number=calls, repeat=5)) / calls * 1e6
    print(
        f"per call, no network (mock transport): SDK {sdk:.0f} us, raw httpx {plain:.0f} us, SDK's own cost {sdk - plain:.0f} us"
    )


async def fan_out(url: str, callers: int, total: int) -> tuple[float, float]:
    body = {"jsonrpc": "2.0", "id": 1, "method": "hold.call", "params": {"access_token": "token", **HOLD}}

    async def run(call) -> float:
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await call()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(callers)))
        return total / (time.perf_counter() - start)

    async with callapi.AsyncClient("token", base_url=url) as client, httpx.AsyncClient() as raw:
        sdk = await run(lambda: client.hold_call(**HOLD))
        plain = await run(lambda: raw.post(url, json=body))
    return sdk, plain


def import_time(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(ROOT / "generated" / "python")})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    url = start_server()
    per_call(url, args.calls)
    cpu_per_call(args.calls)
    base = {}
    for callers in (1, 10, 100):
        sdk, plain = asyncio.run(fan_out(url, callers, args.calls * 2))
        base.setdefault("sdk", sdk)
        base.setdefault("raw", plain)
        print(
            f"async x{callers:<3}: SDK {sdk:7.0f} calls/s ({sdk / base['sdk']:.2f} of x1), raw httpx {plain:7.0f} calls/s ({plain / base['raw']:.2f} of x1)"
        )
    ours = import_time("import callapi")
    peer = import_time("import httpx, pydantic")
    print(f"import: callapi {ours * 1000:.0f} ms, httpx+pydantic {peer * 1000:.0f} ms, ratio {ours / peer:.2f}x (goal <= 1.3x)")


if __name__ == "__main__":
    main()
