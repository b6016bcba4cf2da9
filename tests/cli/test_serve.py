"""`resume serve` as a person runs it: Ctrl-C stops it cleanly and frees its port; a second
serve on a port that is taken says so."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.serve.conftest import own_source

SERVE = [sys.executable, "-m", "resume", "serve"]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_in_the_middle_of_a_render_stops_cleanly(
    tmp_path: Path, signum: int
) -> None:
    """Ctrl-C, or SIGTERM as `kill` sends, and the process ends through its clean-up: the fonts
    its render copied into its TMPDIR go too."""
    source = own_source(tmp_path / "source")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = subprocess.Popen(
        [*SERVE, str(source), "--out", str(tmp_path / "out")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # printed as the first render starts
    match = re.fullmatch(r"serving http://127\.0\.0\.1:(\d+)/ \(Ctrl-C stops\)\n", first)
    assert match, first
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert out.strip().endswith("stopped serving")
    with socket.socket() as again:  # the port is free
        again.bind(("127.0.0.1", int(match[1])))
    assert list(temporary.iterdir()) == []


def test_a_taken_port_is_said_to_be_taken(tmp_path: Path) -> None:
    source = own_source(tmp_path / "source")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*SERVE, str(source), "--port", str(port), "--out", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr == f"error: port {port} is taken: choose another with --port\n"
    assert not (tmp_path / "out").exists()  # nothing rendered
