"""WeasyPrint: HTML and CSS in, PDF bytes out. Imported only by the commands that render."""

from __future__ import annotations

import functools
import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pydyf
from weasyprint import CSS, HTML, Attachment
from weasyprint.css import ColorProfile, get_all_computed_styles
from weasyprint.css.counters import CounterStyle
from weasyprint.css.targets import TargetCollector
from weasyprint.document import Document
from weasyprint.text.fonts import FontConfiguration

from resume import provenance as provenance_xmp
from resume.engine import bounds, warm
from resume.engine.bounds import MAX_PAGES
from resume.engine.fetcher import ConfinedFetcher
from resume.engine.leaders import draw_leaders_left_to_right
from resume.errors import UserError
from resume.limits import RenderTimeout

__all__ = ["Document", "Embedded", "Pdf", "PdfMeta", "PdfRenderer"]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SRGB = (["r"], ["g"], ["b"])


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
    """One stylesheet and fetcher, shared by every layout of a render. `faces_for` gives the
    @font-face rules a document's HTML needs beyond `css` (the fallback fonts its text needs):
    the stylesheet is parsed once per such set, and kept (warm.py).

    The stylesheet without a document is parsed at once: what parsing reports concerns the
    theme and is heard where the renderer is made, and the PDFs made in forked processes share
    it when their text needs no fallback."""

    def __init__(
        self, css: str, base: Path, fetcher: ConfinedFetcher, faces_for: Callable[[str], str]
    ) -> None:
        self.base_url = base.resolve().as_uri() + "/"
        self.css = css
        self.fetcher = fetcher
        self.faces_for = faces_for
        self._parsed: tuple[str, HTML] | None = None
        warm.stylesheet(css + faces_for(""), self.base_url, fetcher)

    def stylesheet(self, html: str) -> tuple[CSS, FontConfiguration]:
        """The stylesheet for `html`, and the font configuration holding its fonts."""
        css = self.css + self.faces_for(html)
        return warm.stylesheet(css, self.base_url, self.fetcher, retell=False)

    def layout(self, html: str, extra_css: str = "", output: str = "portfolio") -> Document:
        """Lay out and paginate `html`; `extra_css` (e.g. fitting's overrides) comes last.
        The layout stops as soon as it passes a limit of `output` (see bounds.py)."""
        stylesheet, font_config = self.stylesheet(html)
        sheets = [stylesheet]
        if extra_css:
            sheets.append(CSS(string=extra_css, font_config=font_config))
        try:
            bounds.check_html(html, output)
            parsed = self.parse(html)
            bounds.check_tree(parsed.etree_element, output)
            with bounds.pages_at_most(MAX_PAGES[output], output):
                document = parsed.render(stylesheets=sheets, font_config=font_config)
        except RenderTimeout as timeout:
            at = f" while the {bounds.name_of(output)} was laid out"
            raise RenderTimeout(timeout.seconds, at) from None
        except RecursionError:
            raise bounds.too_deep(output) from None
        bounds.check_boxes(document, output)
        return document

    def styles(self, html: str, extra_css: str = "") -> Callable[[Any], Any]:
        """The computed style of each element of `html` with `extra_css` last, from the cascade
        alone: what fitting reads to predict a layout without making it (predict.py)."""
        stylesheet, font_config = self.stylesheet(html)
        sheets = [stylesheet]
        if extra_css:
            sheets.append(CSS(string=extra_css, font_config=font_config))
        style_for: Callable[[Any], Any] = get_all_computed_styles(
            self.parse(html),
            user_stylesheets=sheets,
            font_config=font_config,
            counter_style=CounterStyle(),
            color_profiles={},
            page_rules=[],
            layers=[],
            target_collector=TargetCollector(),
        )
        return style_for

    def parse(self, html: str) -> HTML:
        """`html` parsed once for all the layout passes that fitting tries on it."""
        if self._parsed is None or self._parsed[0] != html:
            self._parsed = (
                html,
                HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher),
            )
        return self._parsed[1]

    def write(self, document: Document, meta: PdfMeta | None = None) -> Pdf:
        if meta:
            describe(document, meta)
        draw_leaders_left_to_right(document)
        # PDF/A-3b, so that the source travels as an associated file (root /AF) and the PDF
        # keeps; tagged, with PDF/UA-1's identification (describe), so that screen readers and
        # ATS find headings, lists, links and the photo's alt text. WeasyPrint 70 takes one
        # variant: the tags are asked for apart.
        # The sRGB output intent PDF/A needs, from bytes: WeasyPrint's own ("srgb") opens the
        # profile's file and never closes it. Any other output_intent keeps it from doing so.
        document.color_profiles["srgb"] = ColorProfile(
            io.BytesIO(_srgb_profile()), "sRGB2014.icc", "relative-colorimetric", SRGB
        )
        data = document.write_pdf(
            pdf_variant="pdf/a-3b", pdf_tags=True, output_intent="preloaded", finisher=_finish
        )
        return Pdf(data, len(document.pages))


