"""`resume import` and `resume export`: JSON Resume in and out, a document per language."""

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
    source: Annotated[Path, typer.Argument(help="A JSON Resume file")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where the YAML goes (default: beside it, .yaml); - prints it"
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file")] = False,
) -> None:
    """Turn a JSON Resume file into a commented YAML source."""
    from resume.source.jsonresume import import_json_resume
    from resume.source.starter import require_yaml_name
    from resume.write import write_or_print

    target = output or source.with_suffix(".yaml")
    if str(target) != "-":
        require_yaml_name(target)
    text, warnings = import_json_resume(source, target)
    print_warnings(warnings)
    if str(target) == "-":
        sys.stdout.write(text)
        return
    if target.exists() and not force:
        raise UserError(f"{target}: already exists (--force overwrites it, -o writes elsewhere)")
    write_or_print(text, target)
    print(f"wrote {target}; render it with: resume render {target}")


class ExportFormat(enum.StrEnum):
    json_resume = "json-resume"


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
