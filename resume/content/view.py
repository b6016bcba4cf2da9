"""Turn the model into plain data for templates: dates spelt out, markdown made HTML, links checked."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markupsafe import Markup

from resume.content.locale import LABELS, MONTH_YEAR, language_of
from resume.content.select import sections_for
from resume.output_specs import OutputName
from resume.source import model
from resume.source.calendar import FULL_MONTHS, MONTHS
from resume.source.design import Design
from resume.source.links import SAFE_SCHEMES, safe_url
from resume.source.model import Resume
from resume.source.model_base import split_date
from resume.source.settings import SectionName

__all__ = ["SAFE_SCHEMES", "safe_url"]  # where other modules have found them


class _Markdown(MarkdownIt):
    """Raw HTML in the source stays text; links go only to the web, mail and phone; no images,
    which a PDF would fetch and a page would load from anywhere."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False, "typographer": False})
        self.disable("image")

    def normalizeLink(self, url: str) -> str:
        return normalizeLink(safe_url(url) or url)

    def validateLink(self, url: str) -> bool:
        return url.startswith("#") or safe_url(url) is not None


_markdown = _Markdown()


@dataclass(frozen=True)
class Item:
    """One entry of a section, whatever its kind: a job, a project, a book."""

    title: str
    subtitle: str = ""
    dates: str = ""
    location: str = ""
    url: str | None = None
    summary: Markup = Markup()
    highlights: Sequence[Markup] = ()
    details: Markup = Markup()
    keywords: Sequence[str] = ()
    anchor: str = ""
    roles: Sequence[Item] = ()  # an employer's roles: its title is the employer's name


@dataclass(frozen=True)
class Group:
    """Entries of one kind within a section (publications by their `type`)."""

    title: str  # "" for the entries of no kind, which come last
    items: Sequence[Item]
    anchor: str = ""


@dataclass(frozen=True)
class Section:
    key: SectionName
    title: str
    items: Sequence[Item]
    intro: Markup = Markup()
    anchor: str = ""
    groups: Sequence[Group] = ()  # when the entries have kinds; `items` then in the groups' order


@dataclass(frozen=True)
class Contact:
    kind: str  # email, phone, web, location, or a network name in lower case
    text: str
    url: str | None = None
    label: str = ""  # a profile's network as written (GitHub), which a bare handle needs


@dataclass(frozen=True)
class Document:
    """Everything a template needs for one output."""

    output: OutputName
    lang: str
    name: str
    label: str
    headline: Markup
    summary: Markup
    about: Markup
    contacts: Sequence[Contact]
    sections: Sequence[Section]
    labels: dict[str, str]
    title: str
    description: str
    keywords: Sequence[str] = field(default_factory=list)
    photo: str = ""  # the photo's URL for this output
    locale: str = ""  # the source's `render.locale` (BCP 47), for `lang`; `lang` names the labels


def make_document(resume: Resume, output: OutputName, photo: str = "") -> Document:
    lang = language_of(resume.render.locale)
    labels = LABELS[lang]
    basics = resume.basics
    dates = _DateFormatter(lang, resume.render.design)
    sections = [
        _section(resume, key, labels, dates, output) for key in sections_for(resume, output)
    ]
    headline = basics.headline or basics.label or ""
    return Document(
        output=output,
        lang=lang,
        name=basics.name,
        label=basics.label or "",
        headline=inline(basics.headline or basics.label),
        summary=inline(basics.summary),
        about=block(basics.about),
        contacts=contacts(basics),
        sections=sections,
        labels=labels,
        title=" — ".join(
            filter(None, (basics.name, labels[output if output != "site" else "portfolio"]))
        ),
        description=plain(basics.summary or headline),
        keywords=[k for skill in resume.skills for k in skill.keywords],
        photo=photo,
        locale=(resume.render.locale or lang).replace("_", "-"),
    )


@functools.lru_cache(maxsize=4096)  # the same text renders in all three outputs, and each re-render
def inline(text: str | None) -> Markup:
    """Inline markdown as safe HTML: raw HTML in the source stays text."""
    return Markup(_markdown.renderInline(text)) if text else Markup()


@functools.lru_cache(maxsize=1024)
def block(text: str | None) -> Markup:
    """Markdown with paragraphs and lists as safe HTML."""
    return Markup(_markdown.render(text)) if text else Markup()


