"""The résumé's pages as the PDF prints them: a PNG of each (PDFium draws the very PDF that was
written), with its text as PDFium reads it, for the image's alternative text."""

from __future__ import annotations

from dataclasses import dataclass

from resume.outputs.png import page_png

DPI = 110  # sharp at the preview's width; a page costs a few hundredths of a second


@dataclass(frozen=True)
class Page:
    png: bytes
    text: str


def pages_of(pdf: bytes) -> list[Page]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page_of(document[index]) for index in range(len(document))]
    finally:
        document.close()


def page_of(page: object) -> Page:
    text = page.get_textpage().get_text_bounded()  # type: ignore[attr-defined]
    return Page(page_png(page, DPI), " ".join(text.split()))
