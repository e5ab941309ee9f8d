"""The packages as users get them: the wheel, the sdist and the npm tarball are built from a clean
copy of generated/, installed into a fresh venv / an empty folder, imported, and one method is
called against a local server. Offline: pip takes the built file only (the dependencies come from
the test environment through --system-site-packages), npm packs and installs from the tarball."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from generator import pipeline, write
from generator.model import Api
from tests.conftest import ROOT
from tests.support.server import Server
from tests.ts_support import NODE_MODULES, package, run_node

GENERATED = ROOT / "generated"
LIST_CALLS_ANSWER = {"jsonrpc": "2.0", "id": "$id", "result": {"data": []}}


@pytest.fixture(scope="module")
def released() -> Api:
    return pipeline.validate(pipeline.Paths())


def _run(*args: str | Path, cwd: Path) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def python_dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The wheel and the sdist, built by setuptools' own build hooks in a clean copy (no network, no isolation)."""
    copy = tmp_path_factory.mktemp("py") / "cloudpbx-callapi"
    shutil.copytree(GENERATED / "python", copy, ignore=shutil.ignore_patterns(*write.IGNORED))
    out = copy.parent / "dist"
    for hook in ("build_sdist", "build_wheel"):  # one process each: setuptools keeps state between builds
        _run(
            sys.executable, "-c", f"import sys; from setuptools import build_meta; build_meta.{hook}(sys.argv[1])", out, cwd=copy
        )
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_python_metadata(python_dists: dict[str, Path], released: Api) -> None:
    import tarfile

    package = released.package("python")
    assert python_dists["wheel"].name == f"cloudpbx_callapi-{package.version}-py3-none-any.whl"
    with tarfile.open(python_dists["sdist"]) as tar:
        info = tar.extractfile(f"cloudpbx_callapi-{package.version}/PKG-INFO")
        assert info is not None
        metadata = info.read().decode()
        names = tar.getnames()
    assert f"cloudpbx_callapi-{package.version}/CHANGELOG.md" in names  # each release's changes travel with the source
    for line in (
        "Name: cloudpbx-callapi",
        f"Version: {package.version}",
        "License-Expression: MIT",
        "Requires-Python: >=3.10",
        "Classifier: Typing :: Typed",
        "Classifier: Programming Language :: Python :: 3.13",
        f"Project-URL: Source, {package.repository}",
        "Description-Content-Type: text/markdown",
        "pip install cloudpbx-callapi",  # the long description is the README for users
    ):
        assert line in metadata
    assert "do not edit" not in metadata.lower()


CALL_ONE_METHOD = """
import json, sys
import callapi
from callapi import Client
with Client(access_token="test-token", base_url=sys.argv[1]) as client:
    calls = client.list_calls()
print(json.dumps({"file": callapi.__file__, "version": callapi.__version__, "sdk": callapi.SDK_VERSION,
                  "api": callapi.API_VERSION, "calls": len(calls)}))
"""


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_python_package_installs_and_calls(
    kind: str, python_dists: dict[str, Path], server: Server, released: Api, tmp_path: Path
) -> None:
    env = tmp_path / "venv"
    venv.create(env)
    python = env / "bin" / "python"
    # the test environment's packages (pip, setuptools, httpx, pydantic) visible behind the venv's own, offline;
    # --system-site-packages would show the base interpreter's instead when the tests run in a venv themselves
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).strip()
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "_test_environment.pth").write_text("\n".join(sorted(outer)) + "\n", "utf-8")
    # the sdist is built by pip itself: from the setuptools of the test environment
    _run(
        python, "-m", "pip", "install", "-q", "--no-index", "--no-deps", "--no-build-isolation", python_dists[kind], cwd=tmp_path
    )
    server.reply(LIST_CALLS_ANSWER)
    out = json.loads(_run(python, "-c", CALL_ONE_METHOD, server.url, cwd=tmp_path))
    assert Path(out["file"]).is_relative_to(env), "imported from the venv, not from the source tree"
    version = released.package("python").version
    assert out == {"file": out["file"], "version": version, "sdk": version, "api": released.version, "calls": 0}
    assert server.requests[-1]["method"] == "list.calls"
    assert server.requests[-1]["params"]["access_token"] == "test-token"


@pytest.fixture(scope="module")
def npm_tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`npm pack` of a clean, unbuilt copy: the prepack step must build dist/ and cjs/ itself."""
    package("typescript")
    copy = tmp_path_factory.mktemp("ts") / "cloudpbx-callapi"
    shutil.copytree(GENERATED / "typescript", copy, ignore=shutil.ignore_patterns(*write.IGNORED))
    assert not (copy / "dist").exists()
    (copy / "node_modules").symlink_to(NODE_MODULES)  # the pinned compiler, offline
    out = _run(shutil.which("npm") or "npm", "pack", "--offline", "--json", cwd=copy)
    (info,) = json.loads(out)
    return copy / info["filename"]


ESM = """
import { Client, SDK_VERSION, API_VERSION } from "cloudpbx-callapi";
const client = new Client({ accessToken: "test-token", baseUrl: process.argv[2] });
const calls = await client.listCalls();
console.log(JSON.stringify({ version: SDK_VERSION, api: API_VERSION, calls: calls.length }));
"""
CJS = """
const { Client, SDK_VERSION, API_VERSION } = require("cloudpbx-callapi");
new Client({ accessToken: "test-token", baseUrl: process.argv[2] }).listCalls().then((calls) =>
  console.log(JSON.stringify({ version: SDK_VERSION, api: API_VERSION, calls: calls.length })));
"""


def test_npm_tarball_contents(npm_tarball: Path, released: Api) -> None:
    import tarfile

    with tarfile.open(npm_tarball) as tar:
        names = set(tar.getnames())
        manifest = json.loads(tar.extractfile("package/package.json").read())  # type: ignore[union-attr]
    for name in (
        "dist/index.js",
        "dist/index.d.ts",
        "dist/index.js.map",
        "cjs/index.js",
        "cjs/package.json",
        "src/index.ts",
        "CHANGELOG.md",
    ):
        assert f"package/{name}" in names
    package = released.package("typescript")
    assert manifest["name"] == "cloudpbx-callapi" and manifest["version"] == package.version
    assert manifest["license"] == "MIT" and package.repository in manifest["repository"]["url"]


@pytest.mark.parametrize(("flavour", "source"), [("esm", ESM), ("cjs", CJS)])
def test_npm_package_installs_and_calls(
    flavour: str, source: str, npm_tarball: Path, server: Server, released: Api, tmp_path: Path
) -> None:
    project = tmp_path / "app"
    project.mkdir()
    (project / "package.json").write_text('{"name": "app", "version": "1.0.0", "private": true}', "utf-8")
    _run(shutil.which("npm") or "npm", "install", "--offline", "--no-audit", "--no-fund", npm_tarball, cwd=project)
    script = project / ("main.mjs" if flavour == "esm" else "main.cjs")
    script.write_text(source, "utf-8")
    server.reply(LIST_CALLS_ANSWER)
    out = json.loads(run_node(str(script), server.url, cwd=project))
    assert out == {"version": released.package("typescript").version, "api": released.version, "calls": 0}
    assert server.requests[-1]["method"] == "list.calls"
