"""`resume validate` and `resume check`: is the source right (without rendering it), and what an
applicant-tracking system gets from the PDFs."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import app, print_error, reports_user_errors
from resume.errors import UserError, print_warnings
from resume.paths import DEFAULT_SOURCE


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
            print_error(error)
            failed = True
            continue
        print_warnings(valid.warnings)
        print(f"{source}: valid ({valid.resume.basics.name})")
    if failed:
        raise typer.Exit(1)


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
    from resume.check.rendered import check_rendered, is_source

    reports = [report for path in pdfs if is_source(path) for report in check_rendered(path)]
    reports += check_pdfs([path for path in pdfs if not is_source(path)])
    if format is CheckFormat.json:
        print(json.dumps([report.as_json() for report in reports], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(str(report) for report in reports))
    if any(report.problems for report in reports):
        raise typer.Exit(1)
