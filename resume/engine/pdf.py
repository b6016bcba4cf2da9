"""WeasyPrint: HTML and CSS in, PDF bytes out. Imported only by the commands that render."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from weasyprint import CSS, HTML, Attachment
from weasyprint.document import Document

from resume.engine import bounds, warm
from resume.engine.bounds import MAX_PAGES
from resume.engine.fetcher import ConfinedFetcher
from resume.limits import RenderTimeout

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


class PdfRenderer:
    """One font configuration, stylesheet and fetcher, shared by every layout of a render."""

    def __init__(self, css: str, base: Path, fetcher: ConfinedFetcher) -> None:
        self.base_url = base.resolve().as_uri() + "/"
        self.fetcher = fetcher
        # Parsed once a process per stylesheet text: re-renders and layout passes skip it.
        self.stylesheet, self.font_config = warm.stylesheet(css, self.base_url, fetcher)
        self._parsed: tuple[str, HTML] | None = None

    def layout(self, html: str, extra_css: str = "", output: str = "portfolio") -> Document:
        """Lay out and paginate `html`; `extra_css` (e.g. fitting's overrides) comes last.
        The layout stops as soon as it passes a limit of `output` (see bounds.py)."""
        sheets = [self.stylesheet]
        if extra_css:
            sheets.append(CSS(string=extra_css, font_config=self.font_config))
        try:
            bounds.check_html(html, output)
            parsed = self.parse(html)
            bounds.check_tree(parsed.etree_element, output)
            with bounds.pages_at_most(MAX_PAGES[output], output):
                document = parsed.render(stylesheets=sheets, font_config=self.font_config)
        except RenderTimeout as timeout:
            at = f" while the {bounds.name_of(output)} was laid out"
            raise RenderTimeout(timeout.seconds, at) from None
        except RecursionError:
            raise bounds.too_deep(output) from None
        bounds.check_boxes(document, output)
        return document

    def parse(self, html: str) -> HTML:
        """`html` parsed once for all the layout passes that fitting tries on it."""
        if self._parsed is None or self._parsed[0] != html:
            self._parsed = (
                html,
                HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher),
            )
        return self._parsed[1]

    def render(self, html: str, meta: PdfMeta | None = None, output: str = "portfolio") -> Pdf:
        return self.write(self.layout(html, output=output), meta)

    def write(self, document: Document, meta: PdfMeta | None = None) -> Pdf:
        if meta:
            describe(document, meta)
        # Untagged: reading order comes from the flow (see base.css), and WeasyPrint 70's tags
        # demand alt text of decorative images (an empty alt is an error in its log).
        return Pdf(document.write_pdf(), len(document.pages))


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
