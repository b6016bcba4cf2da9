"""The two-column sidebar theme, read by machines. Its side column (contacts, skills, languages,
...) is one block before the main column in every reader, and pdftotext -layout, which keeps
the page's geometry, never puts a line of one column on the output line of the other: read
column by column, its text is in the document's order too.

The PDFs are the reader tests' (tests/check/conftest.py), rendered once per session; the four
readers' verdicts on them (every word in this theme's order, fields apart) are in
tests/check/test_extractors.py. tests/engine/test_fit.py checks a fitted sidebar résumé here."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from resume.check import Report
from resume.check.extractors import Extracted, available, extract_all
from resume.check.source import embedded_resume, output_of, recorded_theme
from resume.check.words import body_text, in_order_share, page_html, words_of
from resume.theme.themes import load_theme
from tests.check.conftest import OUTPUTS, SOURCES

THEME = "sidebar"
CASES = [(source, output) for source in SOURCES for output in OUTPUTS]
CASE_IDS = [f"{source}-{output}" for source, output in CASES]


@dataclass(frozen=True)
class Columns:
    """The words of a PDF's page, as its HTML has them: the masthead, the side column, the main."""

    head: list[str]
    side: list[str]
    main: list[str]

    @property
    def in_order(self) -> list[str]:
        return [*self.head, *self.side, *self.main]

    @property
    def side_only(self) -> set[str]:
        return set(self.side) - set(self.main) - set(self.head)

    @property
    def main_only(self) -> set[str]:
        return set(self.main) - set(self.side) - set(self.head)


def columns_of(path: Path) -> Columns:
    """The columns of one of our sidebar PDFs, from the source it carries."""
    reader = pypdf.PdfReader(path)
    resume, _ = embedded_resume(reader, path)
    output = output_of(resume, str(dict(reader.metadata or {}).get("/Title", "")))
    page = page_html(resume, output, recorded_theme(reader))
    side = re.search(r'<aside class="side">(.*?)</aside>', page, re.S)
    main = re.search(r'<main class="main">(.*?)</main>', page, re.S)
    head = re.search(r'<header class="masthead">(.*?)</header>', page, re.S)
    assert side and main and head, "the page has no side and main column"
    return Columns(*(words_of(body_text(f"<div>{m.group(1)}</div>")) for m in (head, side, main)))


def layout_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8", "replace")


def mixed_lines(layout: str, columns: Columns) -> list[str]:
    """The lines of `pdftotext -layout` that hold words only the side column has and words only
    the main column has: a line from each column, side by side."""
    return [
        line
        for line in layout.splitlines()
        if set(words_of(line)) & columns.side_only and set(words_of(line)) & columns.main_only
    ]


def column_by_column(layout: str, columns: Columns) -> list[str]:
    """The words of `pdftotext -layout`, page by page: the lines left of the main column (the
    masthead and the side column), then the main column's, which start at its indent."""
    found: list[str] = []
    for page in layout.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        indents = [
            len(line) - len(line.lstrip())
            for line in lines
            if set(words_of(line)) & columns.main_only
        ]
        gutter = min(indents, default=0)
        left = [line for line in lines if len(line) - len(line.lstrip()) < gutter]
        right = [line for line in lines if len(line) - len(line.lstrip()) >= gutter]
        found += words_of("\n".join(left)) + words_of("\n".join(right))
    return found


@pytest.fixture(scope="module")
def texts(reports: dict[tuple[str, str, str], Report]) -> dict[Path, list[Extracted]]:
    """Every reader's text of the sidebar PDFs, pdf.js in one run of Node."""
    paths = [reports[THEME, source, output].path for source, output in CASES]
    return extract_all(paths, available())


def test_sidebar_is_a_built_in_two_column_theme() -> None:
    assert load_theme(THEME).meta.layout == "two-column"
    assert load_theme("compact").meta.layout == "one-column"


@pytest.mark.parametrize(("source", "output"), CASES, ids=CASE_IDS)
def test_every_reader_takes_the_side_column_whole_before_the_main_one(
    reports: dict[tuple[str, str, str], Report],
    texts: dict[Path, list[Extracted]],
    source: str,
    output: str,
) -> None:
    path = reports[THEME, source, output].path
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
    reports: dict[tuple[str, str, str], Report], source: str, output: str
) -> None:
    path = reports[THEME, source, output].path
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
