"""YAML files read into plain data plus a map of where every value and key stands.

PyYAML's C parser composes the node tree (fast); we build the Python values
ourselves so that duplicate keys are caught and every path gets its line and
column. A path is a tuple of keys and indices from the document root.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import Location, SpecError

__all__ = ["Path", "SourceFile", "parse_yaml"]

Path = tuple[str | int, ...]

try:  # libyaml when present; the pure-Python parser otherwise (same results)
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)


@dataclass
class SourceFile:
    """One parsed spec file: its data and the position of each value and key."""

    name: str
    data: Any = None
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: Path, *, key: bool = False) -> Location:
        """The location of ``path``, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        while path not in table and path:
            path = path[:-1]
        line, column = table.get(path, self.values.get(path, (0, 0)))
        return Location(self.name, line, column)


class _Builder:
    def __init__(self, source: SourceFile, errors: list[SpecError]) -> None:
        self.source = source
        self.errors = errors
        self.scalars = yaml.constructor.SafeConstructor()

    def mark(self, table: dict[Path, tuple[int, int]], path: Path, node: yaml.Node) -> None:
        table[path] = (node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.mark(self.source.values, path, node)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalars.construct_object(key_node)
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
        return self.scalars.construct_object(node)


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
        node = yaml.compose(text, Loader=_Loader)
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
    before = len(errors)
    try:
        data = _Builder(source, errors).build(node, ())
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        errors.append(SpecError(Location(name, mark.line + 1, mark.column + 1) if mark else Location(name), str(exc.problem)))
        return source
    if len(errors) == before:
        source.data = data
    return source
