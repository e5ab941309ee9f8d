"""YAML files read into plain data plus a map of where every value and key stands.

PyYAML's C parser composes the node tree (fast); we build the Python values
ourselves so that duplicate keys are caught and every path gets its line and
column. A path is a tuple of keys and indices from the document root.

A spec file is input from anyone: before composing, one pass over the parser's events
bounds nesting depth and alias expansion (libyaml recurses in C and would crash; a
billion-laughs bomb would expand forever), and only JSON values come out (a timestamp,
``!!binary`` or ``.nan`` is a located mistake, not a crash later on).
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import Location, SpecError

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_VALUES",
    "KeyPath",
    "SourceFile",
    "parse_yaml",
    "parse_yaml_bytes",
    "read_file",
    "read_yaml",
]

KeyPath = tuple[str | int, ...]  # keys and indices from the document root to a value

try:  # libyaml when present; the pure-Python parser otherwise (same results)
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)

# Far above what any spec file needs (the largest is ~15 KB, 9 levels, ~2,000 values).
MAX_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_VALUES = 100_000  # per file, counting every value an alias repeats
_JSON_SCALARS = (str, int, float, bool, type(None))


@dataclass
class SourceFile:
    """One parsed spec file: its data and the position of each value and key."""

    name: str
    data: Any = None
    values: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: KeyPath, *, key: bool = False) -> Location:
        """The location of ``path``, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        while path not in table and path:
            path = path[:-1]
        line, column = table.get(path, self.values.get(path, (0, 0)))
        return Location(self.name, line, column)


