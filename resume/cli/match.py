"""`resume match`: what a job posting asks for, and where the source says it."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import SourceArg, app, reports_user_errors
from resume.paths import DEFAULT_SOURCE


class MatchFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
@reports_user_errors
def match(
    posting: Annotated[
        Path, typer.Argument(help="The job posting: text, Markdown or HTML; - reads it from stdin")
    ],
    source: SourceArg = DEFAULT_SOURCE,
    variant: Annotated[
        str | None, typer.Option(help="Judge this variant's résumé (default: the whole source)")
    ] = None,
    format: Annotated[MatchFormat, typer.Option("--format", "-f", help="text or json")] = (
        MatchFormat.text
    ),
    suggest: Annotated[
        bool,
        typer.Option(help="Suggest tagged entries that raise the coverage and still fit one page"),
    ] = False,
    write_variant: Annotated[
        str | None,
        typer.Option(help="Add a variant with the suggestions to the source, under this name"),
    ] = None,
) -> None:
    """What a job posting asks for, and where the source says it: on the résumé, only in the
    portfolio, or nowhere; offline, no model."""
    from resume.match.report import as_json, as_text
    from resume.match.run import match as run_match

    report = run_match(posting, source, variant, suggest=suggest, write_variant=write_variant)
    for warning in report.warnings:
        print(warning, file=sys.stderr, flush=True)
    sys.stdout.write(as_json(report) if format == MatchFormat.json else as_text(report))
