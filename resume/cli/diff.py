"""`resume diff` and `resume verify`: versions of a résumé, what changed between two, and
whether a PDF is exactly what its embedded source makes."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import app, reports_user_errors
from resume.paths import DEFAULT_SOURCE


class DiffFormat(enum.StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
@reports_user_errors
def diff(
    old: Annotated[
        str | None, typer.Argument(help="A git revision, a source file or a PDF [default: HEAD]")
    ] = None,
    new: Annotated[
        str | None,
        typer.Argument(help="The same kinds [default: the source in the working tree]"),
    ] = None,
    source: Annotated[
        Path, typer.Option("--source", "-s", help="The source a git revision is read from")
    ] = DEFAULT_SOURCE,
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, json (scripts) or markdown (PRs)")
    ] = DiffFormat.text,
    on_page: Annotated[
        bool,
        typer.Option(
            "--render", help="Render both sides: what changed on the résumé and each variant"
        ),
    ] = False,
    png: Annotated[
        Path | None,
        typer.Option(help="Write before/after page images here, changes marked (implies --render)"),
    ] = None,
) -> None:
    """What changed between two versions of the source: entries, highlights, words, pages."""
    from resume.diff.run import run_diff

    sys.stdout.write(run_diff(old or "HEAD", new, source, format.value, on_page or bool(png), png))


@app.command()
@reports_user_errors
def verify(
    pdf: Annotated[Path, typer.Argument(help="A PDF made by resume")],
) -> None:
    """Render the PDF's embedded source again as the PDF records; exit 1 unless the bytes match."""
    from resume.diff.verify import verify as verify_pdf

    verdict = verify_pdf(pdf)
    print(verdict)
    if not verdict.identical:
        raise typer.Exit(1)
