"""The layout check (resume/check/layout.py) on our own sources in every built-in theme: the
session's renders of data/resume.yaml and data/example.yaml, résumé and portfolio.

A theme in LAYOUT_CLEAN has nothing to mark. Every other theme may not get worse than it was
measured before the themes were reworked (issue 30): BASELINE counts, per PDF, what the check
marked on 2026-12-07. When a reworked theme passes, it goes into LAYOUT_CLEAN."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.check.layout import Layout, check_layout
from resume.check.source import source_of
from tests.showcase import CASE_IDS, CASES, Showcases

# The themes whose résumé and portfolio of both sources have nothing to mark. None yet: the lead
# adds each theme here as the rework lands.
LAYOUT_CLEAN: tuple[str, ...] = ()

# (source, theme, output): what the check marked before the rework, kind by kind.
BASELINE: dict[tuple[str, str, str], dict[str, int]] = {
    ("default", "academic", "portfolio"): {"stranded-word": 1},
    ("default", "academic", "resume"): {"short-page": 1, "stranded-word": 2},
    ("default", "classic", "portfolio"): {},
    ("default", "classic", "resume"): {"stranded-word": 1},
    ("default", "compact", "portfolio"): {"stranded-word": 2},
    ("default", "compact", "resume"): {},
    ("default", "jake", "portfolio"): {"short-page": 1, "stranded-word": 2},
    ("default", "jake", "resume"): {"stranded-word": 1},
    ("default", "modern", "portfolio"): {"small-type": 4, "stranded-word": 2},
    ("default", "modern", "resume"): {},
    ("default", "sidebar", "portfolio"): {"short-page": 1, "small-type": 1, "stranded-word": 2},
    ("default", "sidebar", "resume"): {"small-type": 1, "stranded-word": 3},
    ("default", "timeline", "portfolio"): {"short-page": 1, "small-type": 1},
    ("default", "timeline", "resume"): {"small-type": 1, "stranded-word": 2},
    ("example", "academic", "portfolio"): {
        "separator-at-edge": 1,
        "stranded-word": 3,
        "wrapped-date": 2,
    },
    ("example", "academic", "resume"): {
        "separator-at-edge": 1,
        "short-page": 1,
        "stranded-word": 1,
        "wrapped-date": 2,
    },
    ("example", "classic", "portfolio"): {
        "separator-at-edge": 1,
        "stranded-word": 2,
        "wrapped-date": 2,
    },
    ("example", "classic", "resume"): {"separator-at-edge": 1, "stranded-word": 1},
    ("example", "compact", "portfolio"): {
        "separator-at-edge": 1,
        "stranded-word": 1,
        "wrapped-date": 2,
    },
    ("example", "compact", "resume"): {"separator-at-edge": 1},
    ("example", "jake", "portfolio"): {
        "separator-at-edge": 1,
        "short-page": 1,
        "stranded-word": 3,
        "wrapped-date": 2,
    },
    ("example", "jake", "resume"): {"separator-at-edge": 1, "wrapped-date": 2},
    ("example", "modern", "portfolio"): {"small-type": 5, "wrapped-date": 2},
    ("example", "modern", "resume"): {"stranded-word": 1, "wrapped-date": 1},
    ("example", "sidebar", "portfolio"): {
        "separator-at-edge": 1,
        "small-type": 1,
        "stranded-word": 2,
    },
    ("example", "sidebar", "resume"): {"small-type": 1, "stranded-word": 1, "wrapped-date": 4},
    ("example", "timeline", "portfolio"): {
        "short-page": 1,
        "small-type": 1,
        "stranded-word": 2,
        "wrapped-date": 2,
    },
    ("example", "timeline", "resume"): {"small-type": 1, "wrapped-date": 1},
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