def plain(text: str | None) -> str:
    """Markdown with its markup removed, for metadata."""
    return re.sub(r"\s+", " ", re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", r"\1", text or "")).strip()


def display_url(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url).rstrip("/")


def contacts(basics: model.Basics) -> list[Contact]:
    found: list[Contact] = []
    if basics.email:
        found.append(Contact("email", basics.email, f"mailto:{basics.email}"))
    if basics.phone:
        found.append(Contact("phone", basics.phone, "tel:" + re.sub(r"[^\d+]", "", basics.phone)))
    if url := safe_url(basics.url):
        found.append(Contact("web", display_url(url), url))
    for profile in basics.profiles:
        url = safe_url(profile.url)
        text = profile.username or (display_url(url) if url else "")
        label = (profile.network or "").strip() if profile.username else ""
        if text:
            found.append(Contact((profile.network or "web").lower(), text, url, label))
    if basics.location and (where := _place(basics.location)):
        found.append(Contact("location", where))
    return found


def _place(location: model.Location) -> str:
    return ", ".join(
        part for part in (location.city, location.region, location.country_code) if part
    )


def anchor(*parts: str) -> str:
    """An id for links and bookmarks: lower-case words joined by hyphens."""
    slug = re.sub(r"[^\w]+", "-", " ".join(parts).lower(), flags=re.UNICODE).strip("-")
    return slug or "item"


class _DateFormatter:
    def __init__(self, lang: str, design: Design | None = None) -> None:
        design = design or Design()
        self.format = design.date_format or "MMM YYYY"
        self.months = (
            FULL_MONTHS.get(lang, MONTHS[lang]) if self.format == "MMMM YYYY" else MONTHS[lang]
        )
        self.month_year = MONTH_YEAR.get(lang, "{month} {year}")
        self.labels = LABELS[lang]
        self.present = design.present or self.labels["present"]

    def one(self, value: str | None) -> str:
        """A date as the document's language writes it, and its note after it:
        `May 2019`, `heute`, `2020 (Summer)`."""
        if not value:
            return ""
        date, note = split_date(value)
        shown = self._date(date)
        return f"{shown} ({note})" if note else shown

    def _date(self, value: str) -> str:
        if value == "present":
            return self.present
        parts = value.split("-")
        if len(parts) == 1 or self.format == "YYYY":
            return parts[0]
        if self.format == "MM/YYYY":
            return f"{parts[1]}/{parts[0]}"
        if self.format == "YYYY-MM":
            return f"{parts[0]}-{parts[1]}"
        return self.month_year.format(month=self.months[int(parts[1]) - 1], year=parts[0])

    def span(self, start: str | None, end: str | None) -> str:
        first = self.one(start)
        last = self.one(end) or (self.present if start else "")
        if first and last and first != last:
            return f"{first} – {last}"
        return first or last


def _section(
    resume: Resume,
    key: SectionName,
    labels: dict[str, str],
    dates: _DateFormatter,
    output: OutputName,
) -> Section:
    if key == "about":
        items = [Item(title=labels["about"], details=block(resume.basics.about))]
    else:
        to_item = _ITEMS[key]
        items = []
        for entry in getattr(resume, key):
            item = to_item(entry, dates)
            ids = {i.anchor for i in items}
            slug = anchor(key, item.title)
            items.append(
                replace(item, anchor=slug if slug not in ids else f"{slug}-{len(items) + 1}")
            )
    groups = _groups(key, items, [p.type for p in resume.publications if key == "publications"])
    if groups:
        items = [item for group in groups for item in group.items]
    return Section(
        key, labels[key], items, inline(resume.intros.get(key)), anchor(key), groups=groups
    )


def _groups(key: SectionName, items: list[Item], kinds: list[str | None]) -> list[Group]:
    """`items` by kind, the kinds in the order they first appear, those of no kind last; none
    when no entry has a kind (publications, by their `type`)."""
    if not any(kind and kind.strip() for kind in kinds):
        return []
    by_kind: dict[str, list[Item]] = {}
    for item, kind in zip(items, kinds, strict=True):
        by_kind.setdefault((kind or "").strip(), []).append(item)
    untyped = by_kind.pop("", [])
    groups = [Group(kind, found, anchor(key, kind)) for kind, found in by_kind.items()]
    return [*groups, Group("", untyped)] if untyped else groups


def _highlights(entries: Sequence[model.Highlight]) -> list[Markup]:
    return [inline(h.text) for h in entries]


def _work(w: model.Work, d: _DateFormatter) -> Item:
    if w.roles:
        return Item(
            title=w.name or "",
            dates=d.span(*w.span()),
            location=w.location or "",
            url=safe_url(w.url),
            roles=[_role(role, d) for role in w.roles],
        )
    return Item(
        title=w.position or w.name or "",
        subtitle=(w.name or "") if w.position else "",
        dates=d.span(w.start_date, w.end_date),
        location=w.location or "",
        url=safe_url(w.url),
        summary=inline(w.summary),
        highlights=_highlights(w.highlights),
        details=block(w.details),
    )


def _role(r: model.Role, d: _DateFormatter) -> Item:
    return Item(
        title=r.position,
        dates=d.span(r.start_date, r.end_date),
        summary=inline(r.summary),
        highlights=_highlights(r.highlights),
        details=block(r.details),
    )


def _volunteer(v: model.Volunteer, d: _DateFormatter) -> Item:
    return Item(
        title=v.position or v.organization or "",
        subtitle=(v.organization or "") if v.position else "",
        dates=d.span(v.start_date, v.end_date),
        url=safe_url(v.url),
        summary=inline(v.summary),
        highlights=_highlights(v.highlights),
        details=block(v.details),
    )


def _education(e: model.Education, d: _DateFormatter) -> Item:
    both = e.study_type and e.area
    degree = d.labels["degree"].format(type=e.study_type, area=e.area) if both else ""
    degree = degree or e.study_type or e.area or ""
    return Item(
        title=degree or e.institution or "",
        subtitle=(e.institution or "") if degree else "",
        dates=d.span(e.start_date, e.end_date),
        url=safe_url(e.url),
        summary=inline(e.score and f"{d.labels['score']}: {e.score}"),
        keywords=e.courses,
    )


def _project(p: model.Project, d: _DateFormatter) -> Item:
    return Item(
        title=p.name or "",
        subtitle=plain(p.description),
        dates=d.span(p.start_date, p.end_date),
        url=safe_url(p.url),
        highlights=_highlights(p.highlights),
        details=block(p.details),
        keywords=p.keywords,
    )


def _award(a: model.Award, d: _DateFormatter) -> Item:
    return Item(
        title=a.title or "",
        subtitle=a.awarder or "",
        dates=d.one(a.date),
        summary=inline(a.summary),
    )


def _certificate(c: model.Certificate, d: _DateFormatter) -> Item:
    return Item(
        title=c.name or "", subtitle=c.issuer or "", dates=d.one(c.date), url=safe_url(c.url)
    )


def _publication(p: model.Publication, d: _DateFormatter) -> Item:
    return Item(
        title=p.name or "",
        subtitle=p.publisher or "",
        dates=d.one(p.release_date),
        url=safe_url(p.url),
        summary=inline(p.summary),
    )


def _article(a: model.Article, d: _DateFormatter) -> Item:
    return Item(
        title=a.title,
        subtitle=a.publisher or "",
        dates=d.one(a.date),
        url=safe_url(a.url),
        summary=inline(a.summary),
    )


def _skill(s: model.Skill, d: _DateFormatter) -> Item:
    return Item(title=s.name or "", subtitle=s.level or "", keywords=s.keywords)


def _language(lang: model.Language, d: _DateFormatter) -> Item:
    return Item(title=lang.language or "", subtitle=lang.fluency or "")


def _interest(i: model.Interest, d: _DateFormatter) -> Item:
    return Item(title=i.name or "", keywords=i.keywords)


def _reference(r: model.Reference, d: _DateFormatter) -> Item:
    return Item(title=r.name or "", summary=inline(r.reference))


def _book(b: model.Book, d: _DateFormatter) -> Item:
    return Item(title=b.title, subtitle=b.author or "", url=safe_url(b.url), summary=inline(b.note))


_ITEMS: dict[str, Callable[[Any, _DateFormatter], Item]] = {
    "work": _work,
    "volunteer": _volunteer,
    "education": _education,
    "projects": _project,
    "awards": _award,
    "certificates": _certificate,
    "publications": _publication,
    "articles": _article,
    "skills": _skill,
    "languages": _language,
    "interests": _interest,
    "references": _reference,
    "reading": _book,
}
