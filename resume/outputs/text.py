"""The résumé as plain text, for pasting into an application form: what the one-page PDF shows
(its sections, variant, labels and dates), one paragraph per line, since forms re-wrap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from resume.content.view import Document, Item, Section, make_document
from resume.outputs.target import Rendered, output_name

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

BULLET = "•"


def render(plan: Plan, run: Run) -> Rendered:
    path = plan.out / output_name(plan.resume.basics.name, "Resume", plan.suffix, ".txt")
    doc = make_document(plan.resume, "resume")
    return Rendered({path: resume_text(doc).encode("utf-8")}, path)


def text(html: str) -> str:
    """HTML (what the view makes of the source's Markdown) as the words a reader sees."""
    return Markup(html).striptags()


def resume_text(doc: Document) -> str:
    """The whole résumé: the name, headline and contacts, the profile, then each section."""
    head = [doc.name, text(doc.headline), " · ".join(contact.text for contact in doc.contacts)]
    blocks = ["\n".join(line for line in head if line)]
    if doc.summary:
        blocks.append(text(doc.summary))
    blocks += [section_text(section) for section in doc.sections]
    return "\n\n".join(blocks) + "\n"


def section_text(section: Section) -> str:
    """A section's title in capitals, then its entries, a blank line between them (a skill
    group is one line)."""
    if section.key == "about":
        return f"{section.title.upper()}\n{text(section.items[0].details)}"
    entries = [
        "\n".join(line for line in item_lines(section, item) if line) for item in section.items
    ]
    between = "\n" if section.key == "skills" else "\n\n"
    return section.title.upper() + "\n" + between.join(entries)


def item_lines(section: Section, item: Item) -> list[str]:
    """One entry as the résumé shows it: heading, dates and place, the highlights (else the
    summary), the keywords; a skill group on one line."""
    title = f"{item.title}, {item.subtitle}" if item.subtitle else item.title
    if section.key == "skills":
        level = f" ({item.subtitle})" if item.subtitle else ""
        return [f"{item.title}{level}: {', '.join(item.keywords)}"]
    meta = " · ".join(part for part in (item.dates, item.location) if part)
    lines = [title, meta]
    for role in item.roles:  # an employer's roles, each as an entry under its name
        lines += item_lines(section, role)
    if item.highlights:
        lines += [f"{BULLET} {text(highlight)}" for highlight in item.highlights]
    else:
        lines.append(text(item.summary))
    lines.append(", ".join(item.keywords))
    return lines
