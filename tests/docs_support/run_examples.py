"""Runs code examples taken from the docs, each in a fresh namespace; prints one JSON report.

Usage: python run_examples.py < examples.json   ([{"name": ..., "code": ...}, ...])
Run in a subprocess with the SDK on PYTHONPATH, so the test process imports nothing of it.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback


def main() -> int:
    examples = json.load(sys.stdin)
    report = []
    for example in examples:
        out = io.StringIO()
        error = None
        try:
            code = compile(example["code"], example["name"], "exec")
            with contextlib.redirect_stdout(out):
                exec(code, {"__name__": "__main__"})  # noqa: S102 - the examples as the docs print them
        except BaseException:  # noqa: BLE001 - report everything, SystemExit included
            error = traceback.format_exc(limit=-3)
        report.append({"name": example["name"], "stdout": out.getvalue(), "error": error})
    import callapi

    sys.stdout.write(json.dumps({"callapi": callapi.__file__, "examples": report}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
