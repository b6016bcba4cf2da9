"""The `resume` command: the Typer app (app.py) and one module per command group, each of which
registers its commands on the app as it is imported. Importing the package imports them all,
in the order `resume --help` lists them; resume/cli/action.py holds the GitHub Action's steps."""

# isort: off
from resume.cli import render, serve, check, start, convert, match, diff  # noqa: F401
