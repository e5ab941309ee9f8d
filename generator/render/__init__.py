"""Targets: a folder under templates/ with a manifest and one template per output file.

Rendering returns ``{relative path: text}``; it never writes (see ``generator.write``).
The manifest names, for each output file, the template that makes it, or the
``models`` engine (datamodel-code-generator); ``each: method`` renders a file per method;
``language: ru`` renders a file from the spec's Russian texts, with the target's UI strings
(``i18n/ru.yaml``) through gettext.
Generator code names no target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import jsonschema

from ..cache import cache_folder
from ..errors import Location, SpecError, SpecErrors
from ..loader.yaml_source import parse_yaml
from ..model import Api
from .filters import FILTERS
from .models import Deferred, render_models
from .ui_strings import UiStrings

__all__ = ["Target", "load_targets", "render_target"]

_MANIFEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["output", "description", "files"],
    "properties": {
        "output": {"type": "string", "pattern": "^[a-z][a-z0-9_-]*$"},
        "description": {"type": "string"},
        "files": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[A-Za-z0-9_.{}-]+(/[A-Za-z0-9_.{}-]+)*$"},
                    "template": {"type": "string"},
                    "engine": {"enum": ["jinja", "models"]},
                    "each": {"enum": ["method"]},
                    "language": {"type": "string", "pattern": "^[a-z]{2}$"},
                    "base_class": {"type": "string"},
                    "header": {"type": "string"},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class OutputFile:
    path: str
    template: str
    engine: str = "jinja"
    each: str | None = None
    base_class: str = "pydantic.BaseModel"
    header: str = ""
    language: str | None = None  # render with the spec's texts in this language (default: the spec's own)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, kept in .cache/ (Jinja checks each against its template's source); the
    folder is named by this file and Jinja's version, which decide how templates compile."""
    folder = cache_folder("jinja", Path(__file__).read_text("utf-8") + jinja2.__version__)
    return None if folder is None else jinja2.FileSystemBytecodeCache(str(folder))


@dataclass(frozen=True)
class Target:
    name: str
    folder: Path
    output: str
    description: str
    files: tuple[OutputFile, ...]

    @cached_property
    def environment(self) -> jinja2.Environment:
        return self.environment_for(None)

    def environment_for(self, strings: UiStrings | None) -> jinja2.Environment:
        """The template environment; ``_()`` and ``{% trans %}`` translate by ``strings`` (none: as written)."""
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
            extensions=["jinja2.ext.i18n"],
            bytecode_cache=_bytecode_cache(),
        )
        env.filters.update(FILTERS)
        if strings is None:
            env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
        else:
            env.install_gettext_callables(strings.gettext, strings.ngettext, newstyle=True)  # type: ignore[attr-defined]
        return env


def _safe_path(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return bool(parts) and not PurePosixPath(path).is_absolute() and ".." not in parts and "." not in parts


def load_targets(templates: Path, only: list[str] | None = None) -> list[Target]:
    errors: list[SpecError] = []
    targets = []
    folders = sorted(p.parent for p in templates.glob("*/manifest.yaml"))
    if not folders:
        raise SpecErrors([SpecError(Location(str(templates)), "no targets (expected <target>/manifest.yaml)")])
    for folder in folders:
        if only and folder.name not in only:
            continue
        name = f"{templates.name}/{folder.name}/manifest.yaml"
        source = parse_yaml(name, (folder / "manifest.yaml").read_text("utf-8"), errors)
        if source.data is None:
            continue
        problems = list(jsonschema.Draft202012Validator(_MANIFEST_SCHEMA).iter_errors(source.data))
        for problem in problems:
            errors.append(SpecError(source.at(tuple(problem.absolute_path)), problem.message))
        if problems:
            continue
        files = []
        for i, entry in enumerate(source.data["files"]):
            engine = entry.get("engine", "jinja")
            template = entry.get("template", entry["path"] + ".jinja" if engine == "jinja" else "")
            if not _safe_path(entry["path"]):
                errors.append(SpecError(source.at(("files", i, "path")), "output path must stay inside the target folder"))
            elif engine == "jinja" and not (folder / template).is_file():
                errors.append(SpecError(source.at(("files", i)), f"template '{template}' does not exist"))
            files.append(
                OutputFile(
                    entry["path"],
                    template,
                    engine,
                    entry.get("each"),
                    entry.get("base_class", "pydantic.BaseModel"),
                    entry.get("header", ""),
                    entry.get("language"),
                )
            )
        targets.append(Target(folder.name, folder, source.data["output"], source.data["description"], tuple(files)))
    if only:
        missing = sorted(set(only) - {t.name for t in targets})
        for name in missing:
            errors.append(SpecError(Location(str(templates)), f"no target named '{name}'"))
    if errors:
        raise SpecErrors(errors)
    return targets


def render_target(target: Target, api: Api) -> dict[str, str | Deferred]:
    """Every file of one target, by path relative to generated/ (``models.resolve`` gives a deferred one's text)."""
    rendered: dict[str, str | Deferred] = {}
    languages: dict[str, tuple[Api, UiStrings, jinja2.Environment]] = {}
    errors: list[SpecError] = []
    for spec in target.files:
        if spec.engine == "models":
            rendered[f"{target.output}/{spec.path}"] = render_models(api, base_class=spec.base_class, header=spec.header)
            continue
        env, in_language = target.environment, api
        if spec.language and spec.language != api.language:
            if spec.language not in languages:
                if spec.language not in api.languages:
                    where = Location(f"{target.folder.parent.name}/{target.name}/manifest.yaml")
                    errors.append(SpecError(where, f"{spec.path}: the spec has no '{spec.language}' translation"))
                    continue
                strings = UiStrings(target.folder, target.folder.parent.name, spec.language)
                languages[spec.language] = (api.in_language(spec.language), strings, target.environment_for(strings))
            in_language, _, env = languages[spec.language]
        template = env.get_template(spec.template)
        if spec.each == "method":
            for method in in_language.methods:
                path = spec.path.replace("{method}", method.wire)
                rendered[f"{target.output}/{path}"] = template.render(api=in_language, method=method, target=target)
        else:
            rendered[f"{target.output}/{spec.path}"] = template.render(api=in_language, target=target)
    for _, strings, _ in languages.values():
        errors.extend(strings.problems())
    if errors:
        raise SpecErrors(errors)
    return rendered
