# Generated from spec/ by `python -m generator`; do not edit.
"""``python -m callapi.testing --port N``: the simulator as a server any language can call."""

from __future__ import annotations

import argparse
import sys

from ._server import MockCallApi
from ._simulator import Limits


def _user(text: str) -> tuple[str, str]:
    login, sep, password = text.partition(":")
    if not sep or not login or not password:
        raise argparse.ArgumentTypeError("expected LOGIN:PASSWORD")
    return login, password


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m callapi.testing", description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="port to listen on (127.0.0.1)")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of ids and keys (default 0)")
    parser.add_argument(
        "--access-token", action="append", default=[], metavar="T", help="accept this permanent key"
    )
    parser.add_argument(
        "--user",
        action="append",
        default=[],
        type=_user,
        metavar="LOGIN:PASSWORD",
        help="accept this login",
    )
    parser.add_argument(
        "--minute-limit", type=int, default=Limits.minute_limit, help="points per minute"
    )
    parser.add_argument("--day-limit", type=int, default=Limits.day_limit, help="points per day")
    args = parser.parse_args(argv)
    api = MockCallApi(
        host=args.host,
        port=args.port,
        seed=args.seed,
        access_tokens=args.access_token,
        users=dict(args.user),
        limits=Limits(day_limit=args.day_limit, minute_limit=args.minute_limit),
    )
    try:
        api.start()
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Call API simulator listening on {api.url}", flush=True)
    try:
        api.wait()
    except KeyboardInterrupt:
        pass
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
