"""`resume render --watch`: render, then render again whenever the source, its theme or the
templates change, in the same process so that each rebuild is quick."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import FrameType

from resume.build import RenderOptions, Result, Written, render
from resume.errors import UserError
from resume.paths import STYLES, TEMPLATES
from resume.plan import resolve_theme
from resume.source.validate import read_source

DEBOUNCE_MS = 200  # editors write a file in several steps; wait for them to finish
READY_MS = 300  # how often the watcher reports that nothing changed


def watch(
    options: RenderOptions,
    report: Callable[[Written], None],
    report_result: Callable[[Result], None],
    stop: threading.Event | None = None,
) -> None:
    """Render now and after every change until `stop` is set (or Ctrl-C, or SIGTERM). A failed
    render prints its problems and leaves the last good outputs in place."""
    with terminate_as_interrupt():
        _watch(options, report, report_result, stop)


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, a process manager) stops a long-running command (watch, serve) as Ctrl-C
    does: the process then ends through its clean-up, which removes the fonts its renders copied
    into /tmp (engine/warm.py). Only the main thread may set a handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _watch(
    options: RenderOptions,
    report: Callable[[Written], None],
    report_result: Callable[[Result], None],
    stop: threading.Event | None,
) -> None:
    from watchfiles import watch as changes_in

    folders = watched_folders(options)
    reason: str | None = ""  # why to render next: "" at the start, None when up to date
    listening = False
    try:
        while True:
            # Renders happen while the watcher runs, so an edit made during one is not lost;
            # an empty batch (a timeout) means the watcher is listening, which is then said.
            for changes in changes_in(
                *folders,
                watch_filter=lambda _change, path: counts(Path(path), options),
                debounce=DEBOUNCE_MS,
                stop_event=stop,
                yield_on_timeout=True,
                rust_timeout=READY_MS,
                recursive=False,
            ):
                if changes:
                    reason = ", ".join(sorted({Path(path).name for _change, path in changes}))
                if reason is None:
                    if not listening:
                        print("watching for changes (Ctrl-C stops)", flush=True)
                        listening = True
                    continue
                rebuild(options, report, report_result, reason)
                reason, listening = None, False
                if (now := watched_folders(options)) != folders:
                    folders = now  # the source chose another theme: watch its folders instead
                    break
            else:
                return  # stopped
    except KeyboardInterrupt:  # Ctrl-C, while waiting or in the middle of a render
        print("stopped watching", flush=True)


def rebuild(
    options: RenderOptions,
    report: Callable[[Written], None],
    report_result: Callable[[Result], None],
    reason: str,
) -> None:
    """One render, reported: what it wrote and how long it took, or what is wrong."""
    if reason:
        print(f"changed: {reason}", flush=True)
    started = time.perf_counter()
    try:
        result = render(options, report)
    except UserError as error:
        print(f"error: {error}" if not error.problems else error, file=sys.stderr, flush=True)
        print("the last good outputs are kept", flush=True)
    except Exception:  # a bug: show it, but keep the session alive for the next edit
        traceback.print_exc()
    else:
        report_result(result)
        seconds = time.perf_counter() - started
        print(f"rendered in {seconds:.2f} s", flush=True)


def watched_folders(options: RenderOptions) -> list[Path]:
    """The source's own folder (with its photo; not the folders below it, which may be a whole
    home folder, but its `letters/`), and every folder of the tool's templates, the built-in themes and the theme
    in use, wherever it is."""
    trees = [TEMPLATES, STYLES]
    # A source or theme that cannot be read is reported by the render; the rest is watched.
    with contextlib.suppress(UserError):
        in_source = None if options.theme else read_source(options.source).resume.render.theme
        trees += resolve_theme(options, in_source).folders
    folders = {options.source.resolve().parent}
    letters = options.source.resolve().parent / "letters"  # the cover letters (outputs/letter.py)
    if letters.is_dir():
        folders.add(letters)
    for tree in trees:
        folders.update(_folders_in(tree.resolve()))
    return sorted(folders)


def _folders_in(root: Path) -> Iterable[Path]:
    yield root
    yield from (path for path in root.rglob("*") if path.is_dir())


PHOTO_SUFFIXES = {".png", ".jpg", ".jpeg"}


def counts(path: Path, options: RenderOptions) -> bool:
    """A change that should trigger a rebuild. Beside the source, only the source and photos
    count (not a log the user redirects there, nor our own outputs); in the theme and template
    folders, any file but hidden and backup ones (editors' swap files, our temporaries)."""
    if path.is_relative_to(options.out.resolve()):
        return False
    if path.name.startswith(".") or path.name.endswith(("~", ".swp", ".tmp")):
        return False
    source = options.source.resolve()
    if path.parent == source.parent:
        return path == source or path.suffix.lower() in PHOTO_SUFFIXES
    return True
