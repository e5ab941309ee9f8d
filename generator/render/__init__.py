"""Targets: a folder under templates/ with a manifest and one template per output file.

Rendering returns ``{relative path: text}``; it never writes (see ``generator.write``).
The manifest names, for each output file, the template that makes it, the ``models`` engine
(datamodel-code-generator), or the ``json`` engine (a function of the target's hook builds the
document as data, which is dumped as canonical JSON); ``each: method`` renders a file per method;
``language: ru`` renders a file from the spec's Russian texts, with the target's UI strings
(``i18n/ru.yaml``) through gettext.
Generator code names no target: what a target needs beyond Jinja (identifier rules, literal
escaping, type spelling, further ``each:`` collections) lives in its own ``target.py`` hook.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any, Literal

import jinja2
import jsonschema

from ..cache import cache_folder
from ..errors import Location, SpecError, SpecErrors
from ..loader.yaml_source import read_yaml
from ..model import RESERVED_KINDS, Api, Reserved
from ..model.naming import SPELLINGS
from .filters import FILTERS
from .models import Deferred, render_models
from .ui_strings import UiStrings

__all__ = ["Target", "load_targets", "parts", "render_target", "target_mistakes"]

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
                    "engine": {"enum": ["jinja", "models", "json"]},
                    "build": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    "each": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    "language": {"type": "string", "pattern": "^[a-z]{2}$"},
                    "base_class": {"type": "string"},
                    "header": {"type": "string"},
                },
            },
        },
        # words of the target's language no identifier may be, by spelling (see model.naming)
        "keywords": {
            "type": "object",
            "additionalProperties": False,
            "properties": {s: {"type": "array", "items": {"type": "string", "minLength": 1}} for s in SPELLINGS},
        },
        "reserved": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["kinds", "names", "reason"],
                "properties": {
                    "kinds": {"type": "array", "minItems": 1, "items": {"enum": list(RESERVED_KINDS)}},
                    "names": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                    "reason": {"type": "string", "minLength": 1},
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
    build: str = ""  # engine json: the hook's BUILD function that makes the document


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, kept in .cache/ (Jinja checks each against its template's source); the
    folder is named by this file and Jinja's version, which decide how templates compile."""
    folder = cache_folder("jinja", Path(__file__).read_text("utf-8") + jinja2.__version__)
    return None if folder is None else jinja2.FileSystemBytecodeCache(str(folder))


Each = Callable[[Api], Iterable[tuple[str, Any]]]
Build = Callable[[Api], Any]
Check = Callable[[Api], Iterable[tuple[Any, str]]]
Format = Callable[[dict[str, str]], dict[str, str]]


@dataclass(frozen=True)
class Hooks:
    """What a target's optional ``target.py`` exports: ``FILTERS`` and ``GLOBALS`` for its templates,
    ``EACH``, further ``each:`` collections (``name -> f(api) -> [(path name, item)]``), and
    ``BUILD``, the documents of ``engine: json`` files (``name -> f(api) -> JSON value``),
    ``CHECKS``, what the target cannot spell in a valid model (``name -> f(api) -> [(model object,
    message)]``): ``validate`` reports each at the object's place in the spec, and
    ``FORMAT``, the target's own formatter (``{path in the output folder: text} -> same``), with
    ``FORMAT_VERSION`` naming what decides its output (formatted files are reused by it)."""

    filters: dict[str, Callable[..., Any]] = field(default_factory=dict)
    globals: dict[str, Any] = field(default_factory=dict)
    each: dict[str, Each] = field(default_factory=dict)
    build: dict[str, Build] = field(default_factory=dict)
    format: Format | None = None
    format_version: str = ""
    checks: dict[str, Check] = field(default_factory=dict)


def _load_hooks(folder: Path) -> Hooks:
    path = folder / "target.py"
    if not path.is_file():
        return Hooks()
    spec = importlib.util.spec_from_file_location(f"_callapi_target_{folder.name}", path)
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    filters, globals_, each, build, checks = (
        dict(getattr(module, name, {})) for name in ("FILTERS", "GLOBALS", "EACH", "BUILD", "CHECKS")
    )
    formatter, version = getattr(module, "FORMAT", None), str(getattr(module, "FORMAT_VERSION", ""))
    return Hooks(filters, globals_, each, build, formatter, version, checks)


