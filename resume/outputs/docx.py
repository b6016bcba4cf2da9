"""The one-page résumé as a Word document, for recruiters who ask for `.docx`: real Word
structure (Title, Heading 1 for sections, Heading 2 for entries, List Bullet for highlights), no
text boxes or layout tables, in the theme's fonts and accent colour.

Fonts are named, not embedded: Word embeds only TrueType fonts it may install, and the themes'
fonts come as OpenType from the font package. Each family is listed in the document's font table
with a sans-serif fallback (`altName`, `family="swiss"`), which Word and LibreOffice use on a
machine without it. Rebuilds are byte-identical: the dates inside the file and its zip entries
are the plan's date."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from html import unescape
from typing import TYPE_CHECKING, Any

from resume.content.view import Document, Item, Section, make_document, plain
from resume.outputs.target import Rendered, output_name
from resume.outputs.text import item_lines, text

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

FALLBACK_FONT = "Arial"  # what Word shows when the theme's family is not installed
_TAG = re.compile(r'<(?P<closing>/?)(?P<name>\w+)(?:[^>]*?\bhref="(?P<href>[^"]*)")?[^>]*>')
_ACCENT = re.compile(r"--accent:\s*(#[0-9a-fA-F]{6})\b")
_MUTED = re.compile(r"--muted:\s*(#[0-9a-fA-F]{6})\b")
CORE_PROPERTY_LIMIT = 255  # characters Word keeps of a core property
PAGE_SIZES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}  # inches


def render(plan: Plan, run: Run) -> Rendered:
    path = plan.out / output_name(plan.resume.basics.name, "Resume", plan.suffix, ".docx")
    doc = make_document(plan.resume, "resume")
    word = build(doc, plan)
    buffer = io.BytesIO()
    word.save(buffer)
    return Rendered({path: reproducible(buffer.getvalue(), plan.date)}, path)


def build(doc: Document, plan: Plan) -> Any:
    import docx

    word = docx.Document()
    colours = theme_colours(plan)
    style_document(word, plan, colours)
    set_properties(word, doc, plan)
    word.add_paragraph(doc.name, style="Title")
    if doc.headline:
        add_rich(word.add_paragraph(style="Subtitle"), doc.headline)
    if doc.contacts:
        contacts = word.add_paragraph()
        for index, contact in enumerate(doc.contacts):
            if index:
                contacts.add_run(" · ")
            add_link(contacts, contact.url, contact.text) if contact.url else contacts.add_run(
                contact.text
            )
    if doc.summary:
        add_rich(word.add_paragraph(), doc.summary)
    for section in doc.sections:
        add_section(word, section)
    return word


def add_section(word: Any, section: Section) -> None:
    word.add_heading(section.title, level=1)
    if section.key == "about":
        word.add_paragraph(text(section.items[0].details))
        return
    for item in section.items:
        if section.key == "skills":
            paragraph = word.add_paragraph()
            paragraph.add_run(item_lines(section, item)[0].split(": ")[0] + ": ").bold = True
            paragraph.add_run(", ".join(item.keywords))
        else:
            add_item(word, item)


def add_item(word: Any, item: Item, level: int = 2) -> None:
    """An entry: its heading, dates and place on the heading's line, then its highlights (else
    its summary) and keywords; an employer's roles beneath it as Heading 3."""
    heading = word.add_heading(item.title, level=level)
    if item.subtitle:
        heading.add_run(f", {item.subtitle}").bold = False
    # A date range is one thing: Word breaks no line inside it ("Sep / 2020").
    dates = item.dates.replace(" ", "\u00a0") if item.dates else item.dates
    meta = " · ".join(part for part in (dates, item.location) if part)
    if meta:  # on the heading's line, against the right margin, as the PDF sets it
        run = heading.add_run(f"\t{meta}")
        run.bold = False
        run.font.size = word.styles["Meta"].font.size
        run.font.color.rgb = word.styles["Meta"].font.color.rgb
    for role in item.roles:
        add_item(word, role, level + 1)
    if item.highlights:
        for highlight in item.highlights:
            add_rich(word.add_paragraph(style="List Bullet"), highlight)
    elif item.summary:
        add_rich(word.add_paragraph(), item.summary)
    if item.keywords:
        word.add_paragraph(", ".join(item.keywords), style="Meta")


def add_rich(paragraph: Any, html: str) -> None:
    """Inline HTML, as the view makes it of the source's Markdown, as Word runs: `strong` bold,
    `em` italic, links as Word hyperlinks; the rest as its text."""
    bold = italic = 0
    href: str | None = None
    for piece in re.split(r"(<[^>]+>)", html):
        tag = _TAG.fullmatch(piece)
        if tag:
            closing, name, url = tag["closing"] == "/", tag["name"], tag["href"]
            step = -1 if closing else 1
            bold += step if name == "strong" else 0
            italic += step if name == "em" else 0
            href = (
                unescape(url)
                if name == "a" and url and not closing
                else (None if name == "a" else href)
            )
        elif piece:
            words = unescape(piece)
            run = add_link(paragraph, href, words) if href else paragraph.add_run(words)
            run.bold = True if bold > 0 else None
            run.italic = True if italic > 0 else None


def add_link(paragraph: Any, url: str, words: str) -> Any:
    """A run of `words` inside a Word hyperlink to `url`."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.run import Run

    link = OxmlElement("w:hyperlink")
    link.set(
        qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    )
    element = OxmlElement("w:r")
    link.append(element)
    paragraph._p.append(link)
    run = Run(element, paragraph)
    run.text = words
    return run


def theme_colours(plan: Plan) -> dict[str, str]:
    """The accent and muted colours the theme's stylesheets set last (`--accent`, `--muted`)."""
    css = "\n".join(sheet.read_text(encoding="utf-8") for sheet in plan.theme.stylesheets)
    accent = _ACCENT.findall(css)
    muted = _MUTED.findall(css)
    chosen = plan.theme.overrides.accent  # render.design.accent, as #rrggbb(aa)
    accent = [chosen[:7]] if chosen else accent
    return {"accent": (accent or ["#1d4e89"])[-1][1:], "muted": (muted or ["#5a6270"])[-1][1:]}


