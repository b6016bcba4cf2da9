"""Small readings of free text that several importers share."""

from __future__ import annotations

import re

from resume.imports.dates import folded, parse_range

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
_GRADE = re.compile(r"^\s*\**\s*(c?gpa|grade|note|voto|score|mark|final grade)\b", re.IGNORECASE)


def title_words(title: str) -> str:
    """A section's title as titles are compared: folded, `_` as a space."""
    return folded(title.replace("_", " ")).strip()


def split_list(text: str) -> list[str]:
    """`Python (NumPy, pandas), SQL; Go` -> three items: commas, semicolons and `|` outside
    parentheses separate them."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += (char in "([{") - (char in ")]}")
        if char in ",;|" and depth <= 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [item.strip(" .") for item in items if item.strip(" .")]


def link_in(text: str) -> str | None:
    """The address of the first Markdown link in `text`."""
    match = _LINK.search(text)
    return match[2] if match else None


def is_grade(text: str) -> bool:
    """`GPA: 3.8/4.0`, `CGPA 8.2`: a line that gives a grade."""
    return bool(_GRADE.match(text))


def free_dates(text: str) -> tuple[str | None, str | None]:
    """(start, end) of a date written freely: a range, a date, or a season with a year
    (`Summer 2020` -> `2020 (Summer)`, our date with a note); (None, None) otherwise."""
    start, end = parse_range(text)
    if start or end:
        return start, end
    years = _YEAR.findall(text)
    match = _YEAR.search(text)
    if len(years) != 1 or match is None:
        return None, None
    note = re.sub(r"[()\[\]]", "", (text[: match.start()] + text[match.end() :])).strip(" ,–-")
    note = " ".join(note.split())
    return (f"{match[0]} ({note})" if note else match[0]), None
