"""A content-addressed cache of expensive, pure steps (black, isort, datamodel-code-generator).

The key is a hash of the exact input and of the versions of the tools that produce the
output, so a hit returns the very bytes a miss would compute: the cache can make a run
faster, never different. It lives in .cache/generator/ (git-ignored); deleting it is safe.
Set CALLAPI_GENERATOR_CACHE=0 to bypass it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

__all__ = ["cache_folder", "cached", "enabled", "lookup", "store", "tool_versions"]

_DIR = Path(__file__).resolve().parents[1] / ".cache" / "generator"
_TOOLS = ("black", "isort", "datamodel-code-generator", "pydantic")
_versions: str | None = None


def tool_versions() -> str:
    global _versions
    if _versions is None:
        _versions = ";".join(f"{tool}={version(tool)}" for tool in _TOOLS)
    return _versions


def _path(kind: str, text: str) -> Path:
    digest = hashlib.sha256(f"{kind}\0{tool_versions()}\0{text}".encode()).hexdigest()
    return _DIR / digest[:2] / digest


def enabled() -> bool:
    return os.environ.get("CALLAPI_GENERATOR_CACHE") != "0"


def cache_folder(kind: str, key: str) -> Path | None:
    """A folder of the cache for a tool that keeps its own files there, named by ``key``; None when off or unwritable."""
    if not enabled():
        return None
    folder = _DIR / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def lookup(kind: str, text: str) -> str | None:
    """The stored result for ``kind`` and ``text``, if there is one."""
    if not enabled():
        return None
    try:
        return _path(kind, text).read_text("utf-8")
    except OSError:
        return None


def store(kind: str, text: str, result: str) -> None:
    """Remember ``result`` for ``kind`` and ``text`` (silently skipped where the cache cannot be written)."""
    if not enabled():
        return
    path = _path(kind, text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(result, "utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only checkout still works, only slower


def cached(kind: str, text: str, compute: Callable[[], str]) -> str:
    """``compute()``, or the result it gave before for the same ``kind`` and ``text``."""
    found = lookup(kind, text)
    if found is None:
        found = compute()
        store(kind, text, found)
    return found
