"""Formatting of rendered files, by kind: isort + black for Python, canonical JSON, LF endings for all;
then a target's own formatter (its hook's ``FORMAT``) over that target's files.

Python files are formatted a definition at a time: each top-level function or class, and
each method of a class, is one chunk that black formats (and the cache keeps) on its own.
Editing one method of the spec then re-formats two small chunks instead of a whole
3,000-line client. Chunks are joined with black's own blank-line rules, and the result is
byte-identical to black on the whole file (``tests/test_format.py`` proves it); a file that
cannot be split cleanly is formatted whole.
"""

from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cache import cached, lookup, store
from .errors import Location, SpecError, SpecErrors

__all__ = ["LINE_LENGTH", "TargetFormatter", "format_file", "format_files", "format_python_whole", "piece_keys", "seed"]

LINE_LENGTH = 100
_INDENT = "    "


# Characters given to black by this process, for the pipeline's account of a run (see ``Run.formatted``).
formatted_chars = 0


def _black(text: str, line_length: int) -> str:
    import black  # imported on a cache miss only: it is slow to import

    global formatted_chars
    formatted_chars += len(text)

    mode = black.Mode(line_length=line_length, target_versions={black.TargetVersion.PY310})
    return black.format_str(text, mode=mode)


def _isort(text: str) -> str:
    import isort

    return isort.code(text, config=isort.Config(profile="black", line_length=LINE_LENGTH, known_first_party=["callapi"]))


def format_python_whole(text: str) -> str:
    """The reference: isort, then black on the whole file."""
    return _black(_isort(text), LINE_LENGTH)


def _start(node: ast.stmt) -> int:
    """First line of a definition, decorators included (0-based)."""
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)]) - 1


def _is_definition(node: ast.stmt) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))


def _methods(node: ast.stmt) -> list[ast.stmt]:
    return [n for n in node.body if _is_definition(n)] if isinstance(node, ast.ClassDef) else []


def _comment_above(lines: list[str], start: int) -> bool:
    """Whether the nearest non-blank line above ``start`` is a comment."""
    for line in reversed(lines[:start]):
        if line.strip():
            return line.lstrip().startswith("#")
    return False


@dataclass(frozen=True)
class _Piece:
    """One separately formatted part of a module: its header, a top-level definition, a class's
    head (up to its first method) or a method (dedented, formatted 4 columns narrower)."""

    kind: str  # cache kind; says how the piece is formatted
    source: str
    indent: str
    before: str  # what joins it to the previous piece: a class's parts "\n\n", top-level parts "\n\n\n"


