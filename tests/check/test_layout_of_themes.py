"""The layout check (resume/check/layout.py) on our own sources in every built-in theme: the
session's renders of data/resume.yaml and data/example.yaml, résumé and portfolio.

A theme in LAYOUT_CLEAN has nothing to mark. Every other theme may not get worse than it was
measured after the first rework of the themes (issue 30): BASELINE counts, per PDF, what the
check marked on 2026-12-07. When a reworked theme passes, it goes into LAYOUT_CLEAN."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.check.layout import Layout, check_layout
from resume.check.source import source_of
from tests.showcase import CASE_IDS, CASES, Showcases

# The themes whose résumé and portfolio of both sources have nothing to mark. None yet: the lead
# adds each theme here as the rework lands.
LAYOUT_CLEAN: tuple[str, ...] = ()

# (source, theme, output): what the check marks after the rework (issue 30's first round,
# 2026-12-07; before it, 90 findings over both sources: academic 15, classic 8, compact 7,
# jake 14, modern 15, sidebar 18, timeline 13; after, 74: 10, 6, 5, 12, 17, 15, 9; after the
# portfolio's space, 57: 7, 6, 5, 8, 7, 15, 9). A theme may not get worse than this; lower an
# entry when a change makes a theme better. (The portfolio set in its own type, 10 to 10.8 pt,
# not the résumé's, rewrapped its text: that raised four portfolio entries, stranded words and,
# in sidebar, a publication's venue and year.)
BASELINE: dict[tuple[str, str, str], dict[str, int]] = {
    ("default", "academic", "portfolio"): {},
    ("default", "academic", "resume"): {"stranded-word": 2},
    ("default", "classic", "portfolio"): {"stranded-word": 2},
    ("default", "classic", "resume"): {"stranded-word": 1},
    ("default", "compact", "portfolio"): {"stranded-word": 1},
    ("default", "compact", "resume"): {},
    ("default", "jake", "portfolio"): {"stranded-word": 2},
    ("default", "jake", "resume"): {"stranded-word": 1},
    ("default", "modern", "portfolio"): {"stranded-word": 1},
    ("default", "modern", "resume"): {"stranded-word": 1},
    ("default", "sidebar", "portfolio"): {"stranded-word": 1},
    ("default", "sidebar", "resume"): {"stranded-word": 3},
    ("default", "timeline", "portfolio"): {"stranded-word": 3},
    ("default", "timeline", "resume"): {"stranded-word": 2},
    ("example", "academic", "portfolio"): {"stranded-word": 1, "wrapped-date": 2},
    ("example", "academic", "resume"): {"wrapped-date": 2},
    ("example", "classic", "portfolio"): {"wrapped-date": 2},
    ("example", "classic", "resume"): {"stranded-word": 1},
    ("example", "compact", "portfolio"): {"stranded-word": 2, "wrapped-date": 2},
    ("example", "compact", "resume"): {},
    ("example", "jake", "portfolio"): {"stranded-word": 1, "wrapped-date": 2},
    ("example", "jake", "resume"): {"wrapped-date": 2},
    ("example", "modern", "portfolio"): {"wrapped-date": 2},
    ("example", "modern", "resume"): {"stranded-word": 1, "wrapped-date": 2},
    ("example", "sidebar", "portfolio"): {"split": 1, "stranded-word": 1, "wrapped-date": 2},
    ("example", "sidebar", "resume"): {"stranded-word": 2, "wrapped-date": 5},
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
