"""generated/ is exactly what spec/ renders to; renders are byte-identical; writes are all-or-nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline, write
from tests.conftest import ROOT


def test_committed_output_matches_a_fresh_render() -> None:
    run = pipeline.check(pipeline.Paths())
    assert run.differences == [], "run: python -m generator generate"


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    first = pipeline.render_all(pipeline.Paths(), pipeline.Run())
    second = pipeline.render_all(pipeline.Paths(), pipeline.Run())
    assert first == second
    assert all("\r" not in text and text.endswith("\n") for text in first.values())
    assert not any(str(ROOT) in text for text in first.values()), "no absolute paths in the output"


def test_check_lists_drift_and_the_fix(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    (output / "python" / "callapi" / "_core.py").write_text("# edited by hand\n")
    (output / "python" / "stray.py").write_text("")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "changed: generated/python/callapi/_core.py" in done.stderr
    assert "stale:   generated/python/stray.py" in done.stderr
    assert "fix: python -m generator generate" in done.stderr


def test_generate_replaces_the_tree_and_removes_stale_files(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    output.mkdir()
    (output / write.MARKER).write_text("made by the generator")
    (output / "stale.txt").write_text("old")
    run = pipeline.generate(pipeline.Paths(output=output))
    assert not (output / "stale.txt").exists()
    assert (output / "python" / "callapi" / "_client.py").is_file()
    assert pipeline.check(pipeline.Paths(output=output)).differences == []
    assert run.changed > 0
    assert pipeline.generate(pipeline.Paths(output=output)).changed == 0


def test_an_interrupted_write_leaves_the_previous_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "generated"
    output.mkdir()
    (output / write.MARKER).write_text("made by the generator")
    (output / "previous.txt").write_text("previous")
    files = {f"a/{i}.txt": str(i) for i in range(20)}
    calls = 0
    real = Path.write_bytes

    def interrupted(self: Path, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls == 10:
            raise KeyboardInterrupt
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write.replace_tree(output, files)
    assert [p.name for p in tmp_path.iterdir()] == ["generated"]  # no staging folder left behind
    assert sorted(p.name for p in output.iterdir()) == [write.MARKER, "previous.txt"]


def test_a_tree_left_mid_swap_is_restored(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    backup = tmp_path / "generated.previous"
    backup.mkdir()
    (backup / write.MARKER).write_text(
        "Everything in this folder is written by `python -m generator` and replaced on each run.\n"
    )
    (backup / "previous.txt").write_text("previous")
    assert write.diff_tree(output, {"previous.txt": "previous"}) == []
    assert (output / "previous.txt").read_text() == "previous"


def test_writer_refuses_paths_outside_the_output(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="outside"):
        write.replace_tree(tmp_path / "out", {"../escape.txt": "x"})
    assert not (tmp_path / "escape.txt").exists()


def test_cache_never_changes_the_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from generator import cache

    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache")
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    uncached = pipeline.render_all(pipeline.Paths(), pipeline.Run())
    monkeypatch.delenv("CALLAPI_GENERATOR_CACHE")
    cold = pipeline.render_all(pipeline.Paths(), pipeline.Run())
    assert any((tmp_path / "cache").rglob("*"))
    warm = pipeline.render_all(pipeline.Paths(), pipeline.Run())
    assert uncached == cold == warm


@pytest.mark.parametrize("kind", ["file", "foreign folder"])
def test_generate_never_replaces_what_it_did_not_make(tmp_path: Path, kind: str) -> None:
    output = tmp_path / "out"
    if kind == "file":
        output.write_text("precious")
    else:
        output.mkdir()
        (output / "precious.txt").write_text("precious")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "refusing to" in done.stderr and "Traceback" not in done.stderr
    assert (output.read_text() if kind == "file" else (output / "precious.txt").read_text()) == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
