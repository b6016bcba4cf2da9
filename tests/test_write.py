"""Outputs are written atomically: killed, interrupted, out of disk or racing, a render leaves
every file either as it was or whole and new, and no temporary file behind."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from resume.errors import UserError
from resume.write import Interrupted, remove_stale_temporaries, write_all, write_atomic
from tests.conftest import DEFAULT_SOURCE, ROOT

OLD = {"Aaron_Wu_Resume.pdf": b"old resume", "index.html": b"old page"}


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.tmp")]


def test_replaces_files_and_keeps_their_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "first")
    assert target.read_text() == "first"
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o600)
    write_all({target: b"second", tmp_path / "out" / "sub" / "b.txt": "new"})
    assert target.read_bytes() == b"second"
    assert target.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "out" / "sub" / "b.txt").read_text() == "new"
    assert temporaries(tmp_path) == []


def test_a_link_in_the_output_folder_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "index.html").symlink_to(victim)
    write_atomic(tmp_path / "out" / "index.html", "page")
    assert victim.read_text() == "precious"
    assert (tmp_path / "out" / "index.html").read_text() == "page"


def test_a_full_disk_leaves_every_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, content in OLD.items():
        (tmp_path / name).write_bytes(content)
    real_fsync = os.fsync
    calls = []

    def fsync_then_full(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 2:  # the second file does not fit
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync_then_full)
    with pytest.raises(UserError, match="No space left on device; the previous outputs are"):
        write_all({tmp_path / name: b"new " + content for name, content in OLD.items()})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == OLD


def test_writing_into_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(UserError, match="it is a file, not a folder"):
        write_atomic(tmp_path / "out" / "index.html", "page")


def test_stale_temporaries_of_dead_renders_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(dead.stdout)
    # A render still running: a process of the test's own, so that nothing (a mutant of the
    # liveness probe, say) can signal the test runner itself.
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        stale = tmp_path / f".index.html.{dead_pid}.abc123.tmp"
        live = tmp_path / f".index.html.{running.pid}.def456.tmp"
        unrelated = tmp_path / ".notes.tmp"
        for path in (stale, live, unrelated):
            path.write_text("x")
        try:
            assert remove_stale_temporaries(tmp_path) == [stale]
        finally:
            running.kill()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, unrelated.name])


WRITER = """
import os, signal, sys, time
from pathlib import Path
from resume.write import write_all
# As a shell starts a command: no signal blocked, Ctrl-C raising KeyboardInterrupt.
signal.pthread_sigmask(signal.SIG_SETMASK, [])
signal.signal(signal.SIGINT, signal.default_int_handler)
real_fsync = os.fsync
def slow_fsync(descriptor):
    print("writing", flush=True)
    time.sleep(30)
os.fsync = slow_fsync
out = Path(sys.argv[1])
write_all({out / "Aaron_Wu_Resume.pdf": b"new resume", out / "index.html": b"new page"})
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_write_leaves_the_previous_files(tmp_path: Path, signum: int) -> None:
    for name, content in OLD.items():
        (tmp_path / name).write_bytes(content)
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as writer:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "writing\n"
        writer.send_signal(signum)
        assert writer.wait(timeout=60) != 0
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == OLD


def render_command(out: Path, *only: str) -> list[str]:
    command = [sys.executable, "-m", "resume", "render", str(DEFAULT_SOURCE), "--out", str(out)]
    return command + (["--only", ",".join(only)] if only else [])


def complete_pdf(data: bytes) -> bool:
    if not data.rstrip().endswith(b"%%EOF"):
        return False
    reader = pypdf.PdfReader(__import__("io").BytesIO(data), strict=True)
    return len(reader.pages) >= 1 and "Aaron Wu" in reader.pages[0].extract_text()