@lru_cache(maxsize=8)  # the pipeline cuts a module for its keys, then to format it: one parse
def _pieces(text: str) -> tuple[_Piece, ...] | None:
    """The module cut into pieces, or None where it cannot be cut cleanly (then black sees it whole)."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    lines = text.splitlines(keepends=True)
    top = [n for n in tree.body if _is_definition(n)]
    starts = [_start(n) for n in top] + [_start(m) for n in top for m in _methods(n)]
    if not top or any(_comment_above(lines, s) for s in starts):
        return None  # black moves such comments with the definition below them
    pieces = [_Piece("python-header", "".join(lines[: _start(top[0])]), "", "")]
    bounds = [_start(n) for n in top] + [len(lines)]
    for node, begin, end in zip(top, bounds, bounds[1:], strict=False):
        methods = _methods(node)
        if any(_start(n) > _start(methods[0]) and not _is_definition(n) for n in getattr(node, "body", ())) if methods else False:
            return None  # statements between methods: the class would have to stay whole
        inner = [_start(m) for m in methods]
        head_end = inner[0] if inner else end
        pieces.append(_Piece(f"python-chunk-{LINE_LENGTH}", "".join(lines[begin:head_end]), "", "\n\n\n"))
        for a, b in zip(inner, [*inner[1:], end][: len(inner)], strict=True):
            body = lines[a:b]
            if any(line.strip() and not line.startswith(_INDENT) for line in body):
                return None
            source = "".join(line[len(_INDENT) :] if line.strip() else "\n" for line in body)
            pieces.append(_Piece(f"python-chunk-{LINE_LENGTH - len(_INDENT)}", source, _INDENT, "\n\n"))
    return tuple(pieces)


def _key(piece: _Piece) -> str:
    return hashlib.sha256(f"{piece.kind}\0{piece.source}".encode()).hexdigest()[:32]


_CUTTER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # how modules are cut: this file


def piece_keys(text: str) -> list[str] | None:
    """What names each piece of an unformatted module (recorded in the marker; see ``seed``).
    Kept in .cache/ by the text and this file: cutting a client takes parsing it."""
    found = lookup("pieces", f"{_CUTTER}\0{text}")
    if found is not None:
        return found.split() if found != "-" else None
    pieces = _pieces(text)
    keys = None if pieces is None else [_key(p) for p in pieces]
    store("pieces", f"{_CUTTER}\0{text}", " ".join(keys) if keys is not None else "-")
    return keys


Seeds = Callable[[set[str]], None]  # given the keys of pieces not in the cache, seeds those it has

# Formatted pieces of the committed tree, by the key of the raw piece they were formatted from:
# a fresh clone has no .cache/, but the previous run's output holds every piece it formatted.
_seeded: dict[str, tuple[str, str]] = {}


def seed(keys: list[str], formatted: str) -> None:
    """Remember the pieces of ``formatted``, the output of a module whose raw pieces had ``keys``.
    A piece is only used for a raw piece of the same key and kind (so of the same text)."""
    done = _pieces(formatted)
    if done is not None and len(done) == len(keys):
        for key, piece in zip(keys, done, strict=True):
            _seeded[key] = (piece.kind, piece.source.rstrip("\n") + "\n")


def _known(piece: _Piece) -> str | None:
    kind, text = _seeded.get(_key(piece), ("", ""))
    return text if kind == piece.kind else lookup(piece.kind, piece.source)


def _format_piece(piece: _Piece) -> str:
    if piece.kind == "python-header":
        return format_python_whole(piece.source)
    return _black(piece.source, LINE_LENGTH - len(piece.indent))


def _join(pieces: tuple[_Piece, ...], formatted: list[str]) -> str:
    out = []
    for piece, text in zip(pieces, formatted, strict=True):
        body = "\n".join(piece.indent + line if line else "" for line in text.rstrip("\n").split("\n"))
        out.append(piece.before + body)
    return "".join(out) + "\n"


def _python(text: str, seeds: Seeds | None = None) -> str:
    """isort + black, a piece at a time through the cache; ``seeds`` is given the keys of the
    pieces the cache lacks, to ``seed`` what it holds of them (a committed file, parsed only then).

    When most pieces are new (a first run), black formats the whole file once, which is
    faster than many small calls, and the pieces of its output seed the cache for the next
    run; otherwise only the new pieces are formatted.
    """
    pieces = _pieces(text)
    if pieces is None:
        return cached("python", text, lambda: format_python_whole(text))
    found = [_known(p) for p in pieces]
    if seeds is not None and None in found:
        seeds({_key(p) for p, f in zip(pieces, found, strict=True) if f is None})
        found = [f if f is not None else _known(p) for p, f in zip(pieces, found, strict=True)]
    missing = [i for i, f in enumerate(found) if f is None]
    if len(missing) > len(pieces) // 2:
        whole = format_python_whole(text)
        formatted_pieces = _pieces(whole)
        if formatted_pieces is not None and [p.kind for p in formatted_pieces] == [p.kind for p in pieces]:
            for raw, done in zip(pieces, formatted_pieces, strict=True):
                store(raw.kind, raw.source, done.source.rstrip("\n") + "\n")
        return whole
    for i in missing:
        found[i] = _format_piece(pieces[i])
        store(pieces[i].kind, pieces[i].source, found[i] or "")
    return _join(pieces, [f or "" for f in found])


def _text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def format_file(path: str, text: str, seeds: Seeds | None = None) -> str:
    if path.endswith((".py", ".pyi")):
        return _python(text, seeds)
    if path.endswith(".json"):
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    return _text(text)


@dataclass(frozen=True)
class TargetFormatter:
    """A target's own formatter (``FORMAT`` in its hook) for the files under ``prefix`` (``<output>/``)."""

    prefix: str
    version: str  # FORMAT_VERSION: what decides the output; part of every cache key
    run: Callable[[dict[str, str]], dict[str, str]]  # paths relative to ``prefix``
    source: str  # the hook, for errors

    def owns(self, path: str) -> bool:
        return path.startswith(self.prefix)


def _formatted_by(formatter: TargetFormatter, files: dict[str, str]) -> Callable[[], dict[str, str]]:
    """Start ``formatter`` on ``files`` in a thread (a formatter is usually another process, which then
    runs beside black); the result, cached per file, is what calling the returned function gives."""
    kind = f"target-format-{formatter.version}"
    found = {path: lookup(kind, text) for path, text in files.items()}
    missing = {path[len(formatter.prefix) :]: files[path] for path, text in found.items() if text is None}
    pool = ThreadPoolExecutor(max_workers=1)
    future: Future[dict[str, str]] | None = pool.submit(formatter.run, missing) if missing else None
    pool.shutdown(wait=False)

    def result() -> dict[str, str]:
        done = future.result() if future is not None else {}
        for relative, text in missing.items():
            store(kind, text, done[relative])
            found[formatter.prefix + relative] = done[relative]
        return {path: text or "" for path, text in found.items()}

    return result


def format_files(
    files: dict[str, str], formatters: Sequence[TargetFormatter] = (), seeds: Mapping[str, Seeds] | None = None
) -> dict[str, str]:
    """Formatted copies; a file that does not parse is a bug in its template, reported by path.
    ``seeds`` gives, by path, what to call for formatted pieces of it when the cache lacks some."""
    errors = []
    formatted = {}

    def generic(paths: list[str]) -> None:
        for path in paths:
            try:
                formatted[path] = format_file(path, files[path], (seeds or {}).get(path))
            except Exception as exc:  # noqa: BLE001 - black.InvalidInput, json errors: a template bug, reported by path
                errors.append(SpecError(Location(f"generated/{path}"), f"rendered file does not parse ({exc}); fix its template"))

    owned = {f: sorted(p for p in files if f.owns(p)) for f in formatters}
    pending = []
    for formatter, paths in owned.items():
        generic(paths)  # line endings, canonical JSON: cheap, and the target's formatter starts from them
        pending.append((formatter, _formatted_by(formatter, {p: formatted[p] for p in paths if p in formatted})))
    generic(sorted(set(files) - {p for paths in owned.values() for p in paths}))
    for formatter, result in pending:
        try:
            formatted.update(result())
        except Exception as exc:  # noqa: BLE001 - the hook's own error (tool missing, a file it cannot parse)
            errors.append(SpecError(Location(formatter.source), f"formatting {formatter.prefix} failed: {exc}"))
    if errors:
        raise SpecErrors(errors)
    return dict(sorted(formatted.items()))
