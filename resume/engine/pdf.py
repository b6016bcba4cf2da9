"""WeasyPrint: HTML and CSS in, PDF bytes out. Imported only by the commands that render."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydyf
from weasyprint import CSS, HTML, Attachment
from weasyprint.document import Document

from resume import provenance as provenance_xmp
from resume.engine import warm
from resume.engine.fetcher import ConfinedFetcher

__all__ = ["Document", "Embedded", "Pdf", "PdfMeta", "PdfRenderer"]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Pdf:
    data: bytes
    pages: int


@dataclass(frozen=True)
class Embedded:
    """A file carried inside the PDF, e.g. the source it was made from."""

    name: str
    data: bytes
    description: str
    relationship: str = "Source"  # ISO 32000-2 AFRelationship: the PDF was made from it


@dataclass(frozen=True)
class PdfMeta:
    """What a PDF says about itself. `date` is injected: the same input gives the same bytes."""

    title: str
    author: str
    subject: str = ""
    keywords: Sequence[str] = ()
    lang: str = ""
    date: datetime = EPOCH
    files: Sequence[Embedded] = field(default_factory=tuple)
    # Where it came from (resume/provenance.py), written into the XMP metadata.
    provenance: Mapping[str, str] = field(default_factory=dict)


class PdfRenderer:
    """One font configuration, stylesheet and fetcher, shared by every layout of a render."""

    def __init__(self, css: str, base: Path, fetcher: ConfinedFetcher) -> None:
        self.base_url = base.resolve().as_uri() + "/"
        self.fetcher = fetcher
        # Parsed once a process per stylesheet text: re-renders and layout passes skip it.
        self.stylesheet, self.font_config = warm.stylesheet(css, self.base_url, fetcher)
        self._parsed: tuple[str, HTML] | None = None

    def layout(self, html: str, extra_css: str = "") -> Document:
        """Lay out and paginate `html`; `extra_css` (e.g. fitting's overrides) comes last."""
        sheets = [self.stylesheet]
        if extra_css:
            sheets.append(CSS(string=extra_css, font_config=self.font_config))
        return self.parse(html).render(stylesheets=sheets, font_config=self.font_config)

    def parse(self, html: str) -> HTML:
        """`html` parsed once for all the layout passes that fitting tries on it."""
        if self._parsed is None or self._parsed[0] != html:
            self._parsed = (
                html,
                HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher),
            )
        return self._parsed[1]

    def render(self, html: str, meta: PdfMeta | None = None) -> Pdf:
        return self.write(self.layout(html), meta)

    def write(self, document: Document, meta: PdfMeta | None = None) -> Pdf:
        if meta:
            describe(document, meta)
        # Untagged: reading order comes from the flow (see base.css), and WeasyPrint 70's tags
        # demand alt text of decorative images (an empty alt is an error in its log).
        return Pdf(document.write_pdf(finisher=write_xmp), len(document.pages))


def describe(document: Document, meta: PdfMeta) -> None:
    """Set the PDF's metadata from `meta` rather than trusting a template's <meta> tags."""
    info = document.metadata
    info.title = meta.title
    info.authors = [meta.author]
    info.description = meta.subject or None
    info.keywords = list(meta.keywords)
    info.lang = meta.lang or info.lang
    info.generator = "resume"
    stamp = meta.date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    info.created = info.modified = stamp
    info.attachments = [
        Attachment(
            string=embedded.data,
            name=embedded.name,
            description=embedded.description,
            created=meta.date,
            modified=meta.date,
            relationship=embedded.relationship,
        )
        for embedded in meta.files
    ]
    description = provenance_xmp.xmp_description(meta.provenance) if meta.provenance else None
    info.xmp_metadata = [ElementTree.tostring(description)] if description is not None else []


def write_xmp(document: Document, pdf: Any) -> None:
    """The XMP packet: what WeasyPrint writes for PDF/A, /UA and /X (title, authors, dates),
    and our provenance in the same rdf:RDF, in one uncompressed stream that any tool finds."""
    info = document.metadata
    if not info.xmp_metadata:
        return
    rdf = ElementTree.fromstring(info.generate_rdf_metadata(None, None, None))
    rdf.extend(ElementTree.fromstring(extra) for extra in info.xmp_metadata)
    packet = b"".join(
        (
            b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n',
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/">',
            ElementTree.tostring(rdf, encoding="utf-8", xml_declaration=False),
            b'</x:xmpmeta>\n<?xpacket end="r"?>',
        )
    )
    stream = pydyf.Stream([packet], {"Type": "/Metadata", "Subtype": "/XML"}, compress=False)
    pdf.add_object(stream)
    pdf.catalog["Metadata"] = stream.reference
