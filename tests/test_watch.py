"""`resume render --watch`, driven as a person would: edit, break, fix, and read the PDF."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pypdf
import pytest

SOURCE = """\
basics:
  name: Ada Example
  headline: {headline}
work:
  - name: Example Works
    position: Engineer
    startDate: 2020-01
render:
  theme: ../mytheme
"""
WATCH = ("--only", "resume", "--watch")
TIMEOUT = 60  # seconds for one rebuild on a busy machine


class Session:
    """A running `resume render --watch` whose output lines arrive on queues."""

    def __init__(self, source: Path, out: Path, temporary: Path) -> None:
        self.temporary = temporary  # its TMPDIR
        self.process = subprocess.Popen(
            [sys.executable, "-m", "resume", "render", str(source), "--out", str(out), *WATCH],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "TMPDIR": str(temporary)},
        )
        self.stdout: queue.Queue[str] = queue.Queue()
        self.stderr: queue.Queue[str] = queue.Queue()
        self.readers = [
            threading.Thread(target=self._read, args=(stream, lines), daemon=True)
            for stream, lines in (
                (self.process.stdout, self.stdout),
                (self.process.stderr, self.stderr),
            )
        ]
        for reader in self.readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str] | None, lines: queue.Queue[str]) -> None:
        assert stream is not None
        for line in stream:
            lines.put(line.rstrip("\n"))

    def wait_for(self, lines: queue.Queue[str], start: str) -> list[str]:
        """Every line up to and including the first that starts with `start`."""
        seen: list[str] = []
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=0.5))
            except queue.Empty:
                assert self.process.poll() is None, f"watch stopped: {seen}"
                continue
            if seen[-1].startswith(start):
                return seen
        rest = [*self.stdout.queue, *self.stderr.queue]
        raise AssertionError(f"no line starting {start!r} within {TIMEOUT} s: {seen}, {rest}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        for reader in self.readers:
            reader.join(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream:
                stream.close()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[Session, Path, Path]]:
    # The outputs go inside the watched folder: writing them must not count as a change.
    # The theme is a folder outside it, named by the source: it is watched too.
    source = tmp_path / "cv" / "resume.yaml"
    source.parent.mkdir()
    source.write_text(SOURCE.format(headline="First headline"), encoding="utf-8")
    theme = tmp_path / "mytheme"
    theme.mkdir()
    (theme / "theme.yaml").write_text("name: mine\nextends: compact\n", encoding="utf-8")
    (theme / "theme.css").write_text("h1 { color: #000000; }\n", encoding="utf-8")
    out = source.parent / "out"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    running = Session(source, out, temporary)
    try:
        yield running, source, out / "Ada_Example_Resume.pdf"
    finally:
        running.stop()


def text_of(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def test_edit_break_and_fix_the_source_while_watching(
    session: tuple[Session, Path, Path],
) -> None:
    watch, source, pdf = session
    first = watch.wait_for(watch.stdout, "watching for changes")
    assert first[0].startswith(f"wrote {pdf} (") and re.search(
        r"s, 1 page(; fitted: .*)?\)$", first[0]
    )
    assert "First headline" in text_of(pdf)

    (source.parent / "render.log").write_text("a log the user keeps beside the source\n")
    source.write_text(SOURCE.format(headline="Second headline"), encoding="utf-8")
    edited = watch.wait_for(watch.stdout, "watching for changes")
    # Only the edit counts: neither the PDF written into the watched folder nor another
    # file beside the source triggered a rebuild.
    assert edited[0] == "changed: resume.yaml"
    assert edited[1].startswith(f"wrote {pdf} (")
    assert "Second headline" in text_of(pdf)

    before = pdf.read_bytes()
    (pdf.parent.parent.parent / "mytheme" / "theme.css").write_text(
        "h1 { color: #aa0000 !important; }\n"
    )
    restyled = watch.wait_for(watch.stdout, "watching for changes")
    assert restyled[0] == "changed: theme.css"
    assert pdf.read_bytes() != before
    good = pdf.read_bytes()

    source.write_text(SOURCE.format(headline="[unclosed"), encoding="utf-8")
    errors = watch.wait_for(watch.stderr, f"{source}:")
    assert re.match(rf"{re.escape(str(source))}:\d+:\d+: .*']'", errors[-1])
    watch.wait_for(watch.stdout, "watching for changes")
    assert pdf.read_bytes() == good

    source.write_text(SOURCE.format(headline="Fixed headline"), encoding="utf-8")
    fixed = watch.wait_for(watch.stdout, "watching for changes")
    assert any(line.startswith(f"wrote {pdf} (") for line in fixed)
    assert "Fixed headline" in text_of(pdf)
    assert watch.process.poll() is None  # still watching


def test_sigterm_stops_watching_as_ctrl_c_does_and_leaves_no_fonts_behind(
    session: tuple[Session, Path, Path],
) -> None:
    watch, _, _ = session
    watch.wait_for(watch.stdout, "watching for changes")
    watch.stop()  # SIGTERM, as `kill` or a process manager sends
    assert watch.process.returncode == 0
    assert list(watch.stdout.queue) == ["stopped watching"]
    assert list(watch.temporary.iterdir()) == []  # the fonts its render copied there


def test_a_theme_folder_on_the_command_line_is_watched_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--theme ./my-theme` is relative to where the command runs, for the render and the
    watcher alike: the watcher once looked beside the source and never saw the theme change."""
    from resume.build import RenderOptions
    from resume.plan import resolve_theme
    from resume.watch import counts, watched_folders

    theme = tmp_path / "work" / "my-theme"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: mine\nextends: classic\n", encoding="utf-8")
    source = tmp_path / "cv" / "resume.yaml"
    source.parent.mkdir()
    source.write_text(SOURCE.format(headline="Engineer").replace("  theme: ../mytheme\n", ""))
    (source.parent / "my-theme").mkdir()  # a folder of the same name beside the source: a decoy
    monkeypatch.chdir(tmp_path / "work")
    options = RenderOptions(source=source, theme="./my-theme")
    assert resolve_theme(options, None).folders[0] == theme.resolve()
    folders = watched_folders(options)
    assert theme.resolve() in folders
    assert (source.parent / "my-theme").resolve() not in folders
    (source.parent / "letters").mkdir()
    assert (source.parent / "letters").resolve() in watched_folders(options)
    assert counts((source.parent / "letters" / "acme.md").resolve(), options)
