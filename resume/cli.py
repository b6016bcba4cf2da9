"""The `resume` command: parse arguments, call the pipeline, report. No logic lives here."""

from __future__ import annotations

import enum
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from resume import cli_jsonresume, cli_match, cli_versions, output_specs
from resume.cli_args import LANG_HELP
from resume.errors import UserError, print_warnings
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


ONLY_NAMES = output_specs.ONLY_NAMES  # each name --only accepts, and the output it means
ONLY_HELP = output_specs.only_help()


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


def parse_only(only: str | None) -> list[str] | None:
    """The outputs --only names; None without it (the source's `render.outputs`, or the three)."""
    if not only:
        return None
    names = [name.strip().lower() for name in only.split(",") if name.strip()]
    if "all" in names:
        return list(dict.fromkeys(ONLY_NAMES.values()))
    unknown = [name for name in names if name not in ONLY_NAMES]
    if unknown:
        raise typer.BadParameter(f"unknown output {', '.join(unknown)}; choose from {ONLY_HELP}")
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
        str | None, typer.Option("--theme", "-t", help="A built-in theme's name or a theme folder")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where the outputs go")] = DEFAULT_OUT,
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


def render_one(options: RenderOptions, watch: bool) -> None:
    from resume.build import render as build

    def report(written: Written) -> None:
        pages = f", {written.pages} page{'s' * (written.pages != 1)}" if written.pages else ""
        fit = written.fit
        note = f"; fitted: {fit}" if fit and not fit.as_designed else ""
        print(f"wrote {written.path} ({written.seconds:.2f} s{pages}{note})", flush=True)

    if watch:
        from resume.watch import watch as watch_and_render

        watch_and_render(options, report, lambda result: print_warnings(result.warnings))
    else:
        print_warnings(build(options, report).warnings)


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


@app.command()
@reports_user_errors
def validate(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(help=f"Sources: YAML or JSON Resume [default: {DEFAULT_SOURCE}]"),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors")] = False,
) -> None:
    """Check the sources without rendering them; exit 1 if any has a problem."""
    from resume.source.validate import read_source  # not resume.build: no Jinja, no markdown

    failed = False
    for source in sources or [DEFAULT_SOURCE]:
        try:
            valid = read_source(source, strict=strict)
        except UserError as error:  # each source reported, then exit 1
            print(f"error: {error}" if not error.problems else error, file=sys.stderr)
            failed = True
            continue
        print_warnings(valid.warnings)
        print(f"{source}: valid ({valid.resume.basics.name})")
    if failed:
        raise typer.Exit(1)


@app.command()
@reports_user_errors
def themes() -> None:
    """List the built-in themes and the local ones (in ./themes/), with what each is for."""
    from resume.theme.themes import list_themes

    listed = list_themes(Path.cwd())
    width = max(len(theme.name) for theme in listed) + 2
    for theme in listed:
        where = "" if theme.builtin else f"  [local: {theme.folder}]"
        print(f"{theme.name:<{width}}{theme.layout:<12}{theme.description}{where}")


@app.command()
@reports_user_errors
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write it to this file")
    ] = None,
) -> None:
    """Print the JSON Schema of the source format (for editors' completion and help)."""
    from resume.source.schema import schema_text
    from resume.write import write_or_print

    write_or_print(schema_text(), output)


@app.command()
@reports_user_errors
def new(
    path: Annotated[
        Path, typer.Argument(help="Where to write the starter source", show_default=True)
    ] = DEFAULT_SOURCE,
    letter: Annotated[
        str | None,
        typer.Option(help="Write a starter cover letter, letters/<LETTER>.md beside the source"),
    ] = None,
) -> None:
    """Write a starter source that editors can complete, ready for `resume render`."""
    if letter:
        from resume.source.letter import write_starter_letter

        written = write_starter_letter(path, letter)
        print(f"wrote {written}; fill it in, then run: resume render {path} --only letter")
        return
    from resume.source.starter import write_starter

    write_starter(path)
    command = "resume render" if path == DEFAULT_SOURCE else f"resume render {path}"
    print(f"wrote {path}; fill it in, then run: {command}")


class CheckFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
@reports_user_errors
def check(
    pdfs: Annotated[
        list[Path],
        typer.Argument(
            help="PDF files, ours or anyone's; a source is rendered first, then checked"
        ),
    ],
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, or json for CI")
    ] = CheckFormat.text,
) -> None:
    """Report what applicant-tracking systems get from each PDF, as each reader this machine has
    (pypdf; pdftotext, pdfminer.six, pdf.js when present) reads it; exit 1 on a problem."""
    from resume.check import check_pdfs
    from resume.render_check import check_source, is_source

    reports = [report for path in pdfs if is_source(path) for report in check_source(path)]
    reports += check_pdfs([path for path in pdfs if not is_source(path)])
    if format is CheckFormat.json:
        print(json.dumps([report.as_json() for report in reports], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(str(report) for report in reports))
    if any(report.problems for report in reports):
        raise typer.Exit(1)


@app.command()
@reports_user_errors
def serve(
    source: Annotated[
        Path, typer.Argument(help="The source (YAML or JSON Resume)")
    ] = DEFAULT_SOURCE,
    theme: Annotated[
        str | None, typer.Option("--theme", "-t", help="A built-in theme's name or a theme folder")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where the outputs go")] = DEFAULT_OUT,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="The port (default: a free one)")
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in a browser")
    ] = False,
) -> None:
    """A live preview on http://127.0.0.1: the résumé's pages, the web page and what the render
    found, updated whenever the source or its theme is saved."""
    from resume import serve as live

    live.run(source, out, theme=theme, port=port, open_browser=open_browser)


# JSON Resume in and out.
app.command("import")(reports_user_errors(cli_jsonresume.import_))
app.command()(reports_user_errors(cli_jsonresume.export))

# Tailoring to a job posting: what it asks for, and where the source says it.
app.command()(reports_user_errors(cli_match.match))

# Versions of a résumé: which one this is, what changed between two, whether a PDF is what its
# source makes.
app.callback()(cli_versions.options)
app.command()(reports_user_errors(cli_versions.diff))
app.command()(reports_user_errors(cli_versions.verify))


def main() -> None:
    # pydantic looks for plugins among every installed package's entry points the first time a
    # model is built: tens of milliseconds of `resume validate`, for plugins we never use.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
