"""pdf.js's text items read as OpenResume reads them: our model of a parser that runs on pdf.js
(browsers, web-based applicant-tracking systems).

OpenResume (github.com/xitanggg/open-resume) is an independent résumé parser built on pdf.js.
Its src/app/lib/parse-resume-from-pdf/read-pdf.ts drops each item that is whitespace, unless it
is a single space or ends a line; group-text-items-into-lines.ts then
- ends a line at each item pdf.js marks hasEOL, keeping that item if it has text;
- merges two neighbours of a line when the gap between them (the right one's x minus the left
  one's x + width) is at most the typical character width: the total width over the total
  characters of the items with text in the most common height (by items) and font (by
  characters). A space goes between the two only after : , | . or a bullet, or before | or a
  bullet, as its shouldAddSpaceBetweenText says;
- leaves the others apart, as fields of their own, which its later steps read with a space
  between (extract-resume-from-sections/lib/bullet-points.ts joins them so).

One change: a line also ends with its page. OpenResume runs the pages' items together, so the
last line of a page would be measured against the first of the next and glued to it."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

# Its BULLET_POINTS that are one character (JavaScript compares one UTF-16 unit, so the others,
# 🞄 and ⚫︎, never match).
BULLETS = "⋅∙•⦁●⬤⚬○"
_Key = TypeVar("_Key", bound=Hashable)


@dataclass(frozen=True)
class TextItem:
    """One of pdf.js's text items, with what OpenResume uses of it."""

    text: str
    x: float
    width: float
    height: float = 0.0
    font: str = ""
    eol: bool = False

    @classmethod
    def from_pdfjs(cls, item: dict[str, Any]) -> TextItem:
        """From an item as resume/check/pdfjs_items.mjs writes it."""
        return cls(item["str"], item["x"], item["width"], item["height"], item["font"], item["eol"])


def read_text(pages: Sequence[Sequence[TextItem]]) -> str:
    """The document's text: each line's fields with a space between, a line break after each."""
    return "\n".join(" ".join(line) for line in read_lines(pages))


def read_lines(pages: Sequence[Sequence[TextItem]]) -> list[list[str]]:
    """Each line of the document as the fields OpenResume makes of it."""
    lines = [line for page in pages for line in _lines(page)]
    char_width = typical_char_width([item for line in lines for item in line])
    return [[item.text for item in merged(line, char_width)] for line in lines]


def _lines(page: Sequence[TextItem]) -> list[list[TextItem]]:
    lines: list[list[TextItem]] = []
    line: list[TextItem] = []
    for item in page:
        if item.text.strip() or (item.text == " " and not item.eol):
            line.append(item)
        if item.eol:
            lines.append(line)
            line = []
    return [*lines, line] if line else lines


def typical_char_width(items: Iterable[TextItem]) -> float:
    """The width of a character in the most common height and font (NaN when no item has
    both, as in JavaScript: nothing is then merged)."""
    shown = [item for item in items if item.text.strip()]
    height = _most_common((item.height, 1) for item in shown)
    font = _most_common((item.font, len(item.text)) for item in shown)
    common = [item for item in shown if item.height == height and item.font == font]
    characters = sum(len(item.text) for item in common)
    return sum(item.width for item in common) / characters if characters else math.nan


def _most_common(weighted: Iterable[tuple[_Key, int]]) -> _Key | None:
    """The value whose weight first reaches the highest total (ties go to the earlier)."""
    totals: dict[_Key, int] = {}
    best, most = None, 0
    for value, weight in weighted:
        totals[value] = totals.get(value, 0) + weight
        if totals[value] > most:
            best, most = value, totals[value]
    return best


def merged(line: Sequence[TextItem], char_width: float) -> list[TextItem]:
    """The line with each item merged into its left neighbour when they are at most
    `char_width` apart, from the right end of the line to its left."""
    items = list(line)
    for right in range(len(items) - 1, 0, -1):
        left, current = items[right - 1], items[right]
        if current.x - (left.x + left.width) <= char_width:
            space = " " if _space_between(left.text, current.text) else ""
            width = current.x + current.width - left.x
            items[right - 1] = replace(left, text=left.text + space + current.text, width=width)
            del items[right]
    return items


def _space_between(left: str, right: str) -> bool:
    """A space OpenResume puts back between two merged items."""
    return (left[-1] in ":,|." + BULLETS and right[0] != " ") or (
        left[-1] != " " and right[0] in "|" + BULLETS
    )
