"""The `resume` command: parse arguments, call the pipeline, report. No logic lives here."""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from resume.errors import Problem, UserError
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE

if TYPE_CHECKING:
    from resume.build import RenderOptions, Written

app = typer.Typer(
    help="One YAML or JSON Resume source, three outputs: résumé PDF, portfolio PDF, web page.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
F = TypeVar("F", bound=Callable[..., Any])
ONLY_NAMES = {"resume": "resume", "portfolio": "portfolio", "html": "site", "site": "site"}

SourceArg = Annotated[
    Path, typer.Argument(help="The source: YAML or JSON Resume", show_default=True)
]


def reports_user_errors(command: F) -> F:
    """Print a user's mistake as `file:line:col: message` and exit 1, without a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as error:
            print(f"error: {error}" if not error.problems else error, file=sys.stderr)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:  # Ctrl-C, or SIGTERM while writing: nothing half-written
            print("interrupted: no output was half-written", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def print_warnings(warnings: list[Problem]) -> None:
    for warning in warnings:
        print(warning, file=sys.stderr)


def parse_only(only: str | None) -> list[str]:
    if not only:
        return ["resume", "portfolio", "site"]
    names = [name.strip().lower() for name in only.split(",") if name.strip()]
    unknown = [name for name in names if name not in ONLY_NAMES]
    if unknown:
        raise typer.BadParameter(
            f"unknown output {', '.join(unknown)}; choose from resume, portfolio, html"
        )
    return list(dict.fromkeys(ONLY_NAMES[name] for name in names))


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
    theme: Annotated[
        str | None, typer.Option(help="A built-in theme's name or a theme folder")
    ] = None,
    out: Annotated[Path, typer.Option(help="Where the outputs go")] = DEFAULT_OUT,
    only: Annotated[
        str | None, typer.Option(help="Some outputs only: resume,portfolio,html")
    ] = None,
    page_size: Annotated[
        str | None, typer.Option(help="letter or a4 (default: from the source)")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(min=1, help="Sources rendered at once (default: one per core)"),
    ] = None,
) -> None:
    """Render the résumé PDF, the portfolio PDF and the web page."""
    from resume.build import RenderOptions

    if page_size and page_size.lower() not in {"letter", "a4"}:
        raise typer.BadParameter("choose letter or a4", param_hint="--page-size")
    options = RenderOptions(
        out=out,
        theme=theme,
        outputs=parse_only(only),  # type: ignore[arg-type]
        page_size=page_size.lower() if page_size else None,
        strict=strict,
    )
    paths = sources or [DEFAULT_SOURCE]
    if len(paths) == 1 and not paths[0].is_dir():
        render_one(replace(options, source=paths[0]))
    elif not render_batch(options, paths, jobs):
        raise typer.Exit(1)


def render_one(options: RenderOptions) -> None:
    from resume.build import render as build

    def report(written: Written) -> None:
        pages = f", {written.pages} page{'s' * (written.pages != 1)}" if written.pages else ""
        print(f"wrote {written.path} ({written.seconds:.2f} s{pages})")

    result = build(options, report)
    print_warnings(result.warnings)


def render_batch(options: RenderOptions, paths: list[Path], jobs: int | None) -> bool:
    """Render every source, saying how each went as it ends; False if any failed."""
    from resume.batch import Outcome, default_jobs, expand_sources, render_many

    sources = expand_sources(paths)
    workers = jobs or default_jobs(len(sources))
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


@app.command()
@reports_user_errors
def validate(
    source: SourceArg = DEFAULT_SOURCE,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors")] = False,
) -> None:
    """Check the source without rendering it."""
    from resume.loader import load_source  # not resume.build: no Jinja, no markdown
    from resume.validate import validate as check

    resume, warnings = check(load_source(source), strict=strict)
    print_warnings(warnings)
    print(f"{source}: valid ({resume.basics.name})")


@app.command()
@reports_user_errors
def themes() -> None:
    """List the built-in themes and what each is for."""
    from resume.themes import builtin_names, load_theme

    for name in builtin_names():
        theme = load_theme(name)
        print(f"{name:<12} {theme.meta.description}")


def main() -> None:
    # pydantic looks for plugins among every installed package's entry points the first time a
    # model is built: tens of milliseconds of `resume validate`, for plugins we never use.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
