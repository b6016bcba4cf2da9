"""The portfolio as GitHub-flavoured Markdown, for a profile README: the name as the only `#`,
sections as `##`, entries as `###`, links kept, the reading list included.

It is written from the view's HTML (the source's Markdown, rendered with raw HTML kept as text),
never from the source's own Markdown: whatever HTML the source holds stays text here too."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from resume.content.view import Document, Item, Section, make_document
from resume.outputs.target import Rendered, output_name
from resume.theme.templating import untold

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_INLINE = {"em": "*", "strong": "**", "code": "`"}


def render(plan: Plan, run: Run) -> Rendered:
    path = plan.out / output_name(plan.resume.basics.name, "Portfolio", plan.suffix, ".md")
    doc = make_document(plan.resume, "portfolio")
    return Rendered({path: portfolio_markdown(doc).encode("utf-8")}, path)


def escape(text: str) -> str:
    """Text as Markdown shows it literally: no emphasis, link, heading or HTML made of it."""
    return _SPECIAL.sub(r"\\\1", text)


def link(text: str, url: str | None) -> str:
    return (
        f"[{escape(text)}]({url.replace(')', '%29').replace(' ', '%20')})" if url else escape(text)
    )


def portfolio_markdown(doc: Document) -> str:
    contacts = " · ".join(link(contact.text, contact.url) for contact in doc.contacts)
    blocks = [
        f"# {escape(doc.name)}",
        to_markdown(doc.headline),
        contacts,
        to_markdown(doc.summary),
    ]
    blocks += [section_markdown(section) for section in doc.sections]
    return "\n\n".join(block for block in blocks if block) + "\n"


def section_markdown(section: Section) -> str:
    blocks = [f"## {escape(section.title)}", to_markdown(section.intro)]
    if section.key == "about":
        blocks.append(to_markdown(section.items[0].details, heading_level=3))
    elif section.key == "skills":
        blocks.append("\n".join(skill_line(item) for item in section.items))
    else:
        blocks += [item_markdown(item) for item in section.items]
    return "\n\n".join(block for block in blocks if block)


def skill_line(item: Item) -> str:
    level = f" ({escape(item.subtitle)})" if item.subtitle else ""
    return f"- **{escape(item.title)}**{level}: {escape(', '.join(item.keywords))}"


def item_markdown(item: Item, level: int = 3) -> str:
    """An entry in full, as the portfolio shows it: its heading (linked), when and where, the
    story (details, else summary and highlights), its keywords; an employer's roles beneath
    it, a heading level down."""
    heading = link(item.title, item.url) + (f", {escape(item.subtitle)}" if item.subtitle else "")
    meta = " · ".join(escape(part) for part in (item.dates, item.location) if part)
    roles = [item_markdown(role, level + 1) for role in item.roles]
    story = [to_markdown(item.details, heading_level=level + 1)] if item.details else []
    if not item.details:
        story += [to_markdown(item.summary)]
    shown = untold(item.highlights, item.details) if item.details else item.highlights
    highlights = "\n".join(f"- {to_markdown(highlight)}" for highlight in shown)
    keywords = " · ".join(f"`{keyword.replace('`', '')}`" for keyword in item.keywords)
    blocks = [f"{'#' * level} {heading}", f"*{meta}*" if meta else "", *roles, *story]
    blocks += [highlights, keywords]
    return "\n\n".join(block for block in blocks if block)


def to_markdown(html: str, heading_level: int = 4) -> str:
    """The view's HTML (CommonMark's output: paragraphs, lists, headings, emphasis, code, links)
    as Markdown; headings in it start at `heading_level`, under the entry's own."""
    converter = _Converter(heading_level)
    converter.feed(html)
    converter.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(converter.out)).strip()


class _Converter(HTMLParser):
    def __init__(self, heading_level: int) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.heading_level = heading_level
        self.lists: list[str] = []  # "ul" or "ol", innermost last
        self.href: list[str | None] = []
        self.in_code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INLINE:
            self.in_code += tag == "code"
            self.out.append(_INLINE[tag])
        elif tag == "a":
            self.href.append(dict(attrs).get("href"))
            self.out.append("[")
        elif tag in {"ul", "ol"}:
            self.lists.append(tag)
            self.out.append("\n")
        elif tag == "li":
            marker = "1." if self.lists and self.lists[-1] == "ol" else "-"
            self.out.append("\n" + "  " * (len(self.lists) - 1) + marker + " ")
        elif re.fullmatch(r"h[1-6]", tag):
            self.out.append("\n\n" + "#" * min(6, self.heading_level) + " ")
        elif tag == "br":
            self.out.append("  \n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INLINE:
            self.in_code -= tag == "code"
            self.out.append(_INLINE[tag])
        elif tag == "a":
            href = self.href.pop() if self.href else None
            self.out.append(f"]({href})" if href else "]")
        elif tag in {"ul", "ol"} and self.lists:
            self.lists.pop()
            self.out.append("\n\n" if not self.lists else "")
        elif (tag == "p" and not self.lists) or re.fullmatch(r"h[1-6]", tag):
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        text = data.replace("`", "") if self.in_code else escape(data)
        self.out.append(
            re.sub(r"\n(?=\S)", "\n" + "  " * len(self.lists), text) if self.lists else text
        )
