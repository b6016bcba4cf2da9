"""`resume import` (any format resume/imports/ reads) and `resume export` (JSON Resume, a
document per language; RenderCV)."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import LANG_HELP, SourceArg, app, reports_user_errors
from resume.errors import UserError, print_warnings
from resume.paths import DEFAULT_SOURCE


@app.command("import")
@reports_user_errors
def import_(
    source: Annotated[
        Path,
        typer.Argument(
            help="What you have: RenderCV YAML, a LinkedIn export (zip or folder), Reactive "
            "Resume, Europass (XML or PDF), FRESH, JSON Resume, BibTeX, a PDF résumé"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where the YAML goes (default: beside it, .yaml); - prints it"
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(help="Add a BibTeX file's entries to this source, as publications"),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file")] = False,
) -> None:
    """Turn a résumé from another tool into a commented YAML source (the format is found from
    the content), or add a BibTeX list to a source with --into."""
    from resume.imports import run_import

    result = run_import(source, output, into=into, force=force)
    print_warnings(result.warnings)
    if result.text is not None:
        sys.stdout.write(result.text)
    else:
        print(result.message)


class ExportFormat(enum.StrEnum):
    json_resume = "json-resume"
    rendercv = "rendercv"


@app.command()
@reports_user_errors
def export(
    source: SourceArg = DEFAULT_SOURCE,
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="What to write")
    ] = ExportFormat.json_resume,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file, not the screen; a source in several languages writes "
            "one file per language, the others named FILE-de.json",
        ),
    ] = None,
    lang: Annotated[str | None, typer.Option(help=LANG_HELP)] = None,
) -> None:
    """Write the source as a JSON Resume 1.0 document (one per language); from a PDF, the
    source embedded in it."""
    from resume.write import write_or_print

    if source.suffix.lower() == ".pdf":
        from resume.check import source_text_of

        write_or_print(source_text_of(source), output)
        return
    if format is ExportFormat.rendercv:
        from resume.source.rendercv import rendercv_text
        from resume.source.validate import read_source

        valid = read_source(source)
        print_warnings(valid.warnings)
        write_or_print(rendercv_text(valid.resume), output)
        return
    from resume.source.jsonresume import export_by_language

    texts, warnings = export_by_language(source, lang)
    print_warnings(warnings)
    if len(texts) == 1:
        write_or_print(next(iter(texts.values())), output)
        return
    if output is None or str(output) == "-":
        raise UserError(
            f"{source}: in {len(texts)} languages ({', '.join(texts)}), one JSON Resume document"
            " each: -o FILE writes them all (FILE, FILE-de.json…), --lang one to the screen"
        )
    from resume.write import write_all

    write_all(language_files(output, list(texts.values()), list(texts)))


def language_files(output: Path, texts: list[str], languages: list[str]) -> dict[Path, str]:
    """`resume.json` for the first language, `resume-de.json` for the others."""
    files = {output: texts[0]}
    for language, text in zip(languages[1:], texts[1:], strict=True):
        files[output.with_name(f"{output.stem}-{language}{output.suffix}")] = text
    return files
