"""The base of every part of the source model (model.py, design.py, settings.py) and the field
types they share: dates, links, inline markdown, tags."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.alias_generators import to_camel

from resume.source.links import link_problem


class Model(BaseModel):
    """Base of every part of the source: camelCase keys as in JSON Resume; unknown keys are reported."""

    model_config = ConfigDict(
        extra="forbid",
        alias_generator=to_camel,
        populate_by_name=True,
        coerce_numbers_to_str=True,
        frozen=True,
    )


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NOTE = re.compile(r"^(\S+) \(([^()]+)\)$")


def split_date(value: str) -> tuple[str, str]:
    """`2020 (Summer)` -> (`2020`, `Summer`): a date and the note shown beside it."""
    match = _NOTE.match(value)
    return (match[1], match[2]) if match else (value, "")


def check_date(value: Any) -> Any:
    """Accept `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `present`, with an optional note in
    parentheses after it (`2020 (Summer)`); YAML may hand over a bare year as int."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value  # let pydantic report the type
    date, note = split_date(value.strip())
    checked = _check_plain_date(value, date)
    return f"{checked} ({note})" if note else checked


def _check_plain_date(value: str, text: str) -> str:
    if text.lower() == "present":
        return "present"
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"'{value}' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or present")
    month, day = match.group(2), match.group(3)
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"'{value}' has no month {int(month)}")
    if day and not 1 <= int(day) <= 31:
        raise ValueError(f"'{value}' has no day {int(day)}")
    return text


Date = Annotated[
    str,
    BeforeValidator(check_date, json_schema_input_type=str | int),
    Field(
        description="YYYY, YYYY-MM or YYYY-MM-DD; `present` (or no end date) means ongoing;"
        " a note in parentheses may follow, e.g. `2020 (Summer)`",
        json_schema_extra={"pattern": r"^(\d{4}(-\d{2}(-\d{2})?)?|present)( \([^()]+\))?$"},
    ),
]
Markdown = Annotated[
    str,
    Field(description="Text with inline markdown: **bold**, *italic*, `code`, [links](https://…)"),
]


def _check_link(value: Any) -> Any:
    """A link from a stranger's source must not run a script or open a local file."""
    if isinstance(value, str) and (problem := link_problem(value)):
        raise ValueError(problem)
    return value


Url = Annotated[
    str,
    BeforeValidator(_check_link),
    Field(description="An http(s), mailto or tel address"),
]
Tags = Annotated[
    list[str],
    Field(default_factory=list, description="Labels that variants select on, e.g. backend or ai"),
]
