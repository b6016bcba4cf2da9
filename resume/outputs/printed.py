"""What the PDF targets share: the page's HTML as a PDF prints it, and what the PDF says about
itself (metadata, and the source it was made from)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resume.content.view import Document, make_document, plain
from resume.output_specs import OutputName
from resume.source.jsonresume import SOURCE_ATTACHMENT, json_resume_text
from resume.source.model import Resume
from resume.theme import fonts
from resume.theme.templating import render_html

if TYPE_CHECKING:
    from resume.engine.pdf import PdfMeta
    from resume.plan import Plan


@dataclass(frozen=True)
class Printable:
    doc: Document
    html: str  # without the characters no font draws
    missing: set[str]  # those characters


def printable(plan: Plan, output: OutputName, resume: Resume) -> Printable:
    """`resume` as `output` shows it, in HTML for WeasyPrint. The photo is read through the
    fetcher: from its file, or from a data: URI."""
    photo = plan.photo
    url = (photo.path.as_uri() if photo.path else photo.data_uri) if photo else ""
    doc = make_document(resume, output, photo=url)
    html = render_html(plan.env, doc)
    missing = fonts.uncovered(fonts.shown_text(html), plan.theme.fonts)
    return Printable(doc, leave_out(missing, html), set(missing))


def leave_out(characters: list[str], html: str) -> str:
    """`html` without `characters`: else the machine's fonts, or a .notdef box, would draw them."""
    return html.translate(dict.fromkeys(map(ord, characters))) if characters else html


def pdf_meta(plan: Plan, doc: Document, shown: Resume) -> PdfMeta:
    """Title, author, subject, keywords, language, date, and the source of what the PDF
    shows (`shown`: the résumé as condensed, say) as JSON Resume, for `resume export`."""
    from resume.engine.pdf import Embedded, PdfMeta

    basics = plan.resume.basics
    source = Embedded(
        SOURCE_ATTACHMENT,
        json_resume_text(shown).encode("utf-8"),
        "The source of this document (JSON Resume)",
    )
    return PdfMeta(
        title=doc.title,
        author=basics.name,
        subject=plain(basics.headline or basics.label) or doc.description,
        keywords=list(dict.fromkeys(doc.keywords)),
        lang=(plan.resume.render.locale or doc.lang).replace("_", "-"),
        date=plan.date,
        files=(source,),
        provenance=plan.provenance
        | {"output": doc.output}
        | ({"condensed": "true"} if shown is not plan.resume else {}),
    )