@functools.cache
def _srgb_profile() -> bytes:
    return (resources.files("weasyprint.pdf") / "sRGB2014.icc").read_bytes()


def _finish(document: Document, pdf: pydyf.PDF) -> None:
    """What WeasyPrint 70 leaves to do: one XMP packet that says PDF/UA-1 too (it writes one
    variant's) and holds our provenance inside its rdf:RDF (it appends extras after it), and
    each associated file once in the root /AF (it lists the source twice)."""
    refuse_unreadable_fonts(pdf)
    metadata = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]
    metadata.stream = [xmp_packet(b"".join(_bytes(part) for part in metadata.stream))]
    metadata.compress = False  # any tool, and `resume verify`, finds it as written
    if "AF" in pdf.catalog:
        pdf.catalog["AF"] = pydyf.Array(dict.fromkeys(pdf.catalog["AF"]))


def refuse_unreadable_fonts(pdf: pydyf.PDF) -> None:
    """A font WeasyPrint drew a .notdef box with gets its own encoding (/WP-Encod-0) instead of
    Identity-H, and pypdf and pdfminer.six then read every word set in it as garbage. The
    characters that cause it are left out before layout (source/characters.py and the fonts'
    coverage); should one still get through, the render fails here, before anything is written.
    A look at the font dictionaries about to be written: no parsing, a fraction of a millisecond."""
    fonts = [
        re.sub(r"[^\w-]+$", "", str(obj["BaseFont"]).split("+", 1)[-1])
        for obj in pdf.objects
        if isinstance(obj, pydyf.Dictionary)
        and obj.get("Subtype") == "/Type0"
        and obj.get("Encoding") != "/Identity-H"
    ]
    if fonts:
        raise UserError(
            f"the PDF would read as garbage in pypdf and pdfminer.six: a character that font "
            f"{', '.join(dict.fromkeys(fonts))} lacks was drawn as an empty box, which gives "
            "the font a custom encoding; nothing was written (the warnings above name the "
            "character; leave it out of the source)"
        )


def _bytes(part: Any) -> bytes:
    return part if isinstance(part, bytes) else bytes(str(part), "utf-8")


_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_PDFAID = "{http://www.aiim.org/pdfa/ns/id/}part"
_PDFUAID = "{http://www.aiim.org/pdfua/ns/id/}part"


# What XML 1.0 cannot hold, though a source's text may (WeasyPrint writes it as it is).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xmp_packet(packet: bytes) -> bytes:
    """WeasyPrint's XMP packet with our descriptions moved into its rdf:RDF, and PDF/UA-1's
    identification beside PDF/A's."""
    packet = _NOT_XML.sub("", packet.decode("utf-8")).encode("utf-8")
    start, end = packet.index(b"<x:xmpmeta"), packet.rindex(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
    ElementTree.register_namespace("x", "adobe:ns:meta/")
    ElementTree.register_namespace("pdfuaid", _PDFUAID[1:].split("}")[0])
    root = ElementTree.fromstring(packet[start:end])
    rdf = root.find(f"{_RDF}RDF")
    assert rdf is not None
    for extra in root.findall(f"{_RDF}Description"):
        root.remove(extra)
        rdf.append(extra)
    for description in rdf.iter(f"{_RDF}Description"):
        if _PDFAID in description.attrib:
            description.set(_PDFUAID, "1")
    body: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=False)
    return packet[:start] + body + packet[end:]


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
