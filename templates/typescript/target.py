"""TypeScript facts the templates cannot express: the formatter.

Line breaks in TypeScript depend on the lengths of the names the spec gives (a signature, a union,
a result shape fits on a line or not), so the templates write each construct on one line and
prettier lays it out. `FORMAT` is called by the generator with the target's files (paths inside
`generated/typescript/`) that are not yet formatted; one node process formats them all. Prettier
leaves comments as written, so doc-comment lines longer than the print width are wrapped here.
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
from pathlib import Path, PurePosixPath

PRETTIER_OPTIONS = {"printWidth": 100}  # Python's line length (black) in the other SDK

_TOOL = Path(__file__).resolve().parent / "prettier"  # package.json + lockfile; `npm ci` puts prettier beside them
_SCRIPT = _TOOL / "format.mjs"
_LOCK = _TOOL / "package-lock.json"
_SUFFIXES = frozenset({".ts", ".json", ".md"})


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


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The files prettier knows (TypeScript, JSON, Markdown) formatted; others as given."""
    todo = {path: text for path, text in files.items() if PurePosixPath(path).suffix in _SUFFIXES}
    if not todo:
        return dict(files)
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(f"node is not installed; TypeScript output is formatted by prettier {PINNED}: {_SETUP}")
    if not (_TOOL / "node_modules" / "prettier" / "package.json").is_file():
        raise RuntimeError(f"prettier {PINNED} is not installed: {_SETUP}")
    payload = json.dumps({"options": PRETTIER_OPTIONS, "files": todo})
    done = subprocess.run([node, str(_SCRIPT)], input=payload, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["no message"]
        raise RuntimeError(f"prettier: {lines[-1]}")
    answer = json.loads(done.stdout)
    if answer["version"] != PINNED:
        raise RuntimeError(f"prettier {answer['version']} is installed, the lockfile pins {PINNED}: {_SETUP}")
    formatted = {path: wrap_doc_comments(text) if path.endswith(".ts") else text for path, text in answer["files"].items()}
    return {**files, **formatted}


FORMAT = format_files
GLOBALS = {"prettier_options": PRETTIER_OPTIONS}
