"""Command line: ``python -m generator [validate|generate|check|diff|release]`` (generate is the default).

Exit status: 0 success; 1 ``check`` found generated/ out of date, or ``diff --fail-on`` found
such changes; 2 the spec, a template or an argument has mistakes (all listed, as file:line:col: message).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import pipeline
from .diff import FAIL_ON, DiffInputError, as_json, as_text, compare, fails, load_side
from .errors import SpecErrors
from .write import OutputError

__all__ = ["main"]

FIX_COMMAND = "python -m generator generate"


def _parser() -> argparse.ArgumentParser:
    defaults = pipeline.Paths()
    parser = argparse.ArgumentParser(prog="python -m generator", description="Render the Call API SDKs and docs from spec/.")
    parser.add_argument("command", nargs="?", default="generate", choices=["validate", "generate", "check", "diff", "release"])
    parser.add_argument(
        "sides",
        nargs="*",
        metavar="OLD [NEW]",
        help="diff: a git revision or a spec folder on each side (NEW: the working spec/)",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="diff: output for people or for tools")
    parser.add_argument(
        "--fail-on",
        choices=list(FAIL_ON),
        default="never",
        help="diff: exit 1 on breaking changes (either axis), wire, sdk or any",
    )
    parser.add_argument("--dry-run", action="store_true", help="release: show the versions it would make, write nothing")
    parser.add_argument("--spec", type=Path, default=defaults.spec, help="spec folder (default: %(default)s)")
    parser.add_argument("--templates", type=Path, default=defaults.templates, help="templates folder (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=defaults.output, help="output folder (default: %(default)s)")
    parser.add_argument("--releases", type=Path, default=defaults.releases, help="release state file (default: %(default)s)")
    parser.add_argument("--timings", action="store_true", help="print the time of each stage")
    parser.add_argument("--strict", action="store_true", help="validate: warnings (texts not yet translated) are mistakes too")
    return parser


def _diff(args: argparse.Namespace, paths: pipeline.Paths) -> int:
    if not 1 <= len(args.sides) <= 2:
        print("diff takes OLD and optionally NEW (each a git revision or a spec folder)", file=sys.stderr)
        return 2
    old = load_side(args.sides[0], pipeline.ROOT)
    new = load_side(args.sides[1] if len(args.sides) == 2 else str(paths.spec), pipeline.ROOT)
    changes = compare(old.api, new.api)
    new_label = new.label if len(args.sides) == 2 else "spec/ (working tree)"
    print((as_json if args.format == "json" else as_text)(changes, old.label, new_label))
    return 1 if fails(changes, args.fail_on) else 0


def _release(args: argparse.Namespace, paths: pipeline.Paths, run: pipeline.Run) -> int:
    from . import release

    api = pipeline.validate(paths, run)
    planned = release.plan(paths.releases, pipeline.ROOT, paths.spec, paths.templates, api)
    print(planned.summary())
    if args.dry_run or not planned.targets:
        return 0
    release.apply(paths.releases, planned)
    pipeline.generate(paths, run)
    print(f"recorded in {paths.releases.name}; regenerated {args.output} ({run.changed} files changed): review and commit both")
    return 0


def _check_summary(paths: pipeline.Paths) -> str | None:
    """What the API change behind an out-of-date generated/ means: spec/ at the last commit of generated/ -> spec/ now."""
    import subprocess

    try:
        last = subprocess.run(
            ["git", "-C", str(pipeline.ROOT), "log", "-1", "--format=%h", "--", str(paths.output.resolve())],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except (FileNotFoundError, ValueError):
        return None
    if not last:
        return None
    try:
        old = load_side(last, pipeline.ROOT)
        new = load_side(str(paths.spec), pipeline.ROOT)
    except DiffInputError:
        return None
    return as_text(compare(old.api, new.api), f"{old.label} (last commit of {paths.output.name}/)", "spec/ now")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths = pipeline.Paths(spec=args.spec, templates=args.templates, output=args.output, releases=args.releases)
    run = pipeline.Run()
    if args.sides and args.command != "diff":
        print(f"{args.command} takes no revisions or folders (only diff does): {' '.join(args.sides)}", file=sys.stderr)
        return 2
    try:
        if args.command == "diff":
            return _diff(args, paths)
        if args.command == "release":
            return _release(args, paths, run)
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
            summary = _check_summary(paths)
            if summary:
                print(summary, end="\n\n", file=sys.stderr)
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
    except (OutputError, DiffInputError) as exc:
        print(exc, file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of our output went away (`... | head`): __main__ ends quietly
        raise
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
