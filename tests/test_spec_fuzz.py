"""A spec fuzzer: seeded mutations of a copy of spec/, in every family an attacker would try.

Each case must end in exit 0, or exit 2 with every message located (file:line:col; a file-level
message only for special or oversized files): never a traceback, never a hang, and an invalid
spec never touches the output folder. Cases are reproducible: case N uses ``Random(SEED + N)``.
The figures (cases tried / held / failed, by family) are printed at the end of the run.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import socket
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from random import Random

from generator import cli, write
from tests.conftest import ROOT

SEED = 20261202
CASES_PER_FAMILY = 40
HANG_GUARD_SECONDS = 60  # a case runs in well under a second; this only turns a hang into a failure
LOCATED = re.compile(r"^[^:\s]+:[1-9]\d*:[1-9]\d*: \S")
FILE_LEVEL = re.compile(r"^[^:\s]+: \S")
SUMMARY = re.compile(r"^\d+ mistake\(s\); nothing was written$")

Mutation = Callable[[bytes, Random], bytes]

# -- content mutations -------------------------------------------------------------------------

ODD_VALUES = [
    "123",
    "-1.5",
    "true",
    "null",
    "~",
    "[]",
    "{}",
    "[1, [2]]",
    "{a: 1}",
    "2024-01-01",
    "2024-01-01 10:00:00",
    "2024-13-45",
    "!!binary aGVsbG8=",
    ".nan",
    "-.inf",
    "1e999",
    "0x1F",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!foo bar",
    "!!python/object:os.system x",
    "!!int x",
    "!!bool maybe",
    "!!str [1]",
    '"quoted"',
    "'single'",
    "|\n  block",
    "*nowhere",
    "&anchor value",
    "? complex",
    "%",
    "@reserved",
    "`tick",
    "1" * 5000,
    '"\\x00"',
    '"\\uD800"',
    "'\\u0000'",
    "<<: {a: 1}",
    "=",
    "!!null x",
    "0o17",
    "+12_345",
]
VALUE_LINE = re.compile(rb"^(\s*(?:- )?[\w.]+:) (.+)$", re.MULTILINE)


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [b"\n"]


def byte_flips(data: bytes, rng: Random) -> bytes:
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return bytes(flipped)


def deleted_lines(data: bytes, rng: Random) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    del lines[start : start + rng.randint(1, 4)]
    return b"".join(lines)


def duplicated_lines(data: bytes, rng: Random) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    block = lines[start : start + rng.randint(1, 5)]
    lines[start:start] = block
    return b"".join(lines)


def indentation(data: bytes, rng: Random) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    line = lines[i]
    choice = rng.randrange(4)
    if choice == 0:
        lines[i] = b" " * rng.randint(1, 3) + line
    elif choice == 1:
        lines[i] = line[min(len(line) - len(line.lstrip(b" ")), rng.randint(1, 2)) :]
    elif choice == 2:
        lines[i] = b"\t" + line.lstrip(b" ")
    else:  # shift a whole block
        for j in range(i, min(len(lines), i + rng.randint(2, 8))):
            lines[j] = b"  " + lines[j]
    return b"".join(lines)


def _replace_value(data: bytes, rng: Random, value: bytes) -> bytes:
    matches = list(VALUE_LINE.finditer(data))
    if not matches:
        return data + b"\nextra: " + value + b"\n"
    match = rng.choice(matches)
    return data[: match.start(2)] + value + data[match.end(2) :]


def type_changes(data: bytes, rng: Random) -> bytes:
    return _replace_value(data, rng, rng.choice(ODD_VALUES).encode())


def huge_values(data: bytes, rng: Random) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        value = b"x" * rng.choice([10_000, 300_000])
    elif choice == 1:
        value = b"[" + b", ".join(b"%d" % i for i in range(rng.choice([2_000, 60_000]))) + b"]"
    elif choice == 2:
        value = b"{" + b", ".join(b"k%d: %d" % (i, i) for i in range(20_000)) + b"}"
    elif choice == 3:
        value = b'"' + b"y" * 1_100_000 + b'"'  # past the document size bound
    else:
        value = b"9" * rng.choice([4_000, 50_000])
    return _replace_value(data, rng, value)


def deep_values(data: bytes, rng: Random) -> bytes:
    depth = rng.choice([30, 41, 60, 500, 5_000, 100_000])
    choice = rng.randrange(3)
    if choice == 0:
        value = b"[" * depth + b"]" * depth
    elif choice == 1:
        value = b"{a: " * depth + b"1" + b"}" * depth
    else:  # block style: one level per line
        depth = min(depth, 500)
        value = b"\n" + b"".join(b"  " * (level + 1) + b"- \n" for level in range(depth)) + b"  " * (depth + 1) + b"- x"
    return _replace_value(data, rng, value)


def _bomb(levels: int, width: int) -> bytes:
    text = b"lol0: &a0 [" + b", ".join([b'"lol"'] * width) + b"]\n"
    for i in range(1, levels):
        text += b"lol%d: &a%d [" % (i, i) + b", ".join([b"*a%d" % (i - 1)] * width) + b"]\n"
    return text


def _deep_chain(links: int) -> bytes:
    text = b"d0: &d0 " + b"[" * 30 + b"]" * 30 + b"\n"
    for i in range(1, links):
        text += b"d%d: &d%d " % (i, i) + b"[" * 30 + b"*d%d" % (i - 1) + b"]" * 30 + b"\n"
    return text


def aliases(data: bytes, rng: Random) -> bytes:
    choice = rng.randrange(8)
    if choice == 0:
        return _replace_value(data, rng, rng.choice([b"&a [*a]", b"&a {k: *a}", b"&a [1, [2, *a]]"]))
    if choice == 1:
        return _replace_value(data, rng, b"*undefined")
    if choice == 2:
        return data + b"\n" + _bomb(rng.randint(3, 10), rng.randint(5, 12))
    if choice == 3:
        return data + b"\n" + _deep_chain(rng.randint(2, 6))
    if choice == 4:
        return data + b"\nbase: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n"
    if choice == 5:
        return data + b"\nkey: &k name\n*k : value\n"
    if choice == 6:
        return _replace_value(data, rng, b"&s shared") + b"\n" + b"".join(b"r%d: *s\n" % i for i in range(2_000))
    return (
        data + b"\n" + b"".join(b"a%d: &x%d [*x%d, *x%d]\n" % (i, i, i - 1, i - 1) if i else b"a0: &x0 [1]\n" for i in range(40))
    )


BAD_BYTES = [
    b"\x00",
    b"\x01",
    b"\x08",
    b"\x1b",
    b"\x7f",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xef\xbf\xbe",
    b"\xef\xbb\xbf",
    b"\xf4\x90\x80\x80",
    b"\xc0\xaf",
    b"\r",
    b"\xe2\x80\xa8",
    b"\xc2\x85",
]


def bad_encodings(data: bytes, rng: Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        return data.decode("utf-8").encode("utf-16")
    if choice == 1:
        return data.decode("utf-8").encode("latin-1", "replace") + "\nnote: caf\u00e9\n".encode("latin-1")
    at = rng.randrange(len(data))
    return data[:at] + rng.choice(BAD_BYTES) * rng.randint(1, 3) + data[at:]


DOCUMENTS = [
    b"",
    b"---\n",
    b"null\n",
    b"~\n",
    b"--- a\n--- b\n",
    b"- 1\n- 2\n",
    b"just a string\n",
    b"...\n",
    b"---\n...\n",
    b"# only a comment\n",
    b"\n\n\n",
    b"123\n",
    b"[]\n",
    b"{}\n",
    b"%YAML 2.0\n---\na: 1\n",
    b"%TAG ! tag:x,2000:\n---\n!a {}\n",
]


def documents(data: bytes, rng: Random) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return rng.choice(DOCUMENTS)
    if choice == 1:
        return data + b"\n---\nsecond: document\n"
    if choice == 2:
        return b"%YAML 1.1\n---\n" + data
    return data[: rng.randrange(len(data))]  # cut short anywhere


def splices(data: bytes, rng: Random, others: list[bytes] | None = None) -> bytes:
    assert others
    donor = _lines(rng.choice(others))
    start = rng.randrange(len(donor))
    chunk = donor[start : start + rng.randint(1, 30)]
    lines = _lines(data)
    at = rng.randrange(len(lines))
    lines[at:at] = chunk
    return b"".join(lines)


CONTENT_FAMILIES: dict[str, Mutation] = {
    "byte flips": byte_flips,
    "deleted lines": deleted_lines,
    "duplicated lines": duplicated_lines,
    "indentation": indentation,
    "type changes": type_changes,
    "huge values": huge_values,
    "deep values": deep_values,
    "aliases": aliases,
    "bad encodings": bad_encodings,
    "documents": documents,
    "splices": splices,  # type: ignore[dict-item]
}
FAMILIES = [*CONTENT_FAMILIES, "special files"]
FILE_LEVEL_FAMILIES = {"special files", "huge values"}


def make_special(path: Path, rng: Random, scratch: Path) -> str:
    """Put something that is not a regular file at ``path``; returns what it is."""
    kind = rng.choice(
        ["folder", "fifo", "link to /dev/zero", "link to /dev/null", "dangling link", "link loop", "socket", "link to a folder"]
    )
    if kind == "folder":
        path.mkdir()
        (path / "inside.yaml").write_text("a: 1\n")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "link to /dev/null":
        path.symlink_to("/dev/null")
    elif kind == "dangling link":
        path.symlink_to(scratch / "nothing-here")
    elif kind == "link loop":
        path.symlink_to(path)
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
    else:
        path.symlink_to(scratch)
    return kind


def _remove(path: Path) -> None:
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Hang()


def _run(argv: list[str]) -> tuple[int, list[str]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    return code, err.getvalue().splitlines()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cases(workdir: str, indices: list[int]) -> list[tuple[int, str, str]]:
    """Run the given cases in a fresh copy of spec/; returns (case, family, problem or '') per case."""
    signal.signal(signal.SIGALRM, _on_alarm)
    work = Path(workdir)
    spec = work / "spec"
    shutil.copytree(ROOT / "spec", spec)
    output = work / "generated"
    output.mkdir()
    (output / write.MARKER).write_text("made by an earlier run\n")
    (output / "keep.txt").write_text("previous output\n")
    before = _snapshot(output)
    files = sorted(p.relative_to(spec).as_posix() for p in spec.rglob("*.yaml"))
    originals = {name: (spec / name).read_bytes() for name in files}
    results = []
    for index in indices:
        rng = Random(SEED + index)
        family = FAMILIES[index % len(FAMILIES)]
        name = rng.choice(files)
        target = spec / name
        problem = ""
        detail = name
        try:
            signal.alarm(HANG_GUARD_SECONDS)
            if family == "special files":
                if rng.random() < 0.5:
                    target = spec / "methods" / "zz.yaml"  # an extra entry beside the real files
                else:
                    target.unlink()
                detail = f"{target.relative_to(spec).as_posix()} as {make_special(target, rng, work)}"
            else:
                mutate = CONTENT_FAMILIES[family]
                data = originals[name]
                mutated = mutate(data, rng, list(originals.values())) if mutate is splices else mutate(data, rng)
                target.write_bytes(mutated)
            code, lines = _run(["validate", "--spec", str(spec)])
            pattern = FILE_LEVEL if family in FILE_LEVEL_FAMILIES else LOCATED
            if code not in (0, 2):
                problem = f"exit {code}: {lines[-3:]}"
            elif code == 2:
                unlocated = [line for line in lines[:-1] if not (LOCATED.match(line) or pattern.match(line))]
                if not lines or not SUMMARY.match(lines[-1]) or unlocated:
                    problem = f"unlocated messages: {unlocated[:3] or lines[-3:]}"
                elif family == "special files" or index % 4 == 0:
                    # an invalid spec never generates and never touches the output (cache or not)
                    again, generate_lines = _run(["generate", "--spec", str(spec), "--output", str(output)])
                    if again != 2 or generate_lines != lines:
                        problem = f"generate disagrees with validate: exit {again}, {generate_lines[-3:]}"
                    elif _snapshot(output) != before or sorted(p.name for p in work.iterdir()) != ["generated", "spec"]:
                        problem = "the output folder changed"
            elif family == "special files":
                problem = "a special file was accepted"
        except _Hang:
            problem = "hang"
        except BaseException:  # noqa: BLE001 - a traceback is exactly what this test looks for
            problem = "traceback: " + traceback.format_exc(limit=-3).replace("\n", " | ")[-600:]
        finally:
            signal.alarm(0)
            _remove(spec / "methods" / "zz.yaml")
            _remove(target)
            target = spec / name
            _remove(target)
            target.write_bytes(originals[name])
        results.append((index, family, f"{problem} [{detail}]" if problem else ""))
    return results


def test_spec_fuzzer(tmp_path: Path, figures: list[str]) -> None:
    total = CASES_PER_FAMILY * len(FAMILIES)
    workers = 2
    chunks = [list(range(i, total, workers)) for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        futures = [pool.submit(run_cases, str(tmp_path / f"w{i}"), chunk) for i, chunk in enumerate(chunks)]
        results = sorted(r for f in futures for r in f.result())
    failed = [(i, family, problem) for i, family, problem in results if problem]
    by_family = Counter(family for _, family, _ in results)
    figures.append(
        f"spec fuzzer (python3 -m pytest tests/test_spec_fuzz.py): {len(results)} cases tried, "
        f"{len(results) - len(failed)} held, {len(failed)} failed; families: "
        + ", ".join(f"{family} {count}" for family, count in sorted(by_family.items()))
    )
    assert len(results) == total
    assert not failed, "\n".join(f"case {i} ({family}): {problem}" for i, family, problem in failed[:20])


def test_invalid_utf8_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    hold = spec / "methods" / "hold.call.yaml"
    hold.write_bytes(hold.read_bytes().replace(b"summary: Put a call", b"summary: Put a \xff\xfecall", 1))
    assert _run(["validate", "--spec", str(spec)]) == (
        2,
        [
            "spec/methods/hold.call.yaml:5:16: not UTF-8: byte 0xff cannot start or continue a character",
            "1 mistake(s); nothing was written",
        ],
    )


def test_special_files_are_refused_by_validate_and_generate_alike(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    output = tmp_path / "generated"
    assert _run(["generate", "--spec", str(spec), "--output", str(output)])[0] == 0  # the warm cache of this spec
    before = _snapshot(output)
    extra = spec / "methods" / "zz.yaml"
    for make, kind in (
        (extra.mkdir, "a folder"),
        (lambda: os.mkfifo(extra), "a FIFO"),
        (lambda: extra.symlink_to("/dev/zero"), "a character device"),
    ):
        make()
        expected = (
            2,
            [f"spec/methods/zz.yaml: {kind}, not a regular file; refusing to read it", "1 mistake(s); nothing was written"],
        )
        assert _run(["validate", "--spec", str(spec)]) == expected
        assert _run(["generate", "--spec", str(spec), "--output", str(output)]) == expected
        assert _snapshot(output) == before
        _remove(extra)
