"""The one exception type for problems the user caused, and how they are reported."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Problem:
    """One problem in a user's file, located as precisely as we know."""

    file: str
    line: int | None
    column: int | None
    message: str
    field: str = ""
    warning: bool = False

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        kind = "warning: " if self.warning else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {kind}{field}{self.message}"


class UserError(Exception):
    """Something the user can fix: bad input, an unknown theme, a page that overflows.

    The CLI prints it without a traceback and exits 1; anything else is a bug.
    """

    def __init__(self, message: str = "", problems: Iterable[Problem] = ()) -> None:
        self.problems = list(problems)
        lines = [message] if message else []
        lines += [str(problem) for problem in self.problems]
        super().__init__("\n".join(lines))


def shorten(text: str, limit: int = 60) -> str:
    """A value as a message shows it: a data: URI or a pasted essay can be megabytes long."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def settle(problems: list[Problem], *, strict: bool = False) -> list[Problem]:
    """The warnings to report, or a UserError listing every problem when any is an error.

    This is where `--strict` is applied: it makes every warning an error."""
    if strict:
        problems = [replace(problem, warning=False) for problem in problems]
    if any(not problem.warning for problem in problems):
        raise UserError(problems=problems)
    return problems


def print_warnings(warnings: list[Problem]) -> None:
    """Each warning on its own line of standard error, as it comes."""
    for warning in warnings:
        print(warning, file=sys.stderr, flush=True)
