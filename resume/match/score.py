"""Where the source says each term: on the one-page résumé, only in the portfolio, or nowhere;
and the résumé's coverage of the posting, weighted by how prominent each term is.

What the résumé shows is read from the content layer (the tailored source, made into the
document the résumé template prints), never from a rendered PDF: it takes milliseconds.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from resume.content.select import tailor
from resume.content.view import Document, make_document
from resume.match.terms import Term
from resume.match.vocabulary import Lexicon
from resume.source.model import Resume

Status = Literal["resume", "portfolio", "missing"]
_LEFT_OUT = {"variants", "render", "meta", "schema_", "intros"}
_KEYWORD_LISTS = {"keywords", "courses", "roles"}


@dataclass(frozen=True)
class Unit:
    """One piece of text and where it is: a highlight of an entry, a list of keywords."""

    section: str
    entry: str
    text: str
    keyword: bool = False  # one keyword, not prose

    @property
    def place(self) -> str:
        return f"{self.section}: {self.entry}" if self.entry else self.section


@dataclass(frozen=True)
class TermMatch:
    """One term of the posting and where the source shows it: on the résumé, only in the
    portfolio, or nowhere (missing)."""

    term: Term
    status: Status
    where: list[str]


@dataclass(frozen=True)
class Coverage:
    score: float
    matches: list[TermMatch]


def resume_units(resume: Resume, variant: str | None) -> list[Unit]:
    """What the one-page résumé of `variant` (None: the whole source) shows, piece by piece,
    as the résumé template prints it: entries show highlights, or their summary without any."""
    tailored = tailor(resume, variant) if variant else resume
    return list(document_units(make_document(tailored, "resume")))


def document_units(doc: Document) -> Iterator[Unit]:
    yield Unit("headline", "", _text(doc.headline))
    yield Unit("summary", "", _text(doc.summary))
    for section in doc.sections:
        for item in (shown for entry in section.items for shown in (entry, *entry.roles)):
            yield Unit(
                section.key, item.title, ", ".join(filter(None, (item.title, item.subtitle)))
            )
            texts = list(item.highlights) or [item.summary]
            yield from (Unit(section.key, item.title, _text(t)) for t in texts if t)
            yield from (Unit(section.key, item.title, k, keyword=True) for k in item.keywords)


def source_units(resume: Resume) -> list[Unit]:
    """Everything the source says, for the portfolio: every text of every entry."""
    units = [Unit("basics", "", *found) for found in _strings(resume.basics.model_dump())]
    for name, value in resume:
        if name in _LEFT_OUT or name == "basics" or not isinstance(value, list):
            continue
        for entry in value:
            data = entry.model_dump()
            title = _entry_title(data)
            units += [Unit(name, title, *found) for found in _strings(data)]
    return units


def _entry_title(data: dict[str, Any]) -> str:
    for key in ("position", "name", "title", "institution", "language", "organization"):
        if data.get(key):
            return str(data[key])
    return ""


def _strings(value: Any, keyword: bool = False) -> Iterator[tuple[str, bool]]:
    """Every text in `value`, and whether it is one keyword of a list of them."""
    if isinstance(value, str):
        yield re.sub(r"[*_`]", "", value), keyword
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key != "tags":
                yield from _strings(inner, keyword=key in _KEYWORD_LISTS)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, keyword)


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", str(markup)))


def places(terms: Sequence[Term], units: Iterable[Unit]) -> dict[str, list[str]]:
    """Where each term is written among `units` (by the term's key), each place once, in order."""
    lexicon = Lexicon([t.definition for t in terms])
    found: dict[str, dict[str, None]] = {}
    for unit in units:
        if unit.text:
            for hit in lexicon.find(unit.text, alone=unit.keyword):
                found.setdefault(hit.term.key, {}).setdefault(unit.place)
    return {key: list(where) for key, where in found.items()}


def judge(terms: Sequence[Term], shown: list[Unit], source: list[Unit]) -> Coverage:
    """Each term's status, and the weighted share of the terms that the résumé shows."""
    on_resume, in_source = places(terms, shown), places(terms, source)
    matches = []
    for one in terms:
        key = one.definition.key
        if key in on_resume:
            matches.append(TermMatch(one, "resume", on_resume[key]))
        else:
            where = in_source.get(key, [])
            matches.append(TermMatch(one, "portfolio" if where else "missing", where))
    return Coverage(coverage(matches), matches)


def coverage(matches: Sequence[TermMatch]) -> float:
    total = sum(v.term.weight for v in matches)
    shown = sum(v.term.weight for v in matches if v.status == "resume")
    return round(shown / total, 3) if total else 0.0


def variant_coverage(resume: Resume, terms: Sequence[Term], variant: str | None) -> float:
    """The coverage of one variant's résumé (None: the résumé of the whole source)."""
    shown = places(terms, resume_units(resume, variant))
    total = sum(t.weight for t in terms)
    return (
        round(sum(t.weight for t in terms if t.definition.key in shown) / total, 3)
        if total
        else 0.0
    )