def test_sigkill_midway_leaves_old_or_whole_new_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rng = random.Random(8)
    outcomes = set()
    for _ in range(8):
        out.mkdir(exist_ok=True)
        for name, content in OLD.items():
            (out / name).write_bytes(content)
        render = subprocess.Popen(
            render_command(out, "resume", "html"), cwd=ROOT, stdout=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 2.5))
        render.send_signal(signal.SIGKILL)
        render.wait()
        resume = (out / "Aaron_Wu_Resume.pdf").read_bytes()
        page = (out / "index.html").read_bytes()
        assert resume == OLD["Aaron_Wu_Resume.pdf"] or complete_pdf(resume)
        assert page == OLD["index.html"] or page.rstrip().endswith(b"</html>")
        outcomes.add((resume == OLD["Aaron_Wu_Resume.pdf"], page == OLD["index.html"]))
    assert (True, True) in outcomes  # some renders were killed before writing anything
    finished = subprocess.run(
        [*render_command(out, "resume", "html"), "--strict"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert finished.returncode == 0, finished.stderr  # the built-in theme gives no warning
    assert temporaries(out) == []  # what the killed renders left is cleaned up


def test_eight_renders_at_once_into_one_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    renders = [
        subprocess.Popen(
            render_command(out), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(8)
    ]
    for render in renders:
        _stdout, stderr = render.communicate(timeout=300)
        assert render.returncode == 0, stderr
    for name in ("Aaron_Wu_Resume.pdf", "Aaron_Wu_Portfolio.pdf"):
        assert complete_pdf((out / name).read_bytes())
    assert (out / "index.html").read_bytes().rstrip().endswith(b"</html>")
    assert temporaries(out) == []


# A write of three files whose `os.replace` number AT sends the process SIGNUM first: the signal
# lands exactly in the window between renames, in a process of its own, as a user's would.
AT_A_RENAME = """
import os, signal, sys
from pathlib import Path
from resume import write
signal.pthread_sigmask(signal.SIG_SETMASK, [])
signal.signal(signal.SIGINT, signal.default_int_handler)
out, at, signum = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
real_replace, calls = os.replace, []
def replace(source, target):
    calls.append(target)
    if len(calls) == at:
        os.kill(os.getpid(), signum)
    real_replace(source, target)
write.os.replace = replace
write.write_all({out / name: b"new " + name.encode() for name in sys.argv[4:]})
"""
BATCH = ("Aaron_Wu_Resume.pdf", "Aaron_Wu_Portfolio.pdf", "index.html")


def write_stopped_at(out: Path, rename: int, signum: int) -> subprocess.CompletedProcess[str]:
    """The batch written over its previous files, stopped at rename number `rename`."""
    batch_over_old_files(out)
    command = [sys.executable, "-c", AT_A_RENAME, str(out), str(rename), str(signum), *BATCH]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def states(out: Path) -> dict[str, str]:
    """Each file of the batch: old, new, or something else (half of one)."""
    found = {name: (out / name).read_bytes() for name in BATCH}
    return {name: data.split(b" ", 1)[0].decode() for name, data in found.items()}


@pytest.mark.parametrize("rename", [1, 2, 3])
@pytest.mark.parametrize(
    "signum",
    [signal.SIGINT, signal.SIGTERM, signal.SIGHUP],
    ids=lambda signum: signal.Signals(signum).name,
)
def test_a_signal_at_any_rename_waits_until_the_whole_batch_is_new(
    tmp_path: Path, signum: int, rename: int
) -> None:
    """Ctrl-C, SIGTERM and SIGHUP are held back while the renames run: the batch finishes, then
    the signal stops the process."""
    done = write_stopped_at(tmp_path / "out", rename, signum)
    assert done.returncode != 0, "the signal must still stop the render, after the renames"
    assert set(states(tmp_path / "out").values()) == {"new"}, done.stderr
    assert temporaries(tmp_path) == []


def test_sigkill_at_a_rename_leaves_each_file_whole_and_the_next_write_cleans_up(
    tmp_path: Path,
) -> None:
    """SIGKILL cannot be held: each file is still old or whole and new, never half of one."""
    out = tmp_path / "out"
    done = write_stopped_at(out, 2, signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    assert states(out) == {BATCH[0]: "new", BATCH[1]: "old", BATCH[2]: "old"}
    assert len(temporaries(out)) == 2  # the two not moved yet, removed by the next write
    write_all({out / "index.html": b"next"})
    assert temporaries(out) == []


def batch_over_old_files(out: Path) -> dict[Path, bytes]:
    """The batch's previous files in `out`, and the new contents to write over them."""
    out.mkdir(exist_ok=True)
    for name in BATCH:
        (out / name).write_bytes(b"old " + name.encode())
    return {out / name: b"new " + name.encode() for name in BATCH}


def stop_at_rename(monkeypatch: pytest.MonkeyPatch, rename: int, stop: Callable[[], None]) -> None:
    """`stop()` runs in place of (or before) the batch's rename number `rename`."""
    real_replace, calls = os.replace, []

    def replace(source: str, target: Path) -> None:
        calls.append(target)
        if len(calls) == rename:
            stop()
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)


def fail_with_eio() -> None:
    raise OSError(errno.EIO, os.strerror(errno.EIO), "temporary")


def test_a_failing_first_rename_leaves_every_previous_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = batch_over_old_files(tmp_path / "out")
    stop_at_rename(monkeypatch, 1, fail_with_eio)
    with pytest.raises(UserError) as raised:
        write_all(files)
    assert set(states(tmp_path / "out").values()) == {"old"}
    assert str(raised.value) == (
        f"cannot write {tmp_path / 'out' / BATCH[0]}: Input/output error; "
        "the previous outputs are unchanged"
    )
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("rename", [2, 3])
def test_a_failing_later_rename_says_which_outputs_are_new_and_which_are_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rename: int
) -> None:
    """A rename that fails after others cannot be undone: the message must not claim that the
    previous outputs are unchanged, and names the files as they are."""
    files = batch_over_old_files(tmp_path / "out")
    stop_at_rename(monkeypatch, rename, fail_with_eio)
    with pytest.raises(UserError) as raised:
        write_all(files)
    found = states(tmp_path / "out")
    new = [name for name in BATCH if found[name] == "new"]
    old = [name for name in BATCH if found[name] == "old"]
    assert len(new) == rename - 1 and len(new) + len(old) == len(BATCH)
    assert str(raised.value) == (
        f"cannot write {tmp_path / 'out' / BATCH[rename - 1]}: Input/output error; "
        "only some outputs were replaced, so they do not match each other: "
        f"new: {', '.join(new)}; previous: {', '.join(old)}. Render again once it is fixed"
    )
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("rename", [1, 2, 3])
def test_sigterm_at_a_rename_in_this_process_waits_for_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rename: int
) -> None:
    """The same promise in the test's own process, which has other threads (pytest-xdist's, as a
    render may have a process pool's): a signal delivered to one of them must wait too. Mutation
    testing, which follows the calls of this process only, sees this one."""
    files = batch_over_old_files(tmp_path / "out")
    stop_at_rename(monkeypatch, rename, lambda: os.kill(os.getpid(), signal.SIGTERM))
    with pytest.raises(Interrupted, match="stopped by SIGTERM"):
        write_all(files)
    assert set(states(tmp_path / "out").values()) == {"new"}
    assert temporaries(tmp_path) == []
