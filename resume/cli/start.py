"""`resume new`, `resume themes` and `resume schema`: what a new user starts from, a starter
source (or cover letter), the themes to choose from, and the schema editors complete with."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import app, reports_user_errors
from resume.paths import DEFAULT_SOURCE


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
