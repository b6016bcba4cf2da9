"""`resume serve`: the live preview (resume/serve/)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from resume.cli.app import OutOption, ThemeOption, app, reports_user_errors
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE


@app.command()
@reports_user_errors
def serve(
    source: Annotated[
        Path, typer.Argument(help="The source (YAML or JSON Resume)")
    ] = DEFAULT_SOURCE,
    theme: ThemeOption = None,
    out: OutOption = DEFAULT_OUT,
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