class _ValueReader:
    def __init__(self, source: SourceFile, errors: list[SpecError]) -> None:
        self.source = source
        self.errors = errors
        self.scalars = yaml.constructor.SafeConstructor()

    def mark(self, table: dict[KeyPath, tuple[int, int]], path: KeyPath, node: yaml.Node) -> None:
        table[path] = (node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        self.mark(self.source.values, path, node)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.errors.append(SpecError(_location(self.source.name, key_node), "a key must be a plain string"))
                    continue
                key = self.scalar(key_node)
                if not isinstance(key, str):
                    key = str(key)
                child = (*path, key)
                if key in result:
                    first_line = self.source.keys[child][0]
                    self.errors.append(
                        SpecError(
                            Location(self.source.name, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                            f"duplicate key '{key}' (first given on line {first_line})",
                        )
                    )
                    continue
                self.mark(self.source.keys, child, key_node)
                result[key] = self.build(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        """A JSON scalar; anything else YAML reads (dates, bytes, sets, a bad ``!!int``) is a mistake here."""
        kind = node.tag.removeprefix("tag:yaml.org,2002:")
        try:
            value = self.scalars.construct_object(node)
        except (yaml.YAMLError, ValueError, ArithmeticError, LookupError, AttributeError, TypeError):
            # PyYAML's own scalar constructors fail in many ways (2024-13-45, a 5,000-digit int, !!bool maybe)
            self.errors.append(
                SpecError(_location(self.source.name, node), f"{_shown(node.value)} cannot be read as a YAML {kind}")
            )
            return None
        if not isinstance(value, _JSON_SCALARS) or (isinstance(value, float) and not math.isfinite(value)):
            self.errors.append(
                SpecError(
                    _location(self.source.name, node),
                    f"{_shown(node.value)} reads as a YAML {kind}, which JSON has no value for (quote it to make it a string)",
                )
            )
            return None
        return value


def _location(name: str, node: yaml.Node | yaml.Event) -> Location:
    return Location(name, node.start_mark.line + 1, node.start_mark.column + 1)


def _shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _bounds(name: str, text: str) -> SpecError | None:
    """The first event that nests too deep, repeats an alias inside itself, or expands too far.

    ``count`` is how many values the document holds so far with every alias expanded; each
    open collection keeps the count it started at, its anchor and the deepest level under it.
    """
    stack: list[tuple[int, str | None, list[int]]] = []
    expanded: dict[str, tuple[int, int]] = {}  # anchor -> (values, levels) it stands for
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                return SpecError(_location(name, event), f"nested more than {MAX_DEPTH} levels deep")
            stack.append((count, event.anchor, [len(stack) + 1]))
            count += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            start, anchor, (deepest,) = stack.pop()
            if anchor is not None:
                expanded[anchor] = (count - start, deepest - len(stack))
            if stack:
                stack[-1][2][0] = max(stack[-1][2][0], deepest)
        elif isinstance(event, yaml.ScalarEvent):
            count += 1
            if event.anchor is not None:
                expanded[event.anchor] = (1, 0)
        elif isinstance(event, yaml.AliasEvent):
            if any(anchor == event.anchor for _, anchor, _ in stack):
                return SpecError(_location(name, event), f"alias *{event.anchor} repeats its own anchor inside itself")
            values, levels = expanded.get(event.anchor, (1, 0))
            if len(stack) + levels > MAX_DEPTH:
                return SpecError(
                    _location(name, event), f"alias *{event.anchor} nests the document more than {MAX_DEPTH} levels deep"
                )
            count += values
            if stack:
                stack[-1][2][0] = max(stack[-1][2][0], len(stack) + levels)
        if count > MAX_VALUES:
            return SpecError(
                _location(name, event), f"the document expands to more than {MAX_VALUES} values (aliases repeating aliases?)"
            )
    return None


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((label for test, label in kinds if test(mode)), "a socket or other special file")


def read_file(name: str, file: os.PathLike[str] | str, errors: list[SpecError]) -> bytes | None:
    """The bytes of one file; a special file (folder, FIFO, device) is refused without being opened."""
    try:
        info = os.stat(file)
        if not stat.S_ISREG(info.st_mode):
            errors.append(SpecError(Location(name), f"{_kind(info.st_mode)}, not a regular file; refusing to read it"))
            return None
        if info.st_size > MAX_BYTES:
            errors.append(SpecError(Location(name), f"file is {info.st_size} bytes; a spec file may hold at most {MAX_BYTES}"))
            return None
        # O_NONBLOCK: should the path turn into a FIFO after the check, opening it cannot hang
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                errors.append(SpecError(Location(name), "not a regular file; refusing to read it"))
                return None
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        errors.append(SpecError(Location(name), "file is missing"))
        return None
    except OSError as exc:
        errors.append(SpecError(Location(name), f"cannot read the file: {exc.strerror or exc}"))
        return None
    if len(data) > MAX_BYTES:
        errors.append(SpecError(Location(name), f"file grew past {MAX_BYTES} bytes while read; refusing it"))
        return None
    return data


def parse_yaml_bytes(name: str, data: bytes, errors: list[SpecError]) -> SourceFile:
    """Decode UTF-8 (a bad byte is reported at its line and column) and parse."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8")
        line, column = _line_col(prefix, len(prefix))
        errors.append(
            SpecError(
                Location(name, line, column), f"not UTF-8: byte 0x{data[exc.start]:02x} cannot start or continue a character"
            )
        )
        return SourceFile(name)
    return parse_yaml(name, text, errors)


def read_yaml(name: str, file: os.PathLike[str] | str, errors: list[SpecError]) -> SourceFile:
    """Read and parse one file (see ``read_file`` and ``parse_yaml_bytes``)."""
    data = read_file(name, file, errors)
    return SourceFile(name) if data is None else parse_yaml_bytes(name, data, errors)


def parse_yaml(name: str, text: str, errors: list[SpecError]) -> SourceFile:
    """Parse ``text``; mistakes go to ``errors`` and leave ``data`` as None."""
    source = SourceFile(name)
    tab = _TAB_INDENT.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        column = tab.end() - tab.start()
        errors.append(SpecError(Location(name, line, column), "tab character in indentation (indent YAML with spaces)"))
        return source
    try:
        too_far = _bounds(name, text)
        if too_far is not None:
            errors.append(too_far)
            return source
        node = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, other controls)
        line, column = _line_col(text, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        errors.append(
            SpecError(Location(name, line, column), f"character U+{code:04X} is not allowed in YAML (a control character)")
        )
        return source
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        location = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        errors.append(SpecError(location, f"YAML syntax error: {problem}"))
        return source
    except yaml.YAMLError as exc:  # pragma: no cover - e.g. bad encoding
        errors.append(SpecError(Location(name), f"YAML error: {exc}"))
        return source
    if node is None:
        errors.append(SpecError(Location(name, 1, 1), "the file is empty (expected a mapping)"))
        return source
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        errors.append(SpecError(_location(name, node), "the file holds only null (expected a mapping)"))
        return source
    before = len(errors)
    try:
        data = _ValueReader(source, errors).build(node, ())
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        errors.append(SpecError(Location(name, mark.line + 1, mark.column + 1) if mark else Location(name), str(exc.problem)))
        return source
    if len(errors) == before:
        source.data = data
    return source
