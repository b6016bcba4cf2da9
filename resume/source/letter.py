"""A cover letter's file: Markdown after YAML front matter, every field of which is optional.

    ---
    company: Acme
    subject: Backend Engineer, ref. 1234
    ---
    Dear …

Mistakes in the front matter are reported at the letter's own line and column, like the
source's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from resume.errors import Problem, UserError
from resume.source.loader import read_text
from resume.source.parsed import Source, dotted_path
from resume.source.yaml_format import YAML

FENCE = "---"


class LetterMeta(BaseModel):
    """What the front matter may say; the letter's body is the Markdown after it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    to: str | None = Field(None, description="Who reads it: a person or a team")
    company: str | None = Field(None, description="The company written to")
    address: str | None = Field(None, description="The company's address; lines as written")
    date: str | None = Field(None, description="YYYY-MM-DD (shown in the locale) or any text")
    subject: str | None = Field(None, description="What it is about, e.g. the role and reference")
    greeting: str | None = Field(None, description="Default: Dear <to>, else Dear Hiring Manager")
    closing: str | None = Field(None, description="Default: Sincerely")
    variant: str | None = Field(None, description="The résumé's variant whose header it uses")


@dataclass(frozen=True)
class Letter:
    path: Path
    meta: LetterMeta
    body: str  # Markdown
    source: Source | None = None  # the front matter, with where each value is written

    @property
    def stem(self) -> str:
        return self.path.stem

    def problem(self, field: str, message: str) -> Problem:
        """A mistake in the front matter's `field`, at its line and column."""
        if self.source is None:
            return Problem(str(self.path), None, None, message, field)
        return self.source.problem((field,), message)


def letters_beside(source: Path) -> list[Path]:
    """The `letters/*.md` files in the source's folder, by name."""
    folder = source.parent / "letters"
    return sorted(path for path in folder.glob("*.md") if path.is_file()) if folder.is_dir() else []


def read_letter(path: Path) -> Letter:
    text = read_text(path)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        return Letter(path, LetterMeta(), text)
    end = next((n for n in range(1, len(lines)) if lines[n].strip() in {FENCE, "..."}), None)
    if end is None:
        problem = Problem(str(path), 1, 1, "the front matter's `---` is never closed")
        raise UserError(problems=[problem])
    # Padded with the fence's line, so YAML's lines are the file's.
    front = "\n" + "".join(lines[1:end])
    source = YAML.parse(path, front) if front.strip() else Source(path, {}, YAML)
    return Letter(path, check_meta(source), "".join(lines[end + 1 :]), source)


def check_meta(source: Source) -> LetterMeta:
    data = source.data
    if not isinstance(data, dict):
        raise UserError(problems=[source.problem((), "the front matter must be a mapping")])
    try:
        return LetterMeta.model_validate({k: _as_text(v) for k, v in data.items()})
    except ValidationError as error:
        problems = []
        for each in error.errors():
            where = tuple(each["loc"])
            unknown = each["type"] == "extra_forbidden"
            known = ", ".join(LetterMeta.model_fields)
            message = f"unknown field; a letter knows {known}" if unknown else each["msg"]
            problems.append(source.problem(where, message, key=unknown))
        raise UserError(problems=problems) from None


def _as_text(value: object) -> object:
    """A number or date-like value as the text written (`2026` is a date's year)."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


STARTER = """\
---
# All optional. The letter takes the header, fonts and colours of the résumé's theme.
to: Hiring Team
company: {company}
# address: |
#   1 Example Street
#   City
# date: 2026-01-31         # default: the build date, in the résumé's locale
subject: Application for <the role>
# greeting: Dear Hiring Team,   # default: Dear <to>,
# closing: Sincerely,           # default: Sincerely,
# variant: backend              # a variant of the résumé whose header it uses
---
Say in one paragraph which role you are applying for, and why this company.

Say in one or two paragraphs what you have done that matters for it: one story, with what
you built and what it changed.

Close with when you can talk.
"""


def write_starter_letter(source: Path, name: str) -> Path:
    """`letters/<name>.md` beside `source`, never over an existing one."""
    path = source.parent / "letters" / f"{name}.md"
    if path.exists():
        raise UserError(f"{path}: already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STARTER.format(company=name.replace("-", " ").title()), encoding="utf-8")
    return path


__all__ = ["Letter", "LetterMeta", "dotted_path", "letters_beside", "read_letter"]
