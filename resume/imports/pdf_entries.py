"""An entry's pieces from its heading lines: the bold words it starts with, what follows them
up to a dash or bar, the lines under it, its dates and its places (the side column's)."""

from __future__ import annotations

import re
from typing import Any

from resume.imports.pdf_structure import Entry
from resume.imports.pdf_text import date_span, is_date, is_duration

_SEPARATORS = re.compile(r"\s+[–—|·]\s+|\s*(?:-{3,}|\.{4,}|·{3,})\s*")  # dashes, leaders
# A place as headings write one: `Boston MA`, `Calgary, AB`, `Seattle, WA 98104`, `Remote`.

_STATES = (  # the United States' two-letter codes, which follow a city without a comma
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)

PLACE = re.compile(
    r"^(?i:remote|hybrid|on-?site)\b"
    r"|^[\w][\w.'’ -]{1,40},\s*(?:[A-Z]{2}|USA|UK|U\.S\.A?\.?)(?:\s+\d{4,6})?$"
    rf"|^[A-Z][\w.'’ -]{{1,30}}\s(?:{_STATES})(?:\s+\d{{5}})?$"
)


def heading_texts(entry: Entry) -> list[str]:
    return [line.text for line in entry.headings]


def span_of(entry: Entry) -> dict[str, str]:
    """The entry's dates: from its side column, else from its heading lines."""
    texts = [*entry.asides, *(segment.text for line in entry.headings for segment in line.segments)]
    for text in texts:
        for piece in _SEPARATORS.split(text) if not is_date(text) else [text]:
            if is_date(piece) and (span := date_span(piece)):
                dates = {"startDate": span.start}
                if span.end:
                    dates["endDate"] = span.end
                return dates
    return {}


def heading_parts(entry: Entry) -> tuple[list[str], list[str]]:
    """The entry's words that are not dates: its heading's pieces (the bold words it starts
    with, what follows them up to a dash or bar, each further line), and its places (the side
    column's pieces that are not dates or durations)."""
    first, *others = entry.headings
    lead, at = lead_words(entry), _lead_segment(entry)
    text = first.segments[at].text
    rest = text[len(lead) :] if text.startswith(lead) else ""
    pieces = [lead, *_pieces(rest.lstrip(" ,|–—·"))]
    pieces += [segment.text for segment in first.segments[at + 1 :]]
    pieces += [line.text for line in others]
    places = [
        text
        for text in entry.asides
        if not is_date(text) and not is_duration(text) and text.strip()
    ]
    kept = [piece for piece in pieces if piece and not is_date(piece) and not is_duration(piece)]
    return kept, places


def _pieces(text: str) -> list[str]:
    return [piece.strip() for piece in _SEPARATORS.split(text) if piece.strip(" ,")]


def _lead_segment(entry: Entry) -> int:
    """Which segment of the heading's first line the entry's name or title starts."""
    segments = entry.headings[0].segments
    return next((i for i, segment in enumerate(segments) if not is_date(segment.text)), 0)


def lead_words(entry: Entry) -> str:
    """The bold words the entry's heading starts with (all of its first line if none are);
    dates that come first are not it."""
    segment = entry.headings[0].segments[_lead_segment(entry)]
    first = next((run for run in segment.runs if run.text.strip()), None)
    lead = first.text.strip().strip(" ,–|") if first is not None and first.bold else ""
    return lead or _pieces(segment.text)[0]


def add_body(item: dict[str, Any], entry: Entry, summary_key: str = "summary") -> None:
    """The entry's text under its heading, and where its heading links to."""
    web = [link for link in entry.links if link.lower().startswith(("http://", "https://"))]
    if web:
        item["url"] = web[0]
    if entry.summary:
        item[summary_key] = " ".join(entry.summary)
    if entry.highlights:
        item["highlights"] = list(entry.highlights)