@dataclass(frozen=True)
class Target:
    name: str
    folder: Path
    output: str
    description: str
    files: tuple[OutputFile, ...]
    hooks: Hooks = field(default_factory=Hooks)
    reserved: tuple[Reserved, ...] = ()
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)  # spelling -> words it must not be

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
        env.filters.update(self.hooks.filters)
        env.globals.update(self.hooks.globals)
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
        source = read_yaml(name, folder / "manifest.yaml", errors)
        if source.data is None:
            continue
        problems = list(jsonschema.Draft202012Validator(_MANIFEST_SCHEMA).iter_errors(source.data))
        for problem in problems:
            errors.append(SpecError(source.at(tuple(problem.absolute_path)), problem.message))
        if problems:
            continue
        hooks = _load_hooks(folder)
        if hooks.format is not None and not hooks.format_version:
            where = Location(f"{templates.name}/{folder.name}/target.py")
            errors.append(SpecError(where, "FORMAT needs FORMAT_VERSION (what decides its output: tool version, options)"))
        files = []
        for i, entry in enumerate(source.data["files"]):
            engine = entry.get("engine", "jinja")
            template = entry.get("template", entry["path"] + ".jinja" if engine == "jinja" else "")
            if not _safe_path(entry["path"]):
                errors.append(SpecError(source.at(("files", i, "path")), "output path must stay inside the target folder"))
            elif engine == "jinja" and not (folder / template).is_file():
                errors.append(SpecError(source.at(("files", i)), f"template '{template}' does not exist"))
            if engine == "json" and entry.get("build") not in hooks.build:
                needs = "engine json needs 'build': the name of a function in target.py BUILD"
                errors.append(SpecError(source.at(("files", i)), needs))
            if engine == "json" and "each" in entry:
                errors.append(SpecError(source.at(("files", i, "each")), "engine json makes one file; 'each' is for templates"))
            if entry.get("each", "method") != "method" and entry["each"] not in hooks.each:
                errors.append(
                    SpecError(
                        source.at(("files", i, "each")), f"each: '{entry['each']}' is neither 'method' nor in target.py EACH"
                    )
                )
            files.append(
                OutputFile(
                    entry["path"],
                    template,
                    engine,
                    entry.get("each"),
                    entry.get("base_class", "pydantic.BaseModel"),
                    entry.get("header", ""),
                    entry.get("language"),
                    entry.get("build", ""),
                )
            )
        reserved = tuple(
            Reserved(folder.name, tuple(r["kinds"]), tuple(r["names"]), r["reason"].strip())
            for r in source.data.get("reserved", ())
        )
        targets.append(
            Target(
                folder.name,
                folder,
                source.data["output"],
                source.data["description"],
                tuple(files),
                hooks,
                reserved,
                {spelling: tuple(words) for spelling, words in source.data.get("keywords", {}).items()},
            )
        )
    if only:
        missing = sorted(set(only) - {t.name for t in targets})
        for name in missing:
            errors.append(SpecError(Location(str(templates)), f"no target named '{name}'"))
    if errors:
        raise SpecErrors(errors)
    return targets


def target_mistakes(targets: list[Target], api: Api) -> list[SpecError]:
    """What the targets' ``CHECKS`` find in a valid model, each at the place in the spec of the
    object it names (the hook's own file when the object has none)."""
    found = []
    for target in targets:
        for check in target.hooks.checks.values():
            for thing, message in check(api):
                where = getattr(thing, "where", None) or Location(f"{target.folder.parent.name}/{target.name}/target.py")
                found.append(SpecError(where, f"{message} (target '{target.name}')"))
    return found


def parts(target: Target) -> tuple[str | None, ...]:
    """The languages a target's files ask for (None: the spec's own), in manifest order: each is a
    part that renders on its own (see ``render_target``)."""
    return tuple(dict.fromkeys(spec.language for spec in target.files))


