"""The résumé's pages as the PDF prints them: PDFium draws the very PDF that was written, and
each page goes to the browser as it was drawn, with its text as PDFium reads it (for the
image's alternative text).

The pixels go as a BMP, uncompressed: the browser shows the same pixels as from a PNG, and the
image is ready in a few milliseconds where a PNG takes five times as long to compress, for
bytes that only cross the loopback."""

from __future__ import annotations

import io
from dataclasses import dataclass

DPI = 110  # sharp at the preview's width
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class Page:
    image: bytes  # a BMP
    text: str


def pages_of(pdf: bytes) -> list[Page]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page_of(document[index]) for index in range(len(document))]
    finally:
        document.close()


def page_of(page: object) -> Page:
    drawn = page.render(scale=DPI / POINTS_PER_INCH, rev_byteorder=True)  # type: ignore[attr-defined]
    out = io.BytesIO()
    drawn.to_pil().save(out, format="BMP")
    text = page.get_textpage().get_text_bounded()  # type: ignore[attr-defined]
    return Page(out.getvalue(), " ".join(text.split()))
