"""The layout check (resume/check/layout.py) on our own sources in every built-in theme: the
session's renders of data/resume.yaml and data/example.yaml, résumé and portfolio.

A theme in LAYOUT_CLEAN has nothing to mark. Every other theme may not get worse than it was
measured after the first rework of the themes (issue 30): BASELINE counts, per PDF, what the
check marked on 2026-12-07. When a reworked theme passes, it goes into LAYOUT_CLEAN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from resume.check.glyphs import read_pages
from resume.check.layout import Layout, check_layout
from resume.check.source import source_of
from tests.showcase import CASE_IDS, CASES, SOURCES, Showcases

# The themes whose résumé and portfolio of both sources have nothing to mark. None yet: the lead
# adds each theme here as the rework lands.
LAYOUT_CLEAN: tuple[str, ...] = ()

# (source, theme, output): what the check marks after the rework (issue 30's first round,
# 2026-12-07; before it, 90 findings over both sources: academic 15, classic 8, compact 7,
# jake 14, modern 15, sidebar 18, timeline 13; after, 74: 10, 6, 5, 12, 17, 15, 9). A theme may
# not get worse than this; lower an entry when a change makes a theme better. Then
# engine/wraps.py (issue 30, part 4) took 27 of the 36 stranded words; the 9 left are entry
# titles in a row beside their dates, which it leaves to the theme.
BASELINE: dict[tuple[str, str, str], dict[str, int]] = {
    ("default", "academic", "portfolio"): {},
    ("default", "academic", "resume"): {},
    ("default", "classic", "portfolio"): {},
    ("default", "classic", "resume"): {},
    ("default", "compact", "portfolio"): {},
    ("default", "compact", "resume"): {},
    ("default", "jake", "portfolio"): {"short-page": 1},
    ("default", "jake", "resume"): {},
    ("default", "modern", "portfolio"): {"small-type": 4, "stranded-word": 1},
    ("default", "modern", "resume"): {},
    ("default", "sidebar", "portfolio"): {"short-page": 1},
    ("default", "sidebar", "resume"): {},
    ("default", "timeline", "portfolio"): {},
    ("default", "timeline", "resume"): {},
    ("example", "academic", "portfolio"): {"stranded-word": 2, "wrapped-date": 2},
    ("example", "academic", "resume"): {"wrapped-date": 2},
    ("example", "classic", "portfolio"): {"stranded-word": 2, "wrapped-date": 2},
    ("example", "classic", "resume"): {},
    ("example", "compact", "portfolio"): {"stranded-word": 1, "wrapped-date": 2},
    ("example", "compact", "resume"): {},
    ("example", "jake", "portfolio"): {"short-page": 1, "stranded-word": 2, "wrapped-date": 2},
    ("example", "jake", "resume"): {"wrapped-date": 2},
    ("example", "modern", "portfolio"): {"small-type": 5, "wrapped-date": 2},
    ("example", "modern", "resume"): {"wrapped-date": 2},
    ("example", "sidebar", "portfolio"): {"separator-at-edge": 1},
    ("example", "sidebar", "resume"): {"stranded-word": 1, "wrapped-date": 5},
    ("example", "timeline", "portfolio"): {"wrapped-date": 2},
    ("example", "timeline", "resume"): {"wrapped-date": 2},
}


def outputs(showcases: Showcases, source: str, theme: str) -> dict[str, Path]:
    showcase = showcases.get(source, theme)
    made = {"portfolio": showcase.portfolio}
    if showcase.resume is not None:
        made["resume"] = showcase.resume
    return made


def layout_of(path: Path) -> Layout:
    return check_layout(path, source_of(path))


@pytest.mark.parametrize(("source", "theme"), CASES, ids=CASE_IDS)
def test_our_sources_have_nothing_new_to_mark(
    showcases: Showcases, source: str, theme: str
) -> None:
    for output, path in outputs(showcases, source, theme).items():
        layout = layout_of(path)
        if theme in LAYOUT_CLEAN:
            assert layout.findings == [], f"{output}: {layout.summary()}"
            continue
        allowed = BASELINE.get((source, theme, output), {})
        worse = {k: n for k, n in layout.counts().items() if n > allowed.get(k, 0)}
        assert not worse, f"{output}: more than before the rework, {worse}: {layout.summary()}"


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
