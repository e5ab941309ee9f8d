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
    shutil.copytree(ROOT / "generated", output, ignore=shutil.ignore_patterns(*write.IGNORED))
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


def _edited_spec(tmp_path: Path) -> Path:
    """A copy of spec/ with one method's summary changed: some files render differently, most do not."""
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    hold = spec / "methods" / "hold.call.yaml"
    text = hold.read_text("utf-8")
    assert "summary: Put a call on hold" in text
    hold.write_text(text.replace("summary: Put a call on hold", "summary: Put a call on hold (edited)", 1), "utf-8")
    return spec


def test_cache_never_changes_the_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Uncached, cold (no .cache/, the committed tree as the only store: a fresh clone) and warm runs
    give the same bytes, for the committed spec and for an edited one whose tree is partly stale."""
    from generator import cache
    from generator import format as fmt

    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache")
    output = tmp_path / "generated"
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    pipeline.generate(pipeline.Paths(output=output))  # the tree as committed (with this generator)
    for spec in (ROOT / "spec", _edited_spec(tmp_path)):
        paths = pipeline.Paths(spec=spec, output=output)
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)
        monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
        uncached_run = pipeline.Run()
        uncached = pipeline.render_all(paths, uncached_run)
        monkeypatch.delenv("CALLAPI_GENERATOR_CACHE")
        monkeypatch.setattr(fmt, "_seeded", {})
        cold_run = pipeline.Run()
        cold = pipeline.render_all(paths, cold_run)
        warm_run = pipeline.Run()
        warm = pipeline.render_all(paths, warm_run)
        assert uncached == cold == warm
        assert pipeline._marker(uncached_run) == pipeline._marker(cold_run) == pipeline._marker(warm_run)
        if spec == ROOT / "spec":
            assert "format" not in cold_run.timings, "the committed tree is the render: nothing formatted"
        else:
            assert cold_run.formatted, "the edited method's definitions were formatted again (by either process)"
            assert cold_run.formatted < len(uncached["python/callapi/_client.py"]) / 10, "and only they: not whole files"
            assert uncached != {p: (output / p).read_text("utf-8") for p in uncached}
            assert any((tmp_path / "cache").rglob("*"))


def test_the_committed_tree_is_reused_only_when_it_is_intact(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from generator import cache, record

    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache")
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output, ignore=shutil.ignore_patterns(*write.IGNORED))
    expected = pipeline.render_all(pipeline.Paths(output=output), pipeline.Run())
    client = output / "python" / "callapi" / "_client.py"

    # a file edited by hand no longer matches its recorded hash: it is rendered, never taken
    client.write_text(client.read_text("utf-8").replace("class Client", "class Klient", 1), "utf-8")
    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache-2")
    run = pipeline.check(pipeline.Paths(output=output))
    assert run.differences == ["changed: generated/python/callapi/_client.py"]
    assert run.files == expected

    # a record made by other formatter versions is not trusted, even with every file intact
    shutil.rmtree(output)
    shutil.copytree(ROOT / "generated", output, ignore=shutil.ignore_patterns(*write.IGNORED))
    marker = output / write.MARKER
    marker.write_text(marker.read_text("utf-8").replace("black=", "black=0.0.0-"), "utf-8")
    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache-3")
    run = pipeline.check(pipeline.Paths(output=output))
    assert "read committed" not in run.timings and run.timings.get("format", 0) > 0
    assert run.files == expected
    assert run.differences == ["changed: generated/.generated"]

    # a marker left by a merge (two inputs lines, a file listed twice) is no record at all
    text = (ROOT / "generated" / write.MARKER).read_text("utf-8")
    assert record.parse(text) is not None
    inputs = next(line for line in text.splitlines() if line.startswith("inputs "))
    assert record.parse(text.replace(inputs, f"{inputs}\n{inputs}x")) is None
    first_file = text.splitlines()[2]
    assert record.parse(text + first_file + "\n") is None


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


def test_spec_files_read_from_the_cache_are_what_parsing_gives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A spec file parsed before comes from .cache/ (data and every position), a damaged entry is
    parsed again, and a file with a mistake is never stored: it is reported on every run."""
    from generator import cache, loader
    from generator.errors import SpecErrors

    def load(spec: Path) -> list[tuple[object, ...]]:
        loader._checked.cache_clear()  # the in-process memo would hide the store
        raw = loader.load_spec(spec)
        files = [raw.api, raw.errors, raw.call_states, *raw.methods, *raw.catalogues]
        return [(f.name, f.data, f.values, f.keys) for f in files]

    monkeypatch.setattr(cache, "_DIR", tmp_path / "cache")
    monkeypatch.setenv("CALLAPI_GENERATOR_CACHE", "0")
    parsed = load(ROOT / "spec")
    monkeypatch.delenv("CALLAPI_GENERATOR_CACHE")
    assert load(ROOT / "spec") == parsed  # stores every file
    entries = sorted((tmp_path / "cache").rglob("*"))
    assert len([e for e in entries if e.is_file()]) == len(parsed)
    assert load(ROOT / "spec") == parsed  # reads them
    damaged = next(e for e in entries if e.is_file())
    damaged.write_text('{"data": 1', "utf-8")
    assert load(ROOT / "spec") == parsed

    spec = _edited_spec(tmp_path)
    hold = spec / "methods" / "hold.call.yaml"
    hold.write_text(hold.read_text("utf-8").replace("summary:", "summery:", 1), "utf-8")
    for _ in range(2):
        loader._checked.cache_clear()
        with pytest.raises(SpecErrors, match="summery"):
            loader.load_spec(spec)
