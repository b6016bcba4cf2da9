"""Write outputs atomically: a reader sees the old files or the new ones, never half of one.

Every file goes to a temporary file beside its target (same folder, same file system), is
flushed to disk, and is then renamed over the target, which is atomic on POSIX. A render
writes its outputs as one batch: all temporary files first, then all the renames with
Ctrl-C and SIGTERM held back, so an interrupted or failed render leaves the previous
outputs as they were and no temporary file behind. Only SIGKILL or a power cut can leave
a temporary file; the next render into that folder removes it.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from types import FrameType

from resume import manifest
from resume.errors import UserError
from resume.manifest import Content as Content

_TEMPORARY = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")  # .NAME.PID.RANDOM.tmp
_TERMINATING = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
_HELD = {signal.SIGINT, *_TERMINATING}


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C so that every `finally` runs."""


def write_atomic(path: Path, content: Content) -> None:
    """Write one file to a temporary file beside `path`, then move it into place."""
    write_all({path: content})


def write_all(
    files: Mapping[Path, Content], owned: Mapping[Path, Collection[Path]] | None = None
) -> None:
    """Write every file, then move them all into place together, or leave all as they were.

    `owned` maps a folder the tool owns files in (the web page's `assets/`) to every file the
    render uses there: its manifest says so afterwards, and the files it listed before that
    are not used any more are removed with the batch (see `manifest`)."""
    files, stale = manifest.update(files, owned or {})
    if not files:
        return
    pending: dict[Path, str] = {}
    replaced: list[Path] = []
    with _signals_interrupt():
        try:
            for folder in {path.parent for path in files}:
                _make_folder(folder)
                remove_stale_temporaries(folder)
            for path, content in files.items():
                pending[path] = _write_temporary(path, content)
            with _signals_held():
                _replace_all(pending, replaced)
                manifest.remove(stale)
                for folder in {path.parent for path in files}:
                    _sync_folder(folder)
        except OSError as error:
            raise UserError(_not_written(error, replaced, list(pending))) from None
        finally:
            for temporary in pending.values():
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)


def _replace_all(pending: dict[Path, str], replaced: list[Path]) -> None:
    """Move each temporary file over its target; `pending` keeps those not moved yet, and an
    error names the target, not the temporary file."""
    while pending:
        path, temporary = next(iter(pending.items()))
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise OSError(error.errno, error.strerror, str(path)) from error
        del pending[path]
        replaced.append(path)


def _not_written(error: OSError, replaced: list[Path], left: list[Path]) -> str:
    """What a failed write left: nothing replaced yet, or (a rename failing after others, which
    cannot be undone) which outputs are new and which are still the previous ones."""
    failed = f"cannot write {error.filename or 'the outputs'}: {error.strerror}"
    if not replaced:
        return f"{failed}; the previous outputs are unchanged"
    return (
        f"{failed}; only some outputs were replaced, so they do not match each other: "
        f"new: {_names(replaced)}; previous: {_names(left)}. Render again once it is fixed"
    )


def _names(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths) or "none"


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"cannot write into {folder}: it is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)


def _write_temporary(path: Path, content: Content) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(path))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return temporary


def _mode_for(path: Path) -> int:
    """Keep the permissions of the file being replaced; a new file is readable by all."""
    try:
        return stat.S_IMODE(path.lstat().st_mode) if path.is_file() else 0o644
    except OSError:
        return 0o644


def _sync_folder(folder: Path) -> None:
    """Make the renames themselves durable."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporary files left by renders that were killed (their process is gone)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            match = _TEMPORARY.match(entry.name)
            if match and entry.is_file(follow_symlinks=False) and not _alive(int(match[1])):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Interrupted` instead of ending the process on the spot."""
    if not _in_main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(f"stopped by {signal.Signals(signum).name}")

    previous = {signum: signal.signal(signum, interrupt) for signum in _TERMINATING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back while the renames run; they arrive right after.
    Noted by a handler rather than blocked by the thread's signal mask: a signal sent to the
    process may be delivered to any of its threads (a process pool's), and Python then runs its
    handler in the main thread, mask or not."""
    if not _in_main_thread():
        yield
        return
    arrived: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        arrived.append(signum)

    previous = {signum: signal.signal(signum, note) for signum in _HELD}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        for signum in arrived[:1]:
            signal.raise_signal(signum)  # handled now as it would have been


def write_or_print(text: str, output: Path | None) -> None:
    """To standard output without a file (or with -), else atomically to the file."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    write_atomic(output, text)
