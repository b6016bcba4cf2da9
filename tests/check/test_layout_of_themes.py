"""The layout check (resume/check/layout.py) on our own sources in every built-in theme: the
session's renders of data/resume.yaml and data/example.yaml, résumé and portfolio.

Every theme has nothing to mark on either (issue 30; before its rework the check marked 90
findings over both sources: academic 15, classic 8, compact 7, jake 14, modern 15, sidebar 18,
timeline 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from resume.check.glyphs import read_pages
from resume.check.layout import Layout, check_layout
from resume.check.source import source_of
from tests.showcase import CASE_IDS, CASES, SOURCES, Showcases


def outputs(showcases: Showcases, source: str, theme: str) -> dict[str, Path]:
    showcase = showcases.get(source, theme)
    made = {"portfolio": showcase.portfolio}
    if showcase.resume is not None:
        made["resume"] = showcase.resume
    return made


def layout_of(path: Path) -> Layout:
    return check_layout(path, source_of(path))


@pytest.mark.parametrize(("source", "theme"), CASES, ids=CASE_IDS)
def test_our_sources_have_nothing_to_mark(showcases: Showcases, source: str, theme: str) -> None:
    for output, path in outputs(showcases, source, theme).items():
        layout = layout_of(path)
        assert layout.findings == [], f"{output}: {layout.summary()}"


# A date range or a year alone, as the source writes an entry's dates.
DATES_ALONE = re.compile(r"(?:[A-Z][a-z]{2} )?\d{4}(?: – (?:(?:[A-Z][a-z]{2} )?\d{4}|Present))?")


@pytest.mark.parametrize("output", ["resume", "portfolio"])
def test_jake_sets_each_date_and_place_at_the_right_margin(
    showcases: Showcases, output: str
) -> None:
    """Jake's rows: a job's place and every entry's dates end where the longest lines end."""
    path = outputs(showcases, "example", "jake")[output]
    places = {job["location"] for job in yaml.safe_load(SOURCES["example"].read_text())["work"]}
    at_right = 0
    for page in read_pages(path):
        margin = max(line.right for line in page.lines)
        for line in page.lines:
            text = line.text.strip()
            if text in places or DATES_ALONE.fullmatch(text):
                assert line.right == pytest.approx(margin, abs=1), f"p{page.number}: {text}"
                at_right += 1
    assert at_right >= len(places) * 2, "too few dates and places found at all"
