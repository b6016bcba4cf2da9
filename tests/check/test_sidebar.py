"""The two-column sidebar theme, read by machines. Its side column (contacts, skills, languages,
...) is one block before the main column in every reader, and pdftotext -layout, which keeps
the page's geometry, never puts a line of one column on the output line of the other: read
column by column, its text is in the document's order too. (The portfolio is one column.)

The PDFs are the session's showcases (tests/showcase.py), rendered once per theme; the four
readers' verdicts on them (every word in this theme's order, fields apart) are in
tests/check/test_extractors.py. tests/engine/test_fit.py checks a fitted sidebar résumé too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resume.build import RenderOptions, render
from resume.check import check_pdf
from resume.check.extractors import Extracted, available, extract_all
from resume.check.words import in_order_share, words_of
from resume.theme.themes import load_theme
from tests.columns import Columns, column_by_column, columns_of, layout_text, mixed_lines
from tests.showcase import ROOT, SOURCES, Showcases

THEME = "sidebar"
OUTPUTS = ("resume",)  # the portfolio, a long read, is one column in the source's order
CASES = [(source, output) for source in SOURCES for output in OUTPUTS]
CASE_IDS = [f"{source}-{output}" for source, output in CASES]


def pdf(showcases: Showcases, source: str, output: str) -> Path:
    showcase = showcases.get(source, THEME)
    path = showcase.resume if output == "resume" else showcase.portfolio
    assert path is not None, showcase.resume_problem
    return path


@pytest.fixture(scope="module")
def texts(showcases: Showcases) -> dict[Path, list[Extracted]]:
    """Every reader's text of the sidebar PDFs, pdf.js in one run of Node."""
    return extract_all([pdf(showcases, *case) for case in CASES], available())


def test_sidebar_is_a_built_in_two_column_theme() -> None:
    assert load_theme(THEME).layout == "two-column"
    assert load_theme("compact").layout == "one-column"


@pytest.mark.parametrize(("source", "output"), CASES, ids=CASE_IDS)
def test_every_reader_takes_the_side_column_whole_before_the_main_one(
    showcases: Showcases, texts: dict[Path, list[Extracted]], source: str, output: str
) -> None:
    path = pdf(showcases, source, output)
    columns = columns_of(path)
    assert columns.side_only and columns.main_only
    for extracted in texts[path]:
        assert not extracted.error, extracted
        found = words_of(extracted.text)
        assert in_order_share(columns.in_order, found) == 1.0, extracted.reader
        sides = [i for i, word in enumerate(found) if word in columns.side_only]
        mains = [i for i, word in enumerate(found) if word in columns.main_only]
        between = [found[i] for i in mains if sides[0] < i < sides[-1]]
        assert between == [], f"{extracted.reader} reads the main column inside the side one"
        assert sides[-1] < mains[0], f"{extracted.reader} starts the main column first"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
@pytest.mark.parametrize(("source", "output"), CASES, ids=CASE_IDS)
def test_pdftotext_layout_keeps_each_column_on_lines_of_its_own(
    showcases: Showcases, source: str, output: str
) -> None:
    path = pdf(showcases, source, output)
    columns = columns_of(path)
    layout = layout_text(path)
    assert mixed_lines(layout, columns) == []
    assert in_order_share(columns.in_order, column_by_column(layout, columns)) == 1.0
    # Read straight down, line by line, the columns take turns: that is what the test is about.
    assert in_order_share(columns.in_order, words_of(layout)) < 1.0


def test_a_line_of_each_column_side_by_side_is_found() -> None:
    columns = Columns(["ada"], ["skills", "python"], ["experience", "acme"])
    side_by_side = "Ada\nSKILLS            EXPERIENCE\nPython            Acme\n"
    assert mixed_lines(side_by_side, columns) == [
        "SKILLS            EXPERIENCE",
        "Python            Acme",
    ]
    taking_turns = "Ada\n                  EXPERIENCE\nSKILLS\n                  Acme\nPython\n"
    assert mixed_lines(taking_turns, columns) == []
    assert column_by_column(taking_turns, columns) == [
        "ada",
        "skills",
        "python",
        "experience",
        "acme",
    ]


def test_a_side_column_of_contacts_alone_is_read_apart_from_the_main_one(tmp_path: Path) -> None:
    """No skills, no summary: the side column's last contact sits level with the main column's
    first title, which pdf.js would give as one line and glue ("mira@example.comEXPERIENCE")."""
    source = ROOT / "tests" / "cases" / "roles" / "promoted.yaml"
    options = RenderOptions(source=source, out=tmp_path, theme=THEME, outputs=["resume"])
    (written,) = render(options).written
    report = check_pdf(written.path)
    assert report.problems == [], str(report)
    assert mixed_lines(layout_text(written.path), columns_of(written.path)) == []
