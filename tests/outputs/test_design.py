"""One source that sets render.design, render.breakBefore and render.site.hide, rendered once
(résumé, portfolio, web page, DOCX): what a reader of each output sees of them."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from resume.build import RenderOptions, Result, render
from resume.content.view import make_document
from resume.source.validate import read_source
from tests.conftest import ROOT
from tests.pdffonts import embedded_fonts

EXAMPLE = ROOT / "data" / "example.yaml"  # has a phone, a street address and every section
DESIGN = """
render:
  theme: compact
  pageSize: a4
  sections:
    resume: [work, projects, skills, education, awards, certificates, publications, volunteer,
      languages]  # a little more than a page at 10 pt: fitting has to tighten
  design:
    accent: "#0a7d32"
    bodyFont: Lato
    size: 10
    leading: 1.35
    margins: 0.6in
    dateFormat: MMMM YYYY
    present: Now
  breakBefore: [skills]
  site:
    hide: [phone]
"""
PHONE = "+48 555 010 203"


@dataclass(frozen=True)
class Designed:
    source: Path
    result: Result
    resume: pypdf.PdfReader
    portfolio: pypdf.PdfReader
    html: str
    css: str


@pytest.fixture(scope="module")
def designed(tmp_path_factory: pytest.TempPathFactory) -> Designed:
    folder = tmp_path_factory.mktemp("design")
    text = EXAMPLE.read_text(encoding="utf-8")
    source = folder / "zofia.yaml"
    source.write_text(text[: text.index("\nrender:\n")] + DESIGN, encoding="utf-8")
    shutil.copy2(EXAMPLE.parent / "example-photo.png", folder)
    out = folder / "out"
    outputs = ("resume", "portfolio", "site", "docx")
    result = render(RenderOptions(source=source, out=out, outputs=outputs))
    pdfs = {
        w.path.stem.rsplit("_", 1)[-1]: w.path for w in result.written if w.path.suffix == ".pdf"
    }
    return Designed(
        source,
        result,
        pypdf.PdfReader(pdfs["Resume"]),
        pypdf.PdfReader(pdfs["Portfolio"]),
        (out / "index.html").read_text(encoding="utf-8"),
        (out / "assets" / "style.css").read_text(encoding="utf-8"),
    )


def test_the_resume_is_set_in_the_chosen_font_and_fitted_from_the_chosen_size(
    designed: Designed,
) -> None:
    families = {font.family for font in embedded_fonts(designed.resume).values()}
    assert "Lato" in families  # the body
    assert "Source Sans 3" in families  # compact's headings: headingFont was not set
    (resume,) = [w for w in designed.result.written if w.path.name.endswith("_Resume.pdf")]
    assert resume.pages == 1 and resume.fit is not None
    # Fitting started from 10 pt, 1.35 and 0.6 in (compact's are 9.6 pt, 1.3 and 0.45/0.55 in),
    # and tightened the spacing only.
    assert resume.fit.setting.startswith("10.0 pt type, leading 1.")
    assert resume.fit.setting.endswith("margins 0.60 in")
    leading = float(re.search(r"leading (\d\.\d+)", resume.fit.setting)[1])  # type: ignore[index]
    assert 1.15 <= leading < 1.35
    text = designed.resume.pages[0].extract_text()
    assert "March 2021 – Now" in text  # dateFormat and present
    assert "June 2017 – February 2021" in text


def test_the_page_carries_the_accent_and_the_font_but_not_the_phone(designed: Designed) -> None:
    assert "--accent: #0a7d32 !important" in designed.css
    assert 'font-family: "Lato"' in designed.css
    assert "--size: 10pt" not in designed.css  # the screen keeps the theme's own type
    assert (designed.source.parent / "out" / "assets" / "fonts" / "Lato-Regular.woff2").is_file()
    assert PHONE not in designed.html
    assert "tel:" not in designed.html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', designed.html, re.S)
    assert ld is not None
    person = json.loads(ld[1])
    assert "telephone" not in person
    assert person["email"] == "mailto:zofia@example.org"  # what is not hidden stays
    assert "March 2021" in designed.html
    # The PDFs keep the phone, and no warning asks for a choice the source made.
    assert PHONE in designed.resume.pages[0].extract_text()
    assert PHONE in designed.portfolio.pages[0].extract_text()
    assert not [w for w in designed.result.warnings if "render.site.hide" in w.message]


def test_skills_head_their_page_in_the_portfolio(designed: Designed) -> None:
    pages = [page.extract_text().splitlines() for page in designed.portfolio.pages]
    starts = [number for number, lines in enumerate(pages) if lines[0] == "SKILLS"]
    assert len(starts) == 1 and starts[0] > 0
    lines = pages[starts[0]]
    assert lines[1] == "The tools I reach for, grouped by what they are for."  # its intro
    assert not any(line.startswith("Languages (Expert)") for line in pages[starts[0] - 1])


def test_no_portfolio_page_ends_on_a_heading(designed: Designed) -> None:
    """Headings stay with what they head (styles/base.css): no page's last line is a section's
    or an entry's title."""
    resume = read_source(designed.source).resume
    doc = make_document(resume, "portfolio")
    sections = {section.title.upper() for section in doc.sections}
    titles = [item.title for section in doc.sections for item in section.items]
    for number, page in enumerate(designed.portfolio.pages[:-1]):
        lines = page.extract_text().splitlines()
        assert re.search(r"page \d+ of \d+$", lines.pop())  # the running footer
        if number and lines[-1] in sections:
            lines.pop()  # the running header: the section at the top of the page
        last = lines[-1]
        assert last not in sections, (number, last)
        assert not any(last.startswith(f"{title},") or last == title for title in titles)


def test_the_docx_takes_the_font_the_accent_and_the_margins(designed: Designed) -> None:
    import docx
    from docx.shared import Inches, Pt

    (path,) = [w.path for w in designed.result.written if w.path.suffix == ".docx"]
    word = docx.Document(str(path))
    assert word.styles["Normal"].font.name == "Lato"
    assert word.styles["Normal"].font.size == Pt(10)
    assert str(word.styles["Heading 1"].font.color.rgb) == "0A7D32"
    section = word.sections[0]
    assert section.left_margin == section.top_margin == Inches(0.6)


def test_a_phone_the_source_made_no_choice_about_is_warned_of_once(tmp_path: Path) -> None:
    """The web page alone is cheap; data/example.yaml says `hide: []`, and is not warned."""
    source = tmp_path / "ada.yaml"
    source.write_text(f"basics:\n  name: Ada\n  phone: {PHONE}\n", encoding="utf-8")
    result = render(RenderOptions(source=source, out=tmp_path / "out", outputs=("site",)))
    (warned,) = result.warnings
    assert warned.warning and warned.file == str(source)
    assert "publishes your phone number; add `render.site.hide: [phone]`" in warned.message
    assert PHONE in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    chosen = render(RenderOptions(source=EXAMPLE, out=tmp_path / "example", outputs=("site",)))
    assert chosen.warnings == []
