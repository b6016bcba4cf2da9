"""Many sources in one go: a process pool whose workers keep fonts, stylesheets and templates warm.

Each source renders into its own folder, `OUT/<source stem>/`, so names never collide; a source
that fails is reported and the others carry on.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from resume.build import RenderOptions, Written, render
from resume.engine import warm
from resume.errors import Problem, UserError
from resume.source.loader import SUFFIXES


@dataclass(frozen=True)
class Outcome:
    """What became of one source: what it wrote, or the message that says why it failed."""

    source: Path
    out: Path
    seconds: float
    written: list[Written] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    error: str | None = None


def expand_sources(paths: Sequence[Path]) -> list[Path]:
    """The sources named, with each folder standing for the YAML and JSON files directly in it."""
    sources: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            if not found:
                listed = f"{', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]}"
                raise UserError(f"{path}: a folder with no {listed} sources")
            sources += found
        else:
            sources.append(path)
    return list(dict.fromkeys(sources))


def out_folders(sources: Sequence[Path], out: Path) -> dict[Path, Path]:
    """`OUT/<stem>/` for each source; two sources with the same stem would overwrite each other."""
    folders: dict[Path, list[Path]] = {}
    for source in sources:
        folders.setdefault(out / source.stem, []).append(source)
    clashes = {folder: named for folder, named in folders.items() if len(named) > 1}
    if clashes:
        lines = [f"{folder}/: {', '.join(map(str, named))}" for folder, named in clashes.items()]
        raise UserError(
            "sources with the same name would write to the same folder; rename one:\n"
            + "\n".join(lines)
        )
    return {named[0]: folder for folder, named in folders.items()}


def default_jobs(count: int) -> int:
    """One worker per core this process may use, never more than there are sources."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(count, cores or 1))


def render_many(
    options: RenderOptions,
    sources: Sequence[Path],
    jobs: int,
    report: Callable[[Outcome], None] = lambda _: None,
) -> list[Outcome]:
    """Render every source with `options`, `jobs` at a time; `report` hears of each as it ends."""
    folders = out_folders(sources, options.out)
    tasks = [replace(options, source=source, out=folders[source]) for source in sources]
    if jobs <= 1 or len(tasks) <= 1:
        outcomes = []
        for task in tasks:
            outcomes.append(render_one(task))
            report(outcomes[-1])
        return outcomes
    _preload()
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)), mp_context=_context(), initializer=_release_at_exit
    ) as pool:
        futures: list[Future[Outcome]] = [pool.submit(render_one, task) for task in tasks]
        try:
            for future in as_completed(futures):
                report(future.result())
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    return [future.result() for future in futures]


def render_one(options: RenderOptions) -> Outcome:
    """One source, its failure caught: a user's mistake as its message, a bug with its traceback."""
    started = time.perf_counter()
    try:
        result = render(options)
    except UserError as error:
        message = f"error: {error}" if not error.problems else str(error)
        return Outcome(options.source, options.out, time.perf_counter() - started, error=message)
    except Exception:
        message = traceback.format_exc().rstrip()
        return Outcome(options.source, options.out, time.perf_counter() - started, error=message)
    return Outcome(
        options.source,
        options.out,
        time.perf_counter() - started,
        result.written,
        result.warnings,
    )


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe and cheap (Linux): workers start with WeasyPrint already imported."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _release_at_exit() -> None:
    """A worker keeps its fonts warm for the sources it renders next and leaves with os._exit,
    past atexit: multiprocessing's own exit hook removes the folders of fonts it made."""
    multiprocessing.util.Finalize(None, warm.release, exitpriority=0)


def _preload() -> None:
    """Import WeasyPrint and the rendering modules once, before forking, not once per worker."""
    from resume.engine.native import load_weasyprint

    load_weasyprint()
    import resume.engine.fetcher
    import resume.engine.fit
    import resume.engine.pdf  # noqa: F401
