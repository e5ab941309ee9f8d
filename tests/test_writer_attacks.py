"""The writer under attack: SIGKILLs at every stage, concurrent runs, hostile --output folders.

After any kill the next run must succeed by itself, leave no debris beside the output and
a tree that is exactly one of the complete trees (never a mix). Figures are printed at the end.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from random import Random

import pytest

from generator import cli, pipeline, write
from tests.conftest import ROOT

SEED = 1202

# Runs replace_tree in a child that SIGKILLs itself at its N-th filesystem operation (0: never),
# and prints the operations it made, so every stage (staging, swap, cleanup) can be cut exactly.
CHILD = r"""
import io, json, os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from generator import write

root, files, kill_at = Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text()), int(sys.argv[4])
made = []

def counted(name, real):
    def operation(*args, **kwargs):
        made.append(name)
        if len(made) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return operation

for name in ("mkdir", "rename", "unlink", "rmdir", "chmod"):
    setattr(os, name, counted(name, getattr(os, name)))
io.open = counted("write", io.open)
write.replace_tree(root, files)
sys.stdout.write(json.dumps(made))
"""


def tree(tag: str, count: int = 60) -> dict[str, str]:
    return {f"d{i % 5}/{tag}{i}.txt" if i % 3 else f"d{i % 5}/f{i}.txt": f"{tag} {i}\n" * 10 for i in range(count)}


def contents(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*") if p.is_file() and p.name != write.MARKER}


def run_child(root: Path, files_json: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(root), str(files_json), str(kill_at)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_sigkill_at_every_stage_is_recovered_by_the_next_run(tmp_path: Path, figures: list[str]) -> None:
    parent = tmp_path / "repo"
    parent.mkdir()
    root = parent / "generated"
    a, b = tree("a"), tree("b")
    (tmp_path / "b.json").write_text(json.dumps(b))
    write.replace_tree(root, a)
    root.chmod(0o751)
    done = run_child(root, tmp_path / "b.json", 0)
    assert done.returncode == 0, done.stderr
    operations = json.loads(done.stdout)
    swap = [i + 1 for i, name in enumerate(operations) if name == "rename"]
    assert len(swap) == 2, operations  # old tree out, new tree in
    rng = Random(SEED)
    cleanup = list(range(swap[1] + 1, len(operations) + 1))
    kill_points = sorted(
        set(rng.sample(range(1, swap[0]), 28)) | set(swap) | {swap[0] + 1} | set(rng.sample(cleanup, min(15, len(cleanup)))) | {1}
    )
    killed = mixed = failed_recoveries = 0
    stages = {"staging": 0, "swap": 0, "cleanup after the swap": 0}
    for kill_at in kill_points:
        write.replace_tree(root, a)  # known starting point: tree a, mode 0751
        done = run_child(root, tmp_path / "b.json", kill_at)
        assert done.returncode == -signal.SIGKILL, (kill_at, done.returncode, done.stderr)
        killed += 1
        stages["staging" if kill_at < swap[0] else "swap" if kill_at <= swap[1] else "cleanup after the swap"] += 1
        if root.exists() and contents(root) not in (a, b):
            mixed += 1
        follow_up = rng.choice([a, b])
        if rng.random() < 0.3:
            assert write.diff_tree(root, follow_up) is not None  # `check` recovers too
        write.replace_tree(root, follow_up)
        if sorted(p.name for p in parent.iterdir()) != ["generated"] or contents(root) != follow_up:
            failed_recoveries += 1
        assert sorted(p.name for p in parent.iterdir()) == ["generated"], (kill_at, sorted(parent.iterdir()))
        assert contents(root) == follow_up, kill_at
        assert root.stat().st_mode & 0o777 == 0o751, kill_at
    figures.append(
        f"SIGKILL at the writer's N-th filesystem operation (python3 -m pytest tests/test_writer_attacks.py): {killed} kills "
        f"({', '.join(f'{n} in {stage}' for stage, n in stages.items())}) of {len(operations)} operations; "
        f"{killed - failed_recoveries} recovered, {failed_recoveries} failed; mixed trees seen: {mixed}"
    )
    assert killed >= 40 and stages["cleanup after the swap"] >= 10 and mixed == 0


def _disturb(output: Path, rng: Random) -> None:
    files = sorted(p for p in output.rglob("*") if p.is_file() and p.name != write.MARKER)
    victim = rng.choice(files)
    if rng.random() < 0.5:
        victim.unlink()
    else:
        victim.write_text("edited by hand\n")


def _generate(output: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["generate", "--output", str(output)])
    return code, err.getvalue()


def test_sigkill_of_the_command_at_random_moments(tmp_path: Path, figures: list[str]) -> None:
    parent = tmp_path / "repo"
    output = parent / "generated"
    assert _generate(output)[0] == 0  # warm render cache: a run is mostly start-up and the write
    command = [sys.executable, "-m", "generator", "generate", "--output", str(output)]
    rng = Random(SEED)
    _disturb(output, rng)
    start = time.monotonic()
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    duration = time.monotonic() - start
    kills = mid_write = 0
    for _ in range(15):
        _disturb(output, rng)
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.1) * duration)  # where it lands is random; what follows is checked
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += child.returncode == -signal.SIGKILL
        mid_write += write.work_folder(output).exists()
        code, messages = _generate(output)
        assert code == 0 and "Traceback" not in messages, messages
        assert sorted(p.name for p in parent.iterdir()) == ["generated"]
        assert pipeline.check(pipeline.Paths(output=output)).differences == []
    figures.append(
        f"SIGKILL of `python -m generator generate` at random moments: {kills} kills ({mid_write} while a work folder existed), "
        "each followed by a run that succeeded with no debris and a tree `check` accepts"
    )


def test_concurrent_runs_take_turns(tmp_path: Path, figures: list[str]) -> None:
    parent = tmp_path / "repo"
    output = parent / "generated"
    assert _generate(output)[0] == 0
    rng = Random(SEED)
    runs = waited = 0
    for _ in range(2):
        _disturb(output, rng)
        children = [
            subprocess.Popen(
                [sys.executable, "-m", "generator", "generate" if i % 5 else "check", "--output", str(output)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(10)
        ]
        for i, child in enumerate(children):
            _, err = child.communicate()
            runs += 1
            lines = [line for line in err.splitlines() if not line.startswith("another generator run is writing beside")]
            waited += len(err.splitlines()) - len(lines)
            assert "Traceback" not in err, err
            if i % 5:
                assert child.returncode == 0 and lines == [], err
            else:  # a check may see the tree before or after the generate that fixes it
                assert child.returncode in (0, 1) and "Traceback" not in err
        assert sorted(p.name for p in parent.iterdir()) == ["generated"]
        assert pipeline.check(pipeline.Paths(output=output)).differences == []
    figures.append(
        f"concurrent runs: {runs} processes in 2 rounds of 10 (8 generate + 2 check each); 0 tracebacks; {waited} said they waited"
    )


def test_a_second_run_waits_and_says_so_in_one_line(tmp_path: Path) -> None:
    import fcntl

    parent = tmp_path / "repo"
    output = parent / "generated"
    assert _generate(output)[0] == 0
    (output / "python" / "README.md").write_text("stale\n")
    holder = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as a running generate holds it
    child = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--output", str(output)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([child.stderr], [], [], 120)  # only a guard against hanging forever
        assert ready, "the second run neither waited visibly nor finished"
        assert child.stderr is not None
        assert child.stderr.readline() == f"another generator run is writing beside {output}; waiting for it to finish\n"
        assert child.poll() is None  # still waiting
        assert (output / "python" / "README.md").read_text() == "stale\n"
    finally:
        os.close(holder)
    _, err = child.communicate()
    assert child.returncode == 0 and err == "", err
    assert pipeline.check(pipeline.Paths(output=output)).differences == []


def _cli(argv: list[str]) -> tuple[int, list[str]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    return code, err.getvalue().splitlines()


def test_root_and_current_folder_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cli(["generate", "--output", "/"]) == (
        2,
        ["refusing to write into /: the output must be a folder below /, not the root itself"],
    )
    monkeypatch.chdir(tmp_path)
    for output in (".", str(tmp_path), ".."):
        code, lines = _cli(["generate", "--output", output])
        assert (code, len(lines)) == (2, 1) and "it holds the current folder" in lines[0], lines
    assert list(tmp_path.iterdir()) == []


def test_a_symlinked_output_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "out"
    real.parent.mkdir()
    link = tmp_path / "generated"
    link.symlink_to(real, target_is_directory=True)
    files = tree("a", 10)
    assert write.replace_tree(link, files) == 10
    assert link.is_symlink() and contents(real) == files
    (real / "d1" / "a1.txt").write_text("edited\n")
    assert write.diff_tree(link, files) == ["changed: out/d1/a1.txt"]
    assert write.replace_tree(link, tree("b", 10)) > 0
    assert link.is_symlink() and contents(link) == tree("b", 10)
    assert write.replace_tree(link, tree("b", 10)) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "generated"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["out"]


def test_the_output_folder_keeps_its_mode(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    write.replace_tree(output, tree("a", 5))
    output.chmod(0o755)
    write.replace_tree(output, tree("b", 5))
    assert output.stat().st_mode & 0o777 == 0o755
    output.chmod(0o700)
    write.replace_tree(output, tree("a", 5))
    assert output.stat().st_mode & 0o777 == 0o700


def test_special_files_in_the_output_are_never_read(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    files = tree("a", 5)
    write.replace_tree(output, files)
    os.mkfifo(output / "d0" / "pipe")
    (output / "d1" / "zero").symlink_to("/dev/zero")
    assert write.diff_tree(output, files) == ["stale:   generated/d0/pipe", "stale:   generated/d1/zero"]
    assert write.replace_tree(output, files) == 2
    assert contents(output) == files and not (output / "d0" / "pipe").exists()


def test_leftovers_of_earlier_versions_are_cleaned(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    write.replace_tree(output, tree("a", 5))
    staging = tmp_path / ".generated.ab12cd34"  # what a kill while staging used to leave
    staging.mkdir()
    (staging / write.MARKER).write_text("x")
    foreign = tmp_path / ".generated.notours1"
    foreign.mkdir()
    assert write.diff_tree(output, tree("a", 5)) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated.notours1", "generated"]
