"""Command line: ``python -m generator [validate|generate|check]`` (generate is the default).

Exit status: 0 success; 1 ``check`` found generated/ out of date; 2 the spec or a
template has mistakes (all listed, as file:line:col: message).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import pipeline
from .errors import SpecErrors
from .write import OutputError

__all__ = ["main"]

FIX_COMMAND = "python -m generator generate"


def _parser() -> argparse.ArgumentParser:
    defaults = pipeline.Paths()
    parser = argparse.ArgumentParser(prog="python -m generator", description="Render the Call API SDKs and docs from spec/.")
    parser.add_argument("command", nargs="?", default="generate", choices=["validate", "generate", "check"])
    parser.add_argument("--spec", type=Path, default=defaults.spec, help="spec folder (default: %(default)s)")
    parser.add_argument("--templates", type=Path, default=defaults.templates, help="templates folder (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=defaults.output, help="output folder (default: %(default)s)")
    parser.add_argument("--timings", action="store_true", help="print the time of each stage")
    parser.add_argument("--strict", action="store_true", help="validate: warnings (texts not yet translated) are mistakes too")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths = pipeline.Paths(spec=args.spec, templates=args.templates, output=args.output)
    run = pipeline.Run()
    try:
        if args.command == "validate":
            api = pipeline.validate(paths, run, strict=args.strict)
        elif args.command == "generate":
            pipeline.generate(paths, run)
        else:
            pipeline.check(paths, run)
        for warning in run.warnings:
            print(warning, file=sys.stderr)
        if args.command == "validate":
            print(f"spec is valid: {len(api.methods)} methods, {len(api.components)} components, {len(api.errors)} errors")
        elif args.command == "generate":
            print(f"generated {len(run.files)} files into {args.output} ({run.changed} changed)")
        elif run.differences:
            print(f"{args.output} does not match the spec:", file=sys.stderr)
            for line in run.differences:
                print(f"  {line}", file=sys.stderr)
            print(f"fix: {FIX_COMMAND}", file=sys.stderr)
            return 1
        else:
            print(f"{args.output} is up to date ({len(run.files)} files)")
    except SpecErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} mistake(s); nothing was written", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:  # the output folder cannot be written (permissions, a full disk, ...)
        where = f" {exc.filename}" if exc.filename else ""
        print(f"cannot write{where}: {exc.strerror or exc}; {args.output} is unchanged", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; generated/ is unchanged", file=sys.stderr)
        return 130
    if args.timings:
        for stage, seconds in run.timings.items():
            print(f"  {stage:<24} {seconds * 1000:8.1f} ms")
    return 0
