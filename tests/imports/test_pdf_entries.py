"""An entry's pieces from its heading lines: the bold words it starts with, what follows them
up to a dash or a bar, its dates (from the side column first) and its places."""

from __future__ import annotations

from typing import Any

import pytest

from resume.imports.pdf_entries import PLACE, add_body, heading_parts, lead_words, span_of
from resume.imports.pdf_layout import Line, Run, Segment
from resume.imports.pdf_structure import Entry


def _segment(*runs: tuple[str, bool]) -> Segment:
    return Segment(0, 100, [Run(text, 10, bold, False) for text, bold in runs])


def _line(*segments: Segment) -> Line:
    return Line(0, 700, list(segments))


def test_the_bold_words_lead_and_the_rest_is_cut_at_dashes_and_bars() -> None:
    heading = _line(
        _segment(("Platform Engineer", True), (", Northwind Trading | Leeds, UK", False)),
        _segment(("Mar 2021 – present", False)),
    )
    entry = Entry(headings=[heading, _line(_segment(("Team of six", False)))])
    assert lead_words(entry) == "Platform Engineer"
    assert heading_parts(entry) == (
        ["Platform Engineer", "Northwind Trading", "Leeds, UK", "Team of six"],
        [],
    )
    assert span_of(entry) == {"startDate": "2021-03", "endDate": "present"}


def test_without_bold_the_lead_is_the_first_piece_and_dates_first_are_not_it() -> None:
    entry = Entry(
        headings=[
            _line(_segment(("2016 – 2019", False)), _segment(("Developer — Nordkapp AS", False)))
        ]
    )
    assert lead_words(entry) == "Developer"
    assert heading_parts(entry)[0] == ["Developer", "Nordkapp AS"]


def test_the_side_columns_dates_come_first_and_its_other_pieces_are_places() -> None:
    entry = Entry(
        headings=[_line(_segment(("Analyst", True), (" 2010 – 2012", False)))],
        asides=["Jan 2020 – Feb 2021", "Oslo, Norway", "1 yr 2 mos"],
    )
    assert span_of(entry) == {"startDate": "2020-01", "endDate": "2021-02"}
    assert heading_parts(entry)[1] == ["Oslo, Norway"]


def test_an_entry_without_dates_has_none() -> None:
    assert span_of(Entry(headings=[_line(_segment(("Volunteer", True)))])) == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Remote", True),
        ("Calgary, AB", True),
        ("Seattle, WA 98104", True),
        ("Boston MA", True),
        ("London, UK", True),
        ("Senior Engineer", False),
        ("Python, SQL", False),
    ],
)
def test_a_place_as_headings_write_one(text: str, place: bool) -> None:
    assert bool(PLACE.match(text)) is place


def test_the_body_and_the_first_web_link() -> None:
    entry = Entry(
        summary=["Built the billing service.", "In Go."],
        highlights=["Cut costs"],
        links=["mailto:a@b.org", "https://acme.example/billing", "https://x.org"],
    )
    item: dict[str, Any] = {}
    add_body(item, entry, "description")
    assert item == {
        "url": "https://acme.example/billing",
        "description": "Built the billing service. In Go.",
        "highlights": ["Cut costs"],
    }
