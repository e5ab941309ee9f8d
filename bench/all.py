"""Every row of the performance table in one run, each as a ratio against a peer measured in the same run.

    python bench/all.py [--runs 3] [--scales 1,2,10] [--calls 500] [--no-tests]

1. regeneration vs openapi-python-client at 1x, 2x and 10x the methods: after one edit with the
   caches as left, cold on a fresh clone, and ``check`` on a fresh clone (bench/vs_openapi_python_client.py);
2. the SDK's CPU per call vs raw httpx on a mock transport for every answer shape, async fan-out
   100/1 and the requests on the wire with ``max_in_flight=20`` (bench/sdk_calls.py);
3. the whole test suite by the README's command, wall time against the 4-minute budget, and its CPU time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sdk_calls
import vs_openapi_python_client

ROOT = Path(__file__).resolve().parents[1]
SUITE_BUDGET = 240.0


def readme_test_arguments() -> list[str]:
    """pytest's arguments in the README's test command (the quick start's second line, which CI runs too)."""
    text = (ROOT / "README.md").read_text("utf-8")
    block = text.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    command = shlex.split([line for line in block.splitlines() if line.strip()][1])
    return command[command.index("pytest") + 1 :]


def test_suite() -> float:
    arguments = readme_test_arguments()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *arguments, "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
    print(
        f"test suite (pytest {' '.join(arguments)}): {seconds:.0f} s (budget {SUITE_BUDGET:.0f} s, "
        f"{seconds / SUITE_BUDGET:.2f} of it), {cpu:.0f} CPU-s user+sys on {os.cpu_count()} cores: {last}"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scales", default="1,2,10")
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-tests", action="store_true", help="skip timing the test suite")
    args = parser.parse_args()
    vs_openapi_python_client.report([int(s) for s in args.scales.split(",")], args.runs)
    print()
    sdk_calls.report(args.calls, args.rounds)
    if not args.no_tests:
        print()
        test_suite()


if __name__ == "__main__":
    main()