def style_document(word: Any, plan: Plan, colours: dict[str, str]) -> None:
    """Page size and margins; the styles in the theme's fonts, sizes and colours."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor

    width, height = PAGE_SIZES.get(plan.page_size, PAGE_SIZES["letter"])
    for section in word.sections:
        section.page_width, section.page_height = Inches(width), Inches(height)
        section.left_margin = section.right_margin = Inches(0.55)
        section.top_margin = section.bottom_margin = Inches(0.45)
    design_margins(word, plan.theme.overrides.margins)
    body, heading = plan.theme.body_font, plan.theme.heading_font
    accent, muted = RGBColor.from_string(colours["accent"]), RGBColor.from_string(colours["muted"])
    # A section heading above the entry titles, and those never smaller than their bullets.
    sizes = {"Normal": 9.5, "Title": 20, "Subtitle": 11, "Heading 1": 11.5, "Heading 2": 10}
    sizes |= {"Heading 3": 9.5}  # an employer's roles
    sizes |= {"List Bullet": 9.5}
    word.styles.add_style("Meta", WD_STYLE_TYPE.PARAGRAPH).base_style = word.styles["Normal"]
    sizes["Meta"] = 9
    scale = (plan.theme.overrides.size or sizes["Normal"]) / sizes["Normal"]  # render.design.size
    for name, size in sizes.items():
        style = word.styles[name]
        set_font(style, heading if name.startswith(("Title", "Heading")) else body)
        style.font.size = Pt(size * scale)
        style.font.color.rgb = accent if name in {"Heading 1", "Subtitle"} else None
        style.font.color.rgb = muted if name == "Meta" else style.font.color.rgb
        style.font.italic = False
        format_ = style.paragraph_format
        format_.space_before = Pt({"Heading 1": 6, "Heading 2": 3, "Heading 3": 1}.get(name, 0))
        format_.space_after = Pt({"Title": 1, "Subtitle": 2, "Normal": 1}.get(name, 0))
        format_.line_spacing = 1.0
    for name in ("Title", "Subtitle"):
        undecorate(word.styles[name])
    text_width = Inches(width) - word.sections[0].left_margin - word.sections[0].right_margin
    for name in ("Heading 2", "Heading 3"):
        tabs = word.styles[name].paragraph_format.tab_stops
        tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    word.styles["Heading 3"].paragraph_format.left_indent = Inches(0.12)  # a role, set in
    word.styles["Title"].font.color.rgb = RGBColor.from_string("1b1f24")
    word.styles["Title"].font.bold = True
    declare_fonts(word, [body, heading])


def design_margins(word: Any, margins: tuple[str, ...]) -> None:
    """The margins `render.design.margins` sets (top, right, bottom, left, in pt), if it does."""
    from docx.shared import Pt

    if not margins:
        return
    top, right, bottom, left = (Pt(float(side.removesuffix("pt"))) for side in margins)
    for section in word.sections:
        section.top_margin, section.right_margin = top, right
        section.bottom_margin, section.left_margin = bottom, left


def undecorate(style: Any) -> None:
    """Without Word's default rule under the title and letter-spacing: the theme's masthead has
    neither."""
    from docx.oxml.ns import qn

    for parent, tag in ((style.element.pPr, "w:pBdr"), (style.element.rPr, "w:spacing")):
        for found in parent.findall(qn(tag)) if parent is not None else []:
            parent.remove(found)


def set_font(style: Any, family: str) -> None:
    """`family` for every script, in place of the Word theme's fonts (Calibri, Cambria), which
    would otherwise win."""
    from docx.oxml.ns import qn

    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn(f"w:{script}"), family)
        rfonts.attrib.pop(qn(f"w:{script}Theme"), None)


def declare_fonts(word: Any, families: list[str]) -> None:
    """The theme's families in the font table, each with a sans-serif stand-in."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = word.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    table = parse_xml(part.blob)
    for family in dict.fromkeys(families):
        table.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{family}"><w:altName w:val="{FALLBACK_FONT}"/>'
                '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    from lxml import etree

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_properties(word: Any, doc: Document, plan: Plan) -> None:
    """Title, author, subject and keywords, as the PDFs have them; every date the plan's."""
    basics = plan.resume.basics
    properties = word.core_properties
    properties.title = doc.title[:255]
    properties.author = basics.name[:255]
    properties.subject = (plain(basics.headline or basics.label) or doc.description)[:255]
    properties.keywords = within(list(dict.fromkeys(doc.keywords)), CORE_PROPERTY_LIMIT)
    properties.comments = ""
    properties.last_modified_by = basics.name
    properties.revision = 1
    date = plan.date.replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = properties.last_printed = date
    properties.language = (plan.resume.render.locale or doc.lang).replace("_", "-")


def within(keywords: list[str], limit: int) -> str:
    """As many whole keywords, comma-separated, as `limit` characters hold."""
    kept: list[str] = []
    for keyword in keywords:
        if len(", ".join([*kept, keyword])) > limit:
            break
        kept.append(keyword)
    return ", ".join(kept)


def reproducible(data: bytes, date: datetime) -> bytes:
    """The zip `data` again, each entry stamped with `date` (the zip format's oldest is 1980)
    instead of the clock, in the same order, compressed the same way."""
    stamp = max(date.replace(tzinfo=None), datetime(1980, 1, 1)).timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
