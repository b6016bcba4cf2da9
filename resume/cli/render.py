"""`resume render` (and `--watch`): one source, or many at once, into the outputs asked for."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from resume.cli.app import (
    LANG_HELP,
    ONLY_HELP,
    OutOption,
    ThemeOption,
    app,
    parse_only,
    reports_user_errors,
)
from resume.errors import print_warnings
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE

if TYPE_CHECKING:
    from resume.build import RenderOptions, Written


@app.command()
@reports_user_errors
def render(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(
            help=f"Sources (YAML or JSON Resume) or folders of them [default: {DEFAULT_SOURCE}]; "
            "several render into OUT/<source name>/",
            show_default=False,
        ),
    ] = None,
    theme: ThemeOption = None,
    out: OutOption = DEFAULT_OUT,
    only: Annotated[
        str | None,
        typer.Option(help=f"Which outputs: {ONLY_HELP} (default: the source's render.outputs)"),
    ] = None,
    page_size: Annotated[
        str | None, typer.Option(help="letter or a4 (default: from the source)")
    ] = None,
    pages: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=10,
            help="Pages the résumé may take (it fits itself to them; default: the theme's, 1)",
        ),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors")] = False,
    variant: Annotated[
        str | None,
        typer.Option(help="A tailored version from the source's `variants`, or all of them: all"),
    ] = None,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch", "-w", help="Render again whenever the source, theme or templates change"
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(min=1, help="Sources rendered at once (default: one per core)"),
    ] = None,
    png_dpi: Annotated[
        int, typer.Option(min=30, max=600, help="Resolution of the PNG previews (--only png)")
    ] = 150,
    timeout: Annotated[
        float,
        typer.Option(min=0, help="Seconds a render may take before it is stopped (0: no limit)"),
    ] = 60.0,
    lang: Annotated[str | None, typer.Option(help=LANG_HELP)] = None,
) -> None:
    """Render the résumé PDF, the portfolio PDF and the web page."""
    from resume.build import RenderOptions

    if page_size and page_size.lower() not in {"letter", "a4"}:
        raise typer.BadParameter("choose letter or a4", param_hint="--page-size")
    options = RenderOptions(
        out=out,
        theme=theme,
        outputs=parse_only(only),
        page_size=page_size.lower() if page_size else None,
        strict=strict,
        variant=variant,
        pages=pages,
        png_dpi=png_dpi,
        timeout=timeout,
        lang=lang,
    )
    paths = sources or [DEFAULT_SOURCE]
    if len(paths) == 1 and not paths[0].is_dir():
        render_one(replace(options, source=paths[0]), watch)
    elif watch:
        raise typer.BadParameter("watches one source file, not several", param_hint="--watch")
    elif not render_batch(options, paths, jobs):
        raise typer.Exit(1)


def print_written(written: Written) -> None:
    """`wrote PATH (SECONDS s, PAGES pages; fitted: HOW)`, as each file is written."""
    pages = f", {written.pages} page{'s' * (written.pages != 1)}" if written.pages else ""
    fit = written.fit
    note = f"; fitted: {fit}" if fit and not fit.as_designed else ""
    print(f"wrote {written.path} ({written.seconds:.2f} s{pages}{note})", flush=True)


def render_one(options: RenderOptions, watch: bool) -> None:
    from resume.build import render as build

    if watch:
        from resume.watch import watch as watch_and_render

        watch_and_render(options, print_written, lambda result: print_warnings(result.warnings))
    else:
        print_warnings(build(options, print_written).warnings)


def render_batch(options: RenderOptions, paths: list[Path], jobs: int | None) -> bool:
    """Render every source, saying how each went as it ends; False if any failed."""
    from resume.batch import Outcome, default_jobs, expand_sources, render_many

    sources = expand_sources(paths)
    workers = min(jobs, len(sources)) if jobs else default_jobs(len(sources))
    done: list[Outcome] = []
    started = time.perf_counter()

    def report(outcome: Outcome) -> None:
        done.append(outcome)
        step = f"[{len(done):>{len(str(len(sources)))}}/{len(sources)}]"
        if outcome.error is not None:
            print(f"{step} failed {outcome.source}", flush=True)
            print(outcome.error, file=sys.stderr, flush=True)
            return
        print_warnings(outcome.warnings)
        names = ", ".join(describe(written) for written in outcome.written)
        print(f"{step} {outcome.out}/ ({outcome.seconds:.2f} s): {names}", flush=True)

    render_many(options, sources, workers, report)
    failed = sum(outcome.error is not None for outcome in done)
    seconds = time.perf_counter() - started
    plural = "s" * (workers != 1)
    summary = f"rendered {len(done) - failed} of {len(sources)} sources in {seconds:.1f} s ({workers} worker{plural})"
    print(summary + (f"; {failed} failed" if failed else ""))
    return not failed


def describe(written: Written) -> str:
    pages = f" ({written.pages} page{'s' * (written.pages != 1)})" if written.pages else ""
    return f"{written.path.name}{pages}"
