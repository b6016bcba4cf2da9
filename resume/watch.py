"""`resume render --watch`: render, then render again whenever the source, its theme or the
templates change, in the same process so that each rebuild is quick."""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from resume.build import RenderOptions, Result, Written, render
from resume.errors import UserError
from resume.paths import STYLES, TEMPLATES

DEBOUNCE_MS = 200  # editors write a file in several steps; wait for them to finish


def watch(
    options: RenderOptions,
    report: Callable[[Written], None],
    report_result: Callable[[Result], None],
    stop: threading.Event | None = None,
) -> None:
    """Render now and after every change until `stop` is set (or Ctrl-C). A failed render
    prints its problems and leaves the last good outputs in place."""
    from watchfiles import watch as changes_in

    rebuild(options, report, report_result, reason="")
    for changes in changes_in(
        *watched_folders(options),
        watch_filter=lambda _change, path: counts(Path(path), options),
        debounce=DEBOUNCE_MS,
        stop_event=stop,
        raise_interrupt=False,
    ):
        names = sorted({Path(path).name for _change, path in changes})
        rebuild(options, report, report_result, reason=", ".join(names))


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
        print("the last good outputs are kept; waiting for the next change", flush=True)
    except Exception:  # a bug: show it, but keep the session alive for the next edit
        traceback.print_exc()
    else:
        report_result(result)
        seconds = time.perf_counter() - started
        print(f"rendered in {seconds:.2f} s; watching for changes (Ctrl-C stops)", flush=True)


def watched_folders(options: RenderOptions) -> list[Path]:
    """The source's folder (with its images and local themes), the tool's templates and
    built-in themes, and the theme given on the command line."""
    from resume.themes import load_theme

    folders = [options.source.resolve().parent, TEMPLATES, STYLES]
    if options.theme:
        # An unknown theme is reported by the render; the other folders are still watched.
        with contextlib.suppress(UserError):
            folders += load_theme(options.theme, relative_to=options.source.parent).folders
    return _outermost(folders)


def _outermost(folders: Iterable[Path]) -> list[Path]:
    """Each folder once, leaving out those inside another (watches are recursive)."""
    unique = sorted({folder.resolve() for folder in folders if folder.is_dir()})
    return [f for f in unique if not any(f != o and f.is_relative_to(o) for o in unique)]


def counts(path: Path, options: RenderOptions) -> bool:
    """A change that should trigger a rebuild: not our own outputs, not hidden or backup files
    (editors' swap files, our own atomic writes' temporaries)."""
    if path.is_relative_to(options.out.resolve()):
        return False
    return not path.name.startswith(".") and not path.name.endswith(("~", ".swp", ".tmp"))
