"""How long a render may run and how much memory it may take: a stranger's theme can loop for
ever in a template, or lay out pages without end, and must not hang or swamp the machine.

The time limit is an interval timer (SIGALRM) in the main thread: when it rings, the render
stops where it is with `RenderTimeout`, a user error; Jinja reports it at the theme's line
that was running (see `theme.templating`). It rings again every half second until the render
has stopped, in case something caught the first one. Writing the outputs is never interrupted:
the timer is paused while the files are renamed into place.

The memory limit caps the address space (RLIMIT_AS) at what the process had when the render
started plus `MEMORY_HEADROOM`, where the platform has `resource`; an allocation past it is a
`MemoryError`, reported as a user error. Both are lifted when the render ends.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from resume.errors import UserError

DEFAULT_TIMEOUT = 60.0  # seconds
MEMORY_HEADROOM = 2 * 1024**3  # bytes of address space a render may add: 2 GiB
_AGAIN = 0.5  # seconds between rings once the time is up


class RenderTimeout(UserError):
    """The render ran past its time limit; `at` says where it was stopped, when known."""

    def __init__(self, seconds: float, at: str = "") -> None:
        self.seconds = seconds
        super().__init__(
            f"the render took longer than {seconds:g} s, its time limit (--timeout), and was "
            f"stopped{at}; nothing was written"
        )


class Budget:
    """The time a render has left; `paused()` stops the clock while outputs are written."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.armed = seconds > 0 and _in_main_thread() and hasattr(signal, "setitimer")

    def arm(self) -> None:
        if self.armed:
            left = max(self.deadline - time.monotonic(), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, _AGAIN)

    def disarm(self) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        left = self.deadline - time.monotonic()
        self.disarm()
        try:
            yield
        finally:
            self.deadline = time.monotonic() + left
            self.arm()

    def ring(self, signum: int, frame: FrameType | None) -> None:
        raise RenderTimeout(self.seconds)


@contextlib.contextmanager
def bounded(seconds: float) -> Iterator[Budget]:
    """Run the block within `seconds` (0: no time limit) and the memory limit."""
    budget = Budget(seconds)
    previous = signal.signal(signal.SIGALRM, budget.ring) if budget.armed else None
    budget.arm()
    try:
        with _memory_capped():
            yield budget
    except MemoryError:
        raise UserError(
            f"the render needed more than {MEMORY_HEADROOM // 1024**3} GiB of memory, its limit; "
            "a theme that makes a huge document?"
        ) from None
    finally:
        budget.disarm()
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_capped() -> Iterator[None]:
    try:
        import resource
    except ImportError:  # Windows
        yield
        return
    used = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if used is None:
        yield
        return
    cap = used + MEMORY_HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """The process's address space in bytes, where /proc tells it (Linux), else None: on
    macOS the limit is not enforced anyway."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    import resource

    return pages * resource.getpagesize()


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
