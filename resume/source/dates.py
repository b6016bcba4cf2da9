"""Dates as people write them in JSON Resume files: `2012, October`, `2019/05`, `Summer 2020`,
`jetzt`, `Present (part-time)`.

A text is read as the date it holds (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `present`) and the
words around it, which are kept as a note that is shown beside the date: `2020 (Summer)`.
An impossible month or day is dropped and the rest kept. Only a format that forgives
`loose_dates` (JSON Resume, see parsed.py) is read this way; our own YAML keeps its strict dates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from resume.errors import Problem
from resume.source.calendar import PRESENT_WORDS, month_words
from resume.source.model_base import check_date
from resume.source.parsed import FieldPath, Source

_MONTHS = month_words()
_MONTH_WORD = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(w) for w in sorted(_MONTHS, key=len, reverse=True))
    + r")\.?(?!\w)",
    re.IGNORECASE,
)
_PRESENT_WORD = re.compile(
    r"(?<!\w)("
    + "|".join(
        re.escape(w)
        for w in sorted({w for ws in PRESENT_WORDS.values() for w in ws}, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
# Numbers with separators, most specific first: (pattern, the order of its groups).
_NUMERIC = (
    (re.compile(r"(?<!\d)(\d{4})年\s*(?:(\d{1,2})月\s*(?:(\d{1,2})日)?)?"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)"), "my"),
)
_DAY_BEFORE_MONTH = re.compile(r"(?<!\d)(\d{1,2})\.?\s+$")
_DAY_AFTER_MONTH = re.compile(r"^\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_NOISE = re.compile(r"^[\s,.;:/\-–—()\[\]]+|[\s,.;:/\-–—()\[\]]+$")


@dataclass(frozen=True)
class LooseDate:
    """What a date text means: the date, the words around it, what could not be used."""

    date: str  # YYYY, YYYY-MM, YYYY-MM-DD or present
    words: str = ""
    dropped: str = ""  # e.g. "no month 13"

    @property
    def value(self) -> str:
        """The date as the model holds it: the note, if any, in parentheses after it."""
        return f"{self.date} ({self.words})" if self.words else self.date


def read_loose_date(text: str) -> LooseDate | None:
    """The date in `text`, or None when it holds no year and no word for "present"."""
    text = text.strip()
    found = _numeric(text) or _worded(text)
    if found is None:
        present = _PRESENT_WORD.search(text)
        if not present:
            return None
        return LooseDate("present", _words(text, [present.span()]))
    (year, month, day), spans = found
    date, dropped = _valid(year, month, day)
    return LooseDate(date, _words(text, spans), dropped)


_Parts = tuple[int, int | None, int | None]


def _numeric(text: str) -> tuple[_Parts, list[tuple[int, int]]] | None:
    for pattern, order in _NUMERIC:
        if not (match := pattern.search(text)):
            continue
        groups = match.groups()
        if order == "ymd":
            parts = _int(groups[0]), _int(groups[1]), _int(groups[2])
        elif order == "my":
            parts = _int(groups[1]), _int(groups[0]), None
        else:
            parts = _day_month_year(int(groups[0]), groups[1], int(groups[2]), int(groups[3]))
        return (parts[0] or 0, parts[1], parts[2]), [match.span()]
    return None


def _day_month_year(first: int, separator: str, second: int, year: int) -> _Parts:
    """`31.12.2019` is day first; `12/31/2019` month first; `05/06/2019` could be either."""
    if separator != "/" or first > 12:
        return year, second, first
    if second > 12:
        return year, first, second
    return year, None, None  # ambiguous: only the year is sure


def _worded(text: str) -> tuple[_Parts, list[tuple[int, int]]] | None:
    """`October 2012`, `2012, October`, `15 Oktober 2012`, `Oct 15, 2012`, `Summer 2020`."""
    year = _YEAR.search(text)
    if not year:
        return None
    spans = [year.span()]
    month = _MONTH_WORD.search(text)
    if not month:
        return (int(year[1]), None, None), spans
    spans.append(month.span())
    day = None
    before = _DAY_BEFORE_MONTH.search(text[: month.start()])
    after = _DAY_AFTER_MONTH.search(text[month.end() :])
    if before and before.start(1) != year.start():
        day = int(before[1])
        spans.append((before.start(1), month.start()))
    elif after:
        day = int(after[1])
        spans.append((month.end(), month.end() + after.end()))
    return (int(year[1]), _MONTHS[month[1].lower()], day), spans


def _valid(year: int, month: int | None, day: int | None) -> tuple[str, str]:
    """The date as text, dropping a month or day that does not exist (and saying so)."""
    if month is None:
        return f"{year:04d}", ""
    if not 1 <= month <= 12:
        return f"{year:04d}", f"no month {month}"
    if day is None:
        return f"{year:04d}-{month:02d}", ""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}", f"no day {day} in that month"
    return f"{year:04d}-{month:02d}-{day:02d}", ""


def _words(text: str, spans: list[tuple[int, int]]) -> str:
    """What is left of `text` once the date's parts are taken out, without stray punctuation."""
    kept = list(text)
    for start, end in spans:
        kept[start:end] = [" "] * (end - start)
    rest = re.sub(r"[()\[\]]", " ", "".join(kept))
    rest = re.sub(r"\s+", " ", rest)
    while (cleaner := _NOISE.sub("", rest)) != rest:
        rest = cleaner
    return rest if re.search(r"[^\W\d_]", rest) else ""  # digits alone are no words


def _int(text: str | None) -> int | None:
    return int(text) if text else None


# --- normalising the dates of a parsed source (see validate.py) --------------------------------

_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")
_ONGOING = {"now", "current", "ongoing", "today"}


def normalize_date(
    source: Source, data: dict[str, Any], key: str, path: FieldPath
) -> list[Problem]:
    """A date as JSON Resume files write it, in place, with a warning that says how it was read."""
    value = data[key]
    where = (*path, key)
    if value is None or (isinstance(value, str) and not value.strip()):
        del data[key]
        return [source.problem(where, "empty date, left out", warning=True)]
    if not isinstance(value, str):
        return []
    text = value.strip()
    if text.lower() in _ONGOING:
        data[key] = "present"
        return [source.problem(where, f"'{value}' read as present", warning=True)]
    if (match := _MONTH_YEAR.match(text)) and 1 <= int(match.group(1)) <= 12:
        data[key] = f"{match.group(2)}-{int(match.group(1)):02d}"
        return [
            source.problem(where, f"'{value}' read as {data[key]} (write YYYY-MM)", warning=True)
        ]
    if source.format.forgives.loose_dates and not _is_date(text):
        return [_loose_date(source, data, key, where)]
    return []


def _is_date(text: str) -> bool:
    try:
        check_date(text)
    except ValueError:
        return False
    return True


def _loose_date(source: Source, data: dict[str, Any], key: str, where: FieldPath) -> Problem:
    """A date as people write it (`2012, October`, `jetzt`), in a JSON source."""
    value = data[key]
    loose = read_loose_date(value)
    if loose is None:
        del data[key]
        return source.problem(where, f"'{value}' holds no date, left out", warning=True)
    data[key] = loose.value
    dropped = f" ({loose.dropped})" if loose.dropped else ""
    return source.problem(where, f"'{value}' read as {loose.value}{dropped}", warning=True)
