"""Every render has a time limit and a memory cap; both are lifted when it ends, and writing the
outputs is never interrupted by the clock."""

from __future__ import annotations

import resource
import signal
import sys
import time

import pytest

from resume.errors import UserError
from resume.limits import MEMORY_HEADROOM, RenderTimeout, bounded


def busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_render_past_its_time_is_stopped_and_the_limits_are_lifted() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    limit = resource.getrlimit(resource.RLIMIT_AS)
    started = time.monotonic()
    expected = r"longer than 0\.3 s, its time limit \(--timeout\)"
    with pytest.raises(RenderTimeout, match=expected), bounded(0.3):
        busy(5)
    # Stopped long before the work's end, with room for a machine busy with other renders
    # (the time limit's figures are measured in `make bench`, not here).
    assert time.monotonic() - started < 4
    assert signal.getsignal(signal.SIGALRM) == handler
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert resource.getrlimit(resource.RLIMIT_AS) == limit


def test_the_clock_stops_while_outputs_are_written() -> None:
    """Paused longer than the whole limit, then well within what is left of it: a busy machine
    has a second of margin."""
    with bounded(1.0) as budget:
        with budget.paused():
            busy(1.2)  # writing, which the clock does not count
        busy(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_a_render_that_takes_too_much_memory_is_an_error() -> None:
    with pytest.raises(UserError, match=r"more than 2 GiB of memory, its limit"), bounded(0):
        bytearray(MEMORY_HEADROOM + 1024**3)
    bytearray(64 * 1024**2)  # lifted afterwards
