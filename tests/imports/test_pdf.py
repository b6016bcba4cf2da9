"""A PDF résumé. One this tool made carries its source: the import gives it back exactly. One
from a stranger that has no text, is cut short, has thousands of pages, is nested without end
or slow is refused with a message that says why, within the limits of a render."""

from __future__ import annotations

import time
from pathlib import Path

import pikepdf
import pytest

from resume.errors import UserError
from resume.imports import pdf
from resume.source.parsed import Source
from resume.source.validate import read_source, validate
from resume.source.yaml_format import YAML
from tests.conftest import DEFAULT_SOURCE, DefaultOutputs
from tests.imports.inputs import IMPORTS

A_PDF = sorted((IMPORTS / "rendercv-pairs" / "files").glob("*.pdf"))[0]  # RenderCV made it
DEPTH = 100_000  # arrays nested this deep


def test_our_pdf_imports_as_the_source_it_was_made_from(default_render: DefaultOutputs) -> None:
    imported = pdf.read(default_render.portfolio.path)  # the portfolio carries all of it
    resume, _ = validate(Source(DEFAULT_SOURCE.with_name("imported.yaml"), imported.data, YAML))
    assert resume == read_source(DEFAULT_SOURCE).resume
    assert imported.unsure == {}
    assert [note.message for note in imported.notes] == [
        "the source resume attached to the PDF, as it was"
    ]


def _refused(path: Path) -> str:
    with pytest.raises(UserError) as raised:
        pdf.read(path)
    return str(raised.value)


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    document = pikepdf.new()
    document.add_blank_page()
    document.save(path)
    assert _refused(path) == (
        f"{path}: has no text layer (a scan, or a picture of a page?), so there is nothing to "
        "import; run it through OCR first"
    )


@pytest.mark.parametrize("keep", [300, 0.5])
def test_a_pdf_cut_short_is_refused(tmp_path: Path, keep: float) -> None:
    whole = A_PDF.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: int(keep if keep > 1 else len(whole) * keep)])
    assert _refused(path) == (
        f"{path}: not a readable PDF, cut short or damaged "
        "(Failed to load document (PDFium: Data format error).)"
    )


def test_a_pdf_of_thousands_of_pages_is_refused_before_its_pages_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.pdf"
    document = pikepdf.new()
    for _ in range(2000):
        document.add_blank_page()
    document.save(path)
    monkeypatch.setattr(pdf, "_by_layout", None)  # reading a page would fail: none is read
    assert _refused(path) == f"{path}: 2000 pages; a résumé has at most 20, so it was not read"


def test_a_pdf_nested_without_end_is_read_within_bounds(tmp_path: Path) -> None:
    nested = b"[" * DEPTH + b"]" * DEPTH
    path = tmp_path / "deep.pdf"
    path.write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + nested + b" >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /X "
        + nested
        + b" >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    started = time.monotonic()
    assert _refused(path) == (
        f"{path}: has no text layer (a scan, or a picture of a page?), so there is nothing to "
        "import; run it through OCR first"
    )
    assert time.monotonic() - started < pdf.TIMEOUT


def test_a_pdf_that_takes_too_long_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    from resume.imports import pdf_layout

    def slow(document: object, number: int, most: int) -> None:
        time.sleep(5)  # as a page drawn with millions of characters would take

    monkeypatch.setattr(pdf, "TIMEOUT", 0.05)
    monkeypatch.setattr(pdf_layout, "page_layout", slow)
    path = A_PDF
    started = time.monotonic()
    assert _refused(path) == (
        f"{path}: reading it took longer than 0.05 s, the limit for a PDF, and was stopped"
    )
    assert time.monotonic() - started < 2


def test_a_file_that_is_no_pdf_is_not_recognised_and_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    path.write_text("basics:\n  name: A. Person\n", encoding="utf-8")
    assert not pdf.recognise(path)
    assert pdf.recognise(A_PDF)
    assert _refused(path) == f"{path}: not a PDF (no %PDF- header)"


def test_a_page_of_endless_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "endless.pdf"
    document = pikepdf.new()
    document.add_blank_page()
    page = document.pages[0]
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
    font.BaseFont = pikepdf.Name.Helvetica
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    line = b"(" + b"word " * 20 + b") Tj 0 -1 Td\n"  # a hundred characters
    text = b"BT /F1 1 Tf 10 780 Td\n" + line * 1_500 + b"ET"
    page.Contents = document.make_stream(text)
    document.save(path)
    assert _refused(path) == (
        f"{path}: page 1 holds more than 100,000 characters, more than a résumé has, "
        "so it was not read"
    )
