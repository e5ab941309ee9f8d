"""The committed output as a content-addressed store: what rendered each file, kept in the tree's marker.

The marker file (``generated/.generated``) lists, after its one-line notice:

    inputs <hash of spec/, templates/, generator/ and the formatter versions>
    warning <a warning the render gave>          (zero or more)
    <hash of the raw render> <hash of the file> <path>   (one per file)

A fresh clone has no ``.cache/``, but it has this record and the files it describes, so

- when the inputs hash is the current one and every file still has its recorded hash, the
  tree *is* the render (``check`` and ``generate`` read it instead of rendering);
- otherwise each file whose raw render (for the models file: the input of
  datamodel-code-generator) hashes as recorded is taken from the tree instead of being
  formatted again, and only what changed is formatted.

A file is only ever taken when its bytes hash to what the generator recorded for that raw
render with the same formatter versions, so the store can make a run faster, never different
(``tests/test_golden.py`` compares cached, cold and uncached runs byte for byte). The marker is
part of the output: after any change to the inputs, ``check`` asks for a ``generate`` even when
no other file changes, as CI's ``git diff`` after ``generate`` would.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .write import _MARKER_TEXT as NOTICE
from .write import MARKER

__all__ = ["Record", "digest", "parse", "read", "read_text"]

_INPUTS = "inputs "
_WARNING = "warning "
_PIECES = "pieces"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Record:
    inputs: str = ""
    warnings: list[str] = field(default_factory=list)
    files: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (raw hash, file hash)
    pieces: dict[str, list[str]] = field(default_factory=dict)  # path -> keys of its raw pieces (format.piece_keys)

    @property
    def tools(self) -> str:
        """The formatter versions the record was made with (the inputs line ends with them)."""
        return self.inputs.partition(" ")[2]

    def text(self) -> str:
        lines = [NOTICE.rstrip("\n"), f"{_INPUTS}{self.inputs}"]
        lines += [f"{_WARNING}{w}" for w in self.warnings]
        for path, (raw, out) in sorted(self.files.items()):
            lines.append(f"{raw} {out} {path}")
            if path in self.pieces:
                lines.append(" ".join([_PIECES, path, *self.pieces[path]]))
        return "\n".join(lines) + "\n"

    def stored(self, root: Path, path: str, raw: str) -> str | None:
        """The committed text of ``path`` if it is what the recorded render of ``raw`` formatted to."""
        entry = self.files.get(path)
        return self.intact(root, path) if entry is not None and entry[0] == raw else None

    def intact(self, root: Path, path: str) -> str | None:
        """The committed text of ``path`` if it is what the generator wrote there."""
        entry = self.files.get(path)
        if entry is None:
            return None
        full = root / path
        try:
            if not stat.S_ISREG(full.lstat().st_mode):
                return None
            text = full.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return text if digest(text) == entry[1] else None

    def tree(self, root: Path, inputs: str) -> dict[str, str] | None:
        """Every recorded file, when the record was made from ``inputs`` and no file has changed since."""
        if self.inputs != inputs or not self.files:
            return None
        files = {}
        for path, (raw, _) in self.files.items():
            text = self.stored(root, path, raw)
            if text is None:
                return None
            files[path] = text
        return files


def parse(text: str) -> Record | None:
    """The record in a marker's text; None for anything this module did not write (or a merge of two)."""
    lines = text.split("\n")
    if lines[0] != NOTICE.rstrip("\n") or lines[-1] != "":
        return None
    record = Record()
    inputs = [line for line in lines[1:-1] if line.startswith(_INPUTS)]
    if len(inputs) != 1:
        return None
    record.inputs = inputs[0][len(_INPUTS) :]
    for line in lines[1:-1]:
        if line.startswith(_INPUTS):
            continue
        if line.startswith(_WARNING):
            record.warnings.append(line[len(_WARNING) :])
            continue
        if line.startswith(_PIECES + " "):
            _, path, *keys = line.split(" ")
            if path in record.pieces:
                return None
            record.pieces[path] = keys
            continue
        parts = line.split(" ", 2)
        if len(parts) != 3 or parts[2] in record.files:
            return None
        record.files[parts[2]] = (parts[0], parts[1])
    return record


def read_text(root: Path) -> str | None:
    """The marker's text in the output folder ``root``, if it has a readable one."""
    try:
        return (root / MARKER).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read(root: Path) -> Record | None:
    text = read_text(root)
    return None if text is None else parse(text)
