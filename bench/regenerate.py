"""Time a full regeneration, whole process, and each of its stages (median of N runs).

    python bench/regenerate.py [--runs 5]

Each run is a fresh `python -m generator generate --timings` into a temporary folder,
so interpreter start-up and imports count as they do for a maintainer.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGE = re.compile(r"^ +(\S.*?) +([\d.]+) ms$")


def run_once(output: Path, command: str) -> tuple[float, dict[str, float]]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", command, "--output", str(output), "--timings"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    total = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(done.stderr)
    stages = {m[1]: float(m[2]) for line in done.stdout.splitlines() if (m := STAGE.match(line))}
    return total, stages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "generated"
        for command in ("generate", "check"):
            totals: list[float] = []
            stages: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.runs):
                total, timings = run_once(output, command)
                totals.append(total)
                for name, ms in timings.items():
                    stages[name].append(ms)
            print(f"{command}: median {statistics.median(totals) * 1000:.0f} ms over {args.runs} runs (whole process)")
            for name, values in stages.items():
                print(f"  {name:<24} {statistics.median(values):8.1f} ms")


if __name__ == "__main__":
    main()
