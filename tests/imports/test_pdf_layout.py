"""A PDF page's text as a person sees it laid out: lines top to bottom, a wide gap between
segments (a flush-right date), runs of one style, the links behind the text."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from resume.imports.pdf_layout import Page, TooMuchText, page_layout

PAGE = """
<style>
  @page { size: letter; margin: 40pt } body { margin: 0; font-family: serif; font-size: 10pt }
  h1 { font-size: 24pt; font-weight: normal } .row { display: flex; justify-content: space-between }
</style>
<h1>Jonas Vik</h1>
<div class="row"><span><b>Senior Developer</b>, <i>Fjord Systems</i></span><span>2020 – 2023</span></div>
<p><a href="https://github.com/jvik">github.com/jvik</a></p>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Page:
    from weasyprint import HTML

    path = tmp_path_factory.mktemp("layout") / "page.pdf"
    HTML(string=PAGE).write_pdf(path)
    return page_layout(pypdfium2.PdfDocument(path), 0, 10_000)


def test_lines_read_top_to_bottom_with_their_sizes(page: Page) -> None:
    assert (page.width, page.height) == (612, 792)
    assert [line.text for line in page.lines] == [
        "Jonas Vik",
        "Senior Developer, Fjord Systems 2020 – 2023",
        "github.com/jvik",
    ]
    name, entry, link = (line.size for line in page.lines)
    assert name / entry == pytest.approx(2.4, abs=0.01)  # 24pt and 10pt, as the CSS sets them
    assert link == entry


def test_a_wide_gap_parts_segments_and_runs_keep_their_style(page: Page) -> None:
    entry, dates = page.lines[1].segments
    assert (entry.text, dates.text) == ("Senior Developer, Fjord Systems", "2020 – 2023")
    assert dates.x1 == pytest.approx(612 - 40, abs=1)  # flush right at the margin
    styles = [(run.text.strip(), run.bold, run.italic) for run in entry.runs if run.text.strip()]
    assert styles == [
        ("Senior Developer", True, False),
        (",", False, False),
        ("Fjord Systems", False, True),
    ]


def test_the_link_behind_the_text(page: Page) -> None:
    assert [link.uri for link in page.links] == ["https://github.com/jvik"]
    link, line = page.links[0], page.lines[2]
    assert link.bottom <= line.y <= link.top


def test_a_page_with_more_characters_than_allowed_is_not_read(tmp_path: Path) -> None:
    from weasyprint import HTML

    path = tmp_path / "page.pdf"
    HTML(string=PAGE).write_pdf(path)
    with pytest.raises(TooMuchText, match="page 1 holds more than 20 characters"):
        page_layout(pypdfium2.PdfDocument(path), 0, 20)
