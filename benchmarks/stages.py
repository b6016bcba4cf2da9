"""A cold `resume render`, its time split by stage. Run by `bench.py`; prints JSON.

    python benchmarks/stages.py SPAWNED_AT OUT_DIR SOURCE

SPAWNED_AT is the parent's `time.perf_counter()` just before it started this process (the
clock is system-wide), so the interpreter's own start-up is measured too.
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from typing import Any  # noqa: E402


@contextmanager
def stage_timers(totals: dict[str, float]) -> Iterator[None]:
    """Wrap the functions each stage runs, adding their time to `totals`."""
    import weasyprint
    import weasyprint.document

    import resume.build
    import resume.engine.warm
    import resume.outputs.printed
    import resume.outputs.site
    import resume.plan

    targets = [
        ("load + validate", resume.build, "read_source"),
        ("view + template", resume.outputs.printed, "make_document"),
        ("view + template", resume.outputs.printed, "render_html"),
        ("view + template", resume.outputs.site, "make_document"),
        ("view + template", resume.outputs.site, "render_html"),
        ("CSS + fonts", resume.engine.warm, "stylesheet"),
        ("layout", weasyprint.HTML, "render"),
        ("PDF writing", weasyprint.document.Document, "write_pdf"),
        ("file writes", resume.build, "write_all"),
    ]
    originals = [(owner, name, getattr(owner, name)) for _, owner, name in targets]
    for stage, owner, name in targets:
        totals.setdefault(stage, 0.0)
        setattr(owner, name, timed(getattr(owner, name), stage, totals))
    try:
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def timed(function: Callable[..., Any], stage: str, totals: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[stage] += time.perf_counter() - started

    return wrapper


def main(spawned_at: float, out: str, source: str) -> dict[str, float]:
    begun = time.perf_counter()
    import resume.cli.app

    imported_cli = time.perf_counter()
    import resume.build
    import resume.parallel

    # Each stage's time is summed in this process: the PDFs one after the other, not forked.
    resume.parallel.concurrent = lambda plan, pdfs: False  # type: ignore[assignment]
    imported_build = time.perf_counter()
    from resume.engine.native import load_weasyprint

    load_weasyprint()
    import resume.engine.pdf

    imported_weasyprint = time.perf_counter()
    totals: dict[str, float] = {}
    sys.argv = ["resume", "render", source, "--out", out]
    with stage_timers(totals):
        try:
            resume.cli.app.main()
        except SystemExit as exit_:
            if exit_.code:
                raise
    finished = time.perf_counter()
    return {
        "interpreter start-up": STARTED - spawned_at,
        "import resume.cli (Typer)": imported_cli - begun,
        "import the pipeline (pydantic model, Jinja)": imported_build - imported_cli,
        "import WeasyPrint": imported_weasyprint - imported_build,
        **totals,
        "other": (finished - imported_weasyprint) - sum(totals.values()),
        "total": finished - spawned_at,
    }


if __name__ == "__main__":
    figures = main(float(sys.argv[1]), sys.argv[2], sys.argv[3])
    sys.stdout.flush()
    print(json.dumps(figures))