def render_target(target: Target, api: Api, only: str | None | Literal["all"] = "all") -> dict[str, str | Deferred]:
    """Every file of one target, or of its part in one language (``only``), by path relative to
    generated/ (``models.resolve`` gives a deferred one's text)."""
    rendered: dict[str, str | Deferred] = {}
    languages: dict[str, tuple[Api, UiStrings, jinja2.Environment]] = {}
    errors: list[SpecError] = []
    for spec in target.files:
        if only != "all" and spec.language != only:
            continue
        if spec.engine == "models":
            rendered[f"{target.output}/{spec.path}"] = render_models(api, base_class=spec.base_class, header=spec.header)
            continue
        if spec.language and spec.language not in api.languages:
            where = Location(f"{target.folder.parent.name}/{target.name}/manifest.yaml")
            errors.append(SpecError(where, f"{spec.path}: the spec has no '{spec.language}' translation"))
            continue
        if spec.engine == "json":  # data, not text: no template, no UI strings
            document = target.hooks.build[spec.build](api.in_language(spec.language or api.language))
            rendered[f"{target.output}/{spec.path}"] = _dump(target, spec, document)
            continue
        env, in_language = target.environment, api
        if spec.language and spec.language != api.language:
            if spec.language not in languages:
                strings = UiStrings(target.folder, target.folder.parent.name, spec.language)
                languages[spec.language] = (api.in_language(spec.language), strings, target.environment_for(strings))
            in_language, _, env = languages[spec.language]
        try:
            template = env.get_template(spec.template)
            if spec.each == "method":
                for method in in_language.methods:
                    path = spec.path.replace("{method}", method.wire)
                    rendered[f"{target.output}/{path}"] = template.render(api=in_language, method=method, target=target)
            elif spec.each:
                for name, item in target.hooks.each[spec.each](in_language):
                    path = spec.path.replace("{name}", name)
                    rendered[f"{target.output}/{path}"] = template.render(api=in_language, item=item, target=target)
            else:
                rendered[f"{target.output}/{spec.path}"] = template.render(api=in_language, target=target)
        except jinja2.TemplateError as exc:
            mistake = _template_mistake(target, spec, exc)
            if not any(e.location == mistake.location and e.message.startswith(mistake.message) for e in errors):
                errors.append(SpecError(mistake.location, f"{mistake.message} (rendering {target.output}/{spec.path})"))
    for _, strings, _ in languages.values():
        errors.extend(strings.problems())
    if errors:
        raise SpecErrors(errors)
    return rendered


def _template_mistake(target: Target, spec: OutputFile, exc: jinja2.TemplateError) -> SpecError:
    """A template's mistake (syntax, an undefined name, a missing include) at the template line that made it."""
    root = target.folder.parent
    found: tuple[str, int] | None = None
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        found = exc.filename, exc.lineno
    else:  # Jinja rewrites the traceback: its innermost template frame is the failing line
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.endswith(".jinja"):
                found = tb.tb_frame.f_code.co_filename, tb.tb_lineno
            tb = tb.tb_next
    where = Location(f"{root.name}/{target.name}/{spec.template}")
    if found is not None:
        try:
            where = Location(f"{root.name}/{Path(found[0]).resolve().relative_to(root.resolve()).as_posix()}", found[1], 1)
        except ValueError:  # a frame outside the templates folder: keep the manifest's template
            pass
    if isinstance(exc, jinja2.TemplateNotFound):
        message = f"template '{exc.name}' does not exist (or is not a regular file)"
    else:
        message = exc.message or type(exc).__name__
    return SpecError(where, message)


def _dump(target: Target, spec: OutputFile, document: Any) -> str:
    """The document a hook built, as canonical JSON (what the formatter makes of any .json file)."""
    try:
        return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:  # a hook bug: say which, never a traceback
        where = Location(f"{target.folder.parent.name}/{target.name}/target.py")
        raise SpecErrors([SpecError(where, f"BUILD['{spec.build}'] for {spec.path}: not a JSON value ({exc})")]) from exc
