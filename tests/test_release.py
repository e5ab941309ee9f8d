"""Releasing as a maintainer does, in a clone of this repository: spec edits of each severity,
`release`, and the versions and changelogs that come out; `check` explaining a stale generated/."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT


def _run(*args: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=600)
    if ok:
        assert done.returncode == 0, f"{' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def generator(*args: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    return _run(sys.executable, "-m", "generator", *args, cwd=cwd, ok=ok)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def versions(repo: Path) -> dict[str, str]:
    pyproject = (repo / "generated/python/pyproject.toml").read_text("utf-8")
    constants = (repo / "generated/python/callapi/_constants.py").read_text("utf-8")
    ts_constants = (repo / "generated/typescript/src/constants.ts").read_text("utf-8")
    found = {
        "pyproject": re.search(r'^version = "(.+)"', pyproject, re.MULTILINE),
        "SDK_VERSION": re.search(r'^SDK_VERSION = "(.+)"', constants, re.MULTILINE),
        "package.json": None,
        "ts SDK_VERSION": re.search(r'SDK_VERSION = "(.+)";', ts_constants),
    }
    out = {k: m.group(1) for k, m in found.items() if m}
    out["package.json"] = json.loads((repo / "generated/typescript/package.json").read_text("utf-8"))["version"]
    return out


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the committed project, with the working generated/ of the commit."""
    clone = tmp_path_factory.mktemp("release") / "project"
    _run("git", "clone", "-q", str(ROOT), str(clone), cwd=ROOT)
    for installed in sorted(ROOT.glob("templates/*/*/node_modules")):  # a target's formatter, as scripts/setup installs it
        (clone / installed.relative_to(ROOT)).symlink_to(installed.resolve())
    return clone


def test_release_flow(repo: Path) -> None:
    # whatever the clone has not released yet (changes landed since the last release) is released first
    pending = generator("release", cwd=repo)
    if "nothing to release" not in pending.stdout:
        _run("git", "add", "-A", cwd=repo)
        _run("git", "commit", "-qm", "release what was pending", cwd=repo)
        assert "nothing to release" in generator("release", cwd=repo).stdout
    state = yaml.safe_load((repo / "releases.yaml").read_text("utf-8"))
    start = state["releases"][0]["targets"]["python"]["version"]
    assert state["releases"][0]["targets"]["typescript"]["version"] == start
    major = int(start.split(".")[0])
    assert set(versions(repo).values()) == {start}

    # one edit of each severity: breaking (a brand removed), compatible (an optional parameter), words only
    hold = repo / "spec/methods/hold.call.yaml"
    edit(
        hold,
        "params:\n",
        "params:\n  - name: reason\n    type: string\n    required: false\n    description: Why the call is held.\n",
    )
    comagic = (
        "  - id: comagic\n    name: CoMagic\n    base_url: https://callapi.comagic.ru\n    editions: [ru_comagic, seed_uis]\n"
    )
    edit(repo / "spec/api.yaml", comagic, "")
    edit(repo / "spec/methods/unhold.call.yaml", "summary: ", "summary: Now reworded. ")

    diff = generator("diff", "HEAD", "--fail-on", "breaking", cwd=repo, ok=False)
    assert diff.returncode == 1
    assert "Breaking on the wire and in the SDK (1):\n  - `brands.comagic`: brand removed" in diff.stdout
    assert "Compatible changes (1):\n  - `hold.call params.reason`: optional parameter added" in diff.stdout
    assert "Documentation only (1):\n  - `unhold.call`: summary changed" in diff.stdout
    stale = generator("check", cwd=repo, ok=False)
    assert stale.returncode == 1
    assert "`brands.comagic`: brand removed" in stale.stderr
    assert stale.stderr.index("brand removed") < stale.stderr.index("does not match the spec")

    done = generator("release", cwd=repo)
    new = f"{major + 1}.0.0"
    assert f"python: {start} -> {new} (major" in done.stdout and f"typescript: {start} -> {new} (major" in done.stdout
    assert set(versions(repo).values()) == {new}
    changelog = (repo / "generated/python/CHANGELOG.md").read_text("utf-8")
    section = changelog[changelog.index(f"## {new}") : changelog.index(f"## {start}")]
    assert "### Breaking on the wire and in the SDK\n\n- `brands.comagic`: brand removed" in section
    assert "### Compatible changes\n\n- `hold.call params.reason`: optional parameter added" in section
    assert "### Documentation only\n\n- `unhold.call`: summary changed" in section
    assert (repo / "generated/typescript/CHANGELOG.md").read_text("utf-8").count(f"## {new} (") == 1
    generator("check", cwd=repo)
    _run("git", "add", "-A", cwd=repo)
    _run("git", "commit", "-qm", "release", cwd=repo)

    # the next release diffs against this one: a wording fix is a patch
    edit(repo / "spec/methods/unhold.call.yaml", "summary: Now reworded. ", "summary: Reworded again. ")
    patch = generator("release", cwd=repo)
    assert f"python: {new} -> {major + 1}.0.1 (patch)" in patch.stdout
    assert set(versions(repo).values()) == {f"{major + 1}.0.1"}
    _run("git", "add", "-A", cwd=repo)
    _run("git", "commit", "-qm", "release 2", cwd=repo)

    # a template-only change releases that target alone, as a patch
    edit(repo / "templates/typescript/README.md.jinja", "## Methods", "## Methods of the client")
    only_ts = generator("release", cwd=repo)
    assert f"typescript: {major + 1}.0.1 -> {major + 1}.0.2 (patch; The generated code" in only_ts.stdout
    assert "python:" not in only_ts.stdout
    assert versions(repo)["package.json"] == f"{major + 1}.0.2" and versions(repo)["pyproject"] == f"{major + 1}.0.1"


def test_release_against_a_missing_revision_is_one_line(tmp_path: Path) -> None:
    releases = tmp_path / "releases.yaml"
    text = (ROOT / "releases.yaml").read_text("utf-8")
    releases.write_text(re.sub(r"spec: [0-9a-f]{40}", "spec: " + "f" * 40, text, count=1), "utf-8")
    done = generator("release", "--dry-run", "--releases", str(releases), cwd=ROOT, ok=False)
    assert done.returncode == 2
    assert "is the release commit in this repository?" in done.stderr and "Traceback" not in done.stderr


def test_a_broken_release_file_is_reported(tmp_path: Path) -> None:
    releases = tmp_path / "releases.yaml"
    releases.write_text("packages: {}\n", "utf-8")
    done = generator("generate", "--releases", str(releases), "--output", str(tmp_path / "out"), cwd=ROOT, ok=False)
    assert done.returncode == 2
    assert "releases.yaml: top level: 'project' is a required property" in done.stderr
    assert not (tmp_path / "out").exists()
