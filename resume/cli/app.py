"""The `resume` command's Typer app, its own `--version` option, and what its commands share: the
wrapper that reports a user's mistake, and the arguments several commands take. The commands
live in the modules beside this one and register themselves on `app` when imported (see
__init__.py). No logic lives here."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from resume import output_specs
from resume.errors import UserError

app = typer.Typer(
    help="One YAML or JSON Resume source, three outputs: résumé PDF, portfolio PDF, web page.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
F = TypeVar("F", bound=Callable[..., Any])


def reports_user_errors(command: F) -> F:
    """Print a user's mistake as `file:line:col: message` and exit 1, without a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as error:
            print_error(error)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:  # Ctrl-C, or SIGTERM while writing: nothing half-written
            print("interrupted: no output was half-written", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def print_error(error: UserError) -> None:
    """A user's mistake as the commands report it: its problems, each at its place."""
    print(f"error: {error}" if not error.problems else error, file=sys.stderr, flush=True)


LANG_HELP = (
    "Which of the source's render.languages: a code (de), several (en,de) or all [default: all]"
)

SourceArg = Annotated[
    Path, typer.Argument(help="The source: YAML or JSON Resume", show_default=True)
]

ThemeOption = Annotated[
    str | None, typer.Option("--theme", "-t", help="A built-in theme's name or a theme folder")
]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Where the outputs go")]

# The names --only takes, and the output each names.
ONLY_NAMES = output_specs.ONLY_NAMES  # each name --only accepts, and the output it means
ONLY_HELP = output_specs.only_help()


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


def print_version(asked: bool) -> None:
    if asked:
        from resume.provenance import tool_version

        print(f"resume {tool_version()}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=print_version,
            is_eager=True,
            help="Print the version (the one every PDF records) and exit",
        ),
    ] = False,
) -> None:
    """One YAML or JSON Resume source, three outputs: résumé PDF, portfolio PDF, web page."""


def main() -> None:
    # pydantic looks for plugins among every installed package's entry points the first time a
    # model is built: tens of milliseconds of `resume validate`, for plugins we never use.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
