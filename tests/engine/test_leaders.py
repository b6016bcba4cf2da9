"""A leader is drawn from left to right, so that pdfminer.six, which makes its lines of glyphs in
the order they are drawn, reads a title, its leader and its dates as one line, in that order, and
then the place under the dates and the bullets: as base.css sets an entry's heading."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from pdfminer.high_level import extract_text

from resume.engine.fetcher import ConfinedFetcher
from resume.engine.pdf import PdfRenderer
from resume.theme.fonts import FONT_DIR, font_face_css

CSS = (
    font_face_css(["Source Sans 3"])
    + """
body { font-family: 'Source Sans 3'; font-size: 10pt; }
h3 { display: inline; font-size: 1em; padding-right: 0.15em; }
.when::before { content: leader("."); color: transparent; }
.when > span { margin-left: 0.2em; }
ul { margin: 0; padding-left: 0.5em; list-style: none; }
li::before { content: "• "; }
"""
)
ENTRY = (
    '<div><h3>{title}</h3><span class="when"><span>{dates}</span></span></div>'
    '<div><span class="when"><span>{place}</span></span></div>'
    "<ul><li>{bullet}</li><li>More of it.</li></ul>"
)
HTML = "".join(
    ENTRY.format(title=title, dates=dates, place=place, bullet=bullet)
    for title, dates, place, bullet in [
        ("Engineer, Acme", "Mar 2021 – Present", "Oslo, Norway", "Kept the lights on."),
        ("Intern, Initech", "Jun 2019 – Aug 2019", "Austin, TX", "Filed the reports."),
    ]
)
ORDER = ["Acme", "Mar 2021", "Oslo", "Kept", "Initech", "Jun 2019", "Austin", "Filed"]


def pdfminer_text(tmp_path: Path) -> str:
    made = PdfRenderer(CSS, tmp_path, ConfinedFetcher([tmp_path, FONT_DIR]), lambda _: "")
    pdf = tmp_path / "leaders.pdf"
    pdf.write_bytes(made.write(made.layout(HTML)).data)
    return " ".join(extract_text(pdf).split())


def in_order(text: str) -> bool:
    found = [text.find(words) for words in ORDER]
    return -1 not in found and found == sorted(found)


def test_pdfminer_reads_each_title_its_dates_its_place_then_its_bullets(tmp_path: Path) -> None:
    text = pdfminer_text(tmp_path)
    assert in_order(text), text


def test_drawn_as_weasyprint_lays_them_out_the_dates_come_first(tmp_path: Path) -> None:
    """Why the pass exists: WeasyPrint's own order (right to left) breaks the line."""
    with mock.patch("resume.engine.pdf.draw_leaders_left_to_right", lambda document: None):
        text = pdfminer_text(tmp_path)
    assert not in_order(text), "pdfminer reads a backwards leader in order: the pass is needless"
