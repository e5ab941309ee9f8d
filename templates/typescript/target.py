"""TypeScript facts the templates cannot express: the formatter.

Line breaks in TypeScript depend on the lengths of the names the spec gives (a signature, a union,
a result shape fits on a line or not), so the templates write each construct on one line and
prettier lays it out. `FORMAT` is called by the generator with the target's files (paths inside
`generated/typescript/`) that are not yet formatted; one node process formats them all. Prettier
leaves comments as written, so doc-comment lines longer than the print width are wrapped here.

Markdown is written as prettier would lay it out (tables through `md_table`), so the README, which
changes with every summary, needs no node process either; `prettier --check` in the tests holds the
templates to that.

Doc comments stay out of prettier's input (a numbered placeholder stands in for each): prettier
prints an own-line comment where it stands and only re-indents it, whatever it says, so the code is
laid out alike for any text in it. What prettier made of the code is cached by the code alone
(`.cache/`): editing a description, the commonest edit, starts no node process.
`FORMAT_VERSION` names everything that decides the output (the pinned prettier, its options, the
script), so a formatted file is reused only for the same formatter. The same options are written
to `generated/typescript/.prettierrc.json`, so `prettier --check` there agrees with this module.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import textwrap
import unicodedata
from pathlib import Path, PurePosixPath

from generator.cache import lookup, store

PRETTIER_OPTIONS = {"printWidth": 100}  # Python's line length (black) in the other SDK

_TOOL = Path(__file__).resolve().parent / "prettier"  # package.json + lockfile; `npm ci` puts prettier beside them
_SCRIPT = _TOOL / "format.mjs"
_LOCK = _TOOL / "package-lock.json"
_SUFFIXES = frozenset({".ts", ".json"})


def _pinned() -> str:
    packages = json.loads(_LOCK.read_text("utf-8"))["packages"]
    return str(packages["node_modules/prettier"]["version"])


PINNED = _pinned()
FORMAT_VERSION = hashlib.sha256(
    json.dumps([PINNED, PRETTIER_OPTIONS, _SCRIPT.read_text("utf-8"), Path(__file__).read_text("utf-8")]).encode()
).hexdigest()[:16]

_SETUP = f"run scripts/setup (or: npm ci --prefix {_TOOL.relative_to(_TOOL.parents[2]).as_posix()})"


_WIDTH = PRETTIER_OPTIONS["printWidth"]
_ONE_LINE_DOC = re.compile(r"^( *)/\*\* (.*) \*/$")
_DOC_LINE = re.compile(r"^( *)\* (.*)$")


_UNBREAKABLE = re.compile(r"`[^`]*`|\{@[^}]*\}| @")  # code spans, inline tags, a word after which a tag would start


def _fill(text: str, prefix: str) -> list[str]:
    """``text`` in lines of ``prefix`` + words that fit the width, never breaking a code span or an
    inline tag, nor starting a line with `@` (in a doc comment it would read as a tag)."""
    glued = _UNBREAKABLE.sub(lambda m: m[0].replace(" ", "\0"), text)
    lines = textwrap.wrap(glued, _WIDTH - len(prefix), break_long_words=False, break_on_hyphens=False)
    return [prefix + line.replace("\0", " ") for line in lines]


def wrap_doc_comments(text: str) -> str:
    """Doc-comment lines longer than the print width, wrapped; a one-line `/** ... */` too long
    for a line becomes a block. Code and other comments stay as prettier left them."""
    out: list[str] = []
    in_doc = False
    for line in text.split("\n"):
        one = _ONE_LINE_DOC.match(line)
        doc = _DOC_LINE.match(line) if in_doc else None
        if len(line) > _WIDTH and one is not None:
            indent = one[1]
            out += [f"{indent}/**", *_fill(one[2], f"{indent} * "), f"{indent} */"]
        elif len(line) > _WIDTH and doc is not None:
            out += _fill(doc[2], f"{doc[1]}* ")
        else:
            out.append(line)
        if line.strip() == "/**":
            in_doc = True
        elif line.strip() == "*/":
            in_doc = False
    return "\n".join(out)


_OWN_LINE_DOC = re.compile(r"^( *)(/\*\*.*?\*/)$", re.MULTILINE | re.DOTALL)
_PLACEHOLDER = re.compile(r"^( *)/\*\* (\d+) \*/$", re.MULTILINE)


def mask_doc_comments(text: str) -> tuple[str, list[str]]:
    """``text`` with each doc comment on lines of its own replaced by a numbered placeholder, and the comments."""
    comments: list[str] = []

    def hold(match: re.Match[str]) -> str:
        comments.append(match[2])
        return f"{match[1]}/** {len(comments) - 1} */"

    return _OWN_LINE_DOC.sub(hold, text), comments


def unmask_doc_comments(text: str, comments: list[str]) -> str:
    """The comments back where prettier left their placeholders, re-indented as prettier re-indents a
    comment whose lines all start with `*` (any other it prints as written)."""

    def put(match: re.Match[str]) -> str:
        indent, comment = match[1], comments[int(match[2])]
        lines = comment.split("\n")
        if not all(line.lstrip().startswith("*") for line in lines[1:]):
            return indent + comment
        return "\n".join([indent + lines[0].rstrip(), *(f"{indent} {line.strip()}" for line in lines[1:])])

    return _PLACEHOLDER.sub(put, text)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal, as prettier counts them (wide East Asian characters two)."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text
    )


_CELL_BORDER = re.compile(r"(?<!\\)\|")


def md_table(text: str) -> str:
    """A Markdown table (its delimiter row plain `---`) laid out as prettier lays it out: every
    cell padded to its column's width, at least 3, the delimiter row as dashes of that width."""
    rows = [[cell.strip() for cell in _CELL_BORDER.split(line.strip())[1:-1]] for line in text.strip().splitlines()]
    widths = [max(3, *(_width(row[i]) for row in rows if i < len(row))) for i in range(len(rows[0]))]
    rows[1] = ["-" * width for width in widths]
    return "\n".join(
        "| " + " | ".join(cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)) + " |"
        for row in rows
    ) + "\n"


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The files prettier formats here (TypeScript, JSON) formatted; others as given."""
    todo = {
        path: mask_doc_comments(text) if path.endswith(".ts") else (text, [])
        for path, text in files.items()
        if PurePosixPath(path).suffix in _SUFFIXES
    }
    kind = f"prettier-{FORMAT_VERSION}"
    done = {path: lookup(kind, f"{path}\0{code}") for path, (code, _) in todo.items()}
    missing = {path: todo[path][0] for path, code in done.items() if code is None}
    for path, code in _prettier(missing).items():
        store(kind, f"{path}\0{missing[path]}", code)
        done[path] = code
    formatted = {path: unmask_doc_comments(done[path] or "", comments) for path, (_, comments) in todo.items()}
    return {**files, **{path: wrap_doc_comments(text) if path.endswith(".ts") else text for path, text in formatted.items()}}


def _prettier(files: dict[str, str]) -> dict[str, str]:
    """``files`` formatted by the pinned prettier, in one node process."""
    if not files:
        return {}
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(f"node is not installed; TypeScript output is formatted by prettier {PINNED}: {_SETUP}")
    if not (_TOOL / "node_modules" / "prettier" / "package.json").is_file():
        raise RuntimeError(f"prettier {PINNED} is not installed: {_SETUP}")
    payload = json.dumps({"options": PRETTIER_OPTIONS, "files": files})
    done = subprocess.run([node, str(_SCRIPT)], input=payload, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["no message"]
        raise RuntimeError(f"prettier: {lines[-1]}")
    answer = json.loads(done.stdout)
    if answer["version"] != PINNED:
        raise RuntimeError(f"prettier {answer['version']} is installed, the lockfile pins {PINNED}: {_SETUP}")
    return dict(answer["files"])


FORMAT = format_files
GLOBALS = {"prettier_options": PRETTIER_OPTIONS}
FILTERS = {"md_table": md_table}
