"""A PDF résumé. One this tool made carries its source (resume.json, a PDF/A-3 associated file)
and imports exactly; any other is read by its layout (see pdf_layout, pdf_structure and
pdf_fields), every guess marked for a person to check.

A stranger's PDF is bounded before it is read: at most MAX_PAGES pages, counted before any
page is parsed, and the time and memory limits of a render (resume.limits)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from resume import limits
from resume.errors import UserError
from resume.imports.base import Imported
from resume.source.parsed import FieldPath

NAME = "PDF résumé"
MAGIC = b"%PDF-"
MAX_PAGES = 20  # a résumé, a CV with its publications: more is something else
MAX_CHARS = 100_000  # on one page; a dense résumé page has about 6,000
TIMEOUT = 30.0  # seconds to read one PDF
_SNIFF = 1024  # the header may follow some bytes of junk (PDF 32000, 7.5.2 allows it)


def recognise(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return MAGIC in file.read(_SNIFF)
    except OSError:
        return False


def read(path: Path) -> Imported:
    """The résumé in the PDF at `path`; a UserError for a PDF that cannot be read as one."""
    if not recognise(path):
        raise UserError(f"{path}: not a PDF (no %PDF- header)")
    try:
        with limits.bounded(TIMEOUT):
            try:
                return _read(path)
            except MemoryError:
                raise UserError(
                    f"{path}: reading it needed more than "
                    f"{limits.MEMORY_HEADROOM // 1024**3} GiB of memory, the limit for a PDF"
                ) from None
    except limits.RenderTimeout:
        raise UserError(
            f"{path}: reading it took longer than {TIMEOUT:g} s, the limit for a PDF, "
            "and was stopped"
        ) from None


def _read(path: Path) -> Imported:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise UserError(f"{path}: not a readable PDF, cut short or damaged ({error})") from None
    try:
        pages = len(document)
        if pages > MAX_PAGES:
            raise UserError(
                f"{path}: {pages} pages; a résumé has at most {MAX_PAGES}, so it was not read"
            )
        attached = attached_source(path)
        if attached is not None:
            attached.pop("$schema", None)  # JSON Resume's; the source written names ours
            imported = Imported(path, NAME, attached)
            imported.note("the source resume attached to the PDF, as it was")
            return imported
        return _by_layout(path, document, pages)
    finally:
        document.close()


def attached_source(path: Path) -> dict[str, Any] | None:
    """The source a PDF of ours carries, or None: a PDF without one, or one pypdf cannot read
    (then its layout is read, by pdfium)."""
    from resume.imports.reading import pdf_attachments
    from resume.source.jsonresume import SOURCE_ATTACHMENT

    data = pdf_attachments(path).get(SOURCE_ATTACHMENT)
    try:
        source = json.loads(data) if data is not None else None
    except (ValueError, RecursionError):
        return None
    return source if isinstance(source, dict) and "basics" in source else None


def _by_layout(path: Path, document: Any, pages: int) -> Imported:
    import pypdfium2 as pdfium

    from resume.imports import pdf_layout
    from resume.imports.pdf_fields import source_from
    from resume.imports.pdf_structure import read_layout

    try:
        layout = read_layout([pdf_layout.page_layout(document, n, MAX_CHARS) for n in range(pages)])
    except pdfium.PdfiumError as error:
        raise UserError(f"{path}: not a readable PDF, cut short or damaged ({error})") from None
    except pdf_layout.TooMuchText as error:
        raise UserError(f"{path}: {error}, more than a résumé has, so it was not read") from None
    if not layout.name:
        raise UserError(
            f"{path}: has no text layer (a scan, or a picture of a page?), so there is nothing "
            "to import; run it through OCR first"
        )
    found = source_from(layout)
    imported = Imported(path, NAME, found.data)
    for note in ["read from the PDF's layout: check every field against it", *found.notes]:
        imported.note(note)
    for dotted, why in found.unsure.items():
        imported.doubt(field_path(dotted), why)
    return imported


def field_path(dotted: str) -> FieldPath:
    """`work[0].position` -> ("work", 0, "position")."""
    return tuple(int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", dotted))
