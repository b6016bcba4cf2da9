"""The Word résumé: real Word structure in python-docx, one page in LibreOffice."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from resume.build import RenderOptions, render
from tests import oracle
from tests.outputs.conftest import AllOutputs, to_pdf

NAME = "Aaron_Wu_Resume.docx"
EXAMPLE = Path(__file__).parents[2] / "data" / "example.yaml"


def shown_highlights(all_outputs: AllOutputs) -> list[str]:
    """What the source as written says the résumé shows (tests/oracle.py)."""
    return oracle.expected(all_outputs.source, "resume").highlights


def test_docx_has_real_headings_lists_and_every_highlight(all_outputs: AllOutputs) -> None:
    word = docx.Document(str(all_outputs.file(NAME)))
    styled = [(p.style.name, p.text) for p in word.paragraphs]
    assert styled[0] == ("Title", "Aaron Wu")
    sections = [text for style, text in styled if style == "Heading 1"]
    assert sections == ["Experience", "Projects", "Skills", "Awards"]
    assert any(
        style == "Heading 2" and text.startswith("Systems Infrastructure") for style, text in styled
    )
    bullets = [text for style, text in styled if style == "List Bullet"]
    assert bullets == shown_highlights(all_outputs)
    bold = [
        run.text
        for p in word.paragraphs
        if p.style.name == "List Bullet"
        for run in p.runs
        if run.bold
    ]
    assert "GraphRAG" in bold  # **GraphRAG** in the source: a bold run, no asterisks
    assert not any("**" in text for _, text in styled)
    assert not word.tables and not word.inline_shapes  # no layout tables, no pictures
    assert "txbx" not in zipfile.ZipFile(all_outputs.file(NAME)).read("word/document.xml").decode()


def test_docx_titles_outrank_their_bullets_and_dates_stay_whole(tmp_path: Path) -> None:
    """A section heading above the entry titles, a title never smaller than its bullets, and
    no line break Word could make inside a date range ("Sep / 2020")."""
    render(RenderOptions(source=EXAMPLE, out=tmp_path, outputs=("docx",)))
    word = docx.Document(str(next(tmp_path.glob("*.docx"))))
    size = {name: word.styles[name].font.size for name in ("Heading 1", "Heading 2", "List Bullet")}
    assert size["Heading 1"] > size["Heading 2"] >= size["List Bullet"]
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    dates = [text.split("\t")[1].split(" · ")[0] for text in headings if "\t" in text]
    assert dates and not any(" " in span for span in dates)
    assert dates[0] == "Mar\u00a02021\u00a0–\u00a0Present"  # the example's first role


def test_docx_metadata_fonts_and_colour(all_outputs: AllOutputs) -> None:
    word = docx.Document(str(all_outputs.file(NAME)))
    properties = word.core_properties
    assert properties.author == "Aaron Wu"
    assert properties.title == "Aaron Wu — Résumé"
    assert properties.subject.startswith("Architecting Resilient Backend Systems")
    assert properties.keywords.startswith("Go, Python, Lua") and len(properties.keywords) <= 255
    assert word.styles["Normal"].font.name == "Source Sans 3"  # compact's font, named
    assert str(word.styles["Heading 1"].font.color.rgb) == "1D4E89"  # compact's accent
    font_table = zipfile.ZipFile(all_outputs.file(NAME)).read("word/fontTable.xml").decode()
    assert 'w:name="Source Sans 3"><w:altName w:val="Arial"/>' in font_table


def test_docx_rebuild_is_byte_identical(all_outputs: AllOutputs) -> None:
    assert all_outputs.file(NAME).read_bytes() == (all_outputs.again / NAME).read_bytes()
    stamps = {info.date_time for info in zipfile.ZipFile(all_outputs.file(NAME)).infolist()}
    assert len(stamps) == 1


@pytest.fixture(scope="module")
def converted(all_outputs: AllOutputs, office: Path) -> Path:
    return to_pdf(office, all_outputs.file(NAME))


def test_libreoffice_lays_the_docx_out_on_one_page(converted: Path) -> None:
    assert len(pypdf.PdfReader(converted).pages) == 1


def test_the_docx_text_extracts_in_order(converted: Path, all_outputs: AllOutputs) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(converted), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    order = [
        "Aaron Wu",
        "Experience",
        "Systems Infrastructure Engineer Intern",
        "Projects",
        "Skills",
        "Awards",
    ]
    positions = [flat.find(words) for words in order]
    assert -1 not in positions and positions == sorted(positions)
    assert oracle.missing(oracle.expected(all_outputs.source, "resume"), text) == []
