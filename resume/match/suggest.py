"""Which tagged entries and highlights of the source would raise the résumé's coverage, and
still fit on one page.

A variant can only select: include a tag, stop excluding one, keep more entries or highlights,
show one more section. Each such change is scored on the content layer (milliseconds); the
best is then rendered, and taken only if the fitting says the page still holds it. No guess
about lengths: the fit is measured, by the same code that renders the résumé.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from resume.content.select import default_sections, has_content
from resume.match.score import Unit, places, resume_units
from resume.match.terms import Term
from resume.match.vocabulary import Lexicon
from resume.source.model import Resume, Variant
from resume.source.settings import SectionName, Sections
from resume.source.tags import all_tags

MAX_RENDERS = 6  # each fit check is one render: about half a second
TRIAL = "match-trial"  # the name a candidate variant has while it is scored

# What a one-page résumé may show: its usual sections, and articles (a reading list may not)
RESUME_WORTHY: list[SectionName] = [*default_sections("resume"), "articles"]

FitCheck = Callable[[Variant], str | None]  # how the résumé was fitted; None: it overflows


@dataclass(frozen=True)
class Suggestion:
    change: str  # what to change in the variant, for a person
    shows: list[str]  # what comes onto the résumé that the posting asks for
    terms: list[str]  # the terms it brings onto the résumé
    coverage: float  # the résumé's coverage with this change (and the ones before it)
    fit: str | None  # how the résumé was fitted; None: it would not fit on one page

    def as_json(self) -> dict[str, object]:
        return {
            "change": self.change,
            "shows": self.shows,
            "terms": self.terms,
            "coverage": self.coverage,
            "fits": self.fit is not None,
            "fit": self.fit,
        }


@dataclass(frozen=True)
class Scored:
    change: str
    variant: Variant
    coverage: float
    shown: dict[str, list[str]]  # term key -> where the résumé shows it


def suggest(
    resume: Resume, terms: Sequence[Term], base: Variant, fits: FitCheck
) -> tuple[Variant, list[Suggestion]]:
    """Changes to `base`, best first, each checked by a render; the variant that takes those
    that fit, and every suggestion tried (those that overflow say so)."""
    current = score(resume, terms, "as it is", base)
    suggestions: list[Suggestion] = []
    tried: set[str] = set()
    while len(tried) < MAX_RENDERS:
        better = [
            scored
            for change, variant in changes(resume, current.variant)
            if change not in tried
            and (scored := score(resume, terms, change, variant)).coverage > current.coverage
        ]
        if not better:
            break
        best = max(better, key=lambda s: s.coverage)
        tried.add(best.change)
        fit = fits(best.variant)
        suggestions.append(describe(resume, terms, current, best, fit))
        if fit is not None:
            current = best
    return current.variant, suggestions


def score(resume: Resume, terms: Sequence[Term], change: str, variant: Variant) -> Scored:
    trial = resume.model_copy(update={"variants": {**resume.variants, TRIAL: variant}})
    shown = places(terms, resume_units(trial, TRIAL))
    total = sum(t.weight for t in terms) or 1.0
    covered = sum(t.weight for t in terms if t.definition.key in shown)
    return Scored(change, variant, round(covered / total, 3), shown)


def changes(resume: Resume, variant: Variant) -> Iterator[tuple[str, Variant]]:
    """Every change that selects more of the source: one tag, one entry, one section more."""
    if variant.include:
        for tag in sorted(all_tags(resume) - set(variant.include)):
            yield (
                f"include tag `{tag}`",
                variant.model_copy(update={"include": [*variant.include, tag]}),
            )
    for tag in variant.exclude:
        kept = [t for t in variant.exclude if t != tag]
        yield f"stop excluding tag `{tag}`", variant.model_copy(update={"exclude": kept})
    for section, most in variant.max_entries.items():
        if len(getattr(resume, section, None) or []) > most:
            more = {**variant.max_entries, section: most + 1}
            yield (
                f"keep {most + 1} entries of `{section}`",
                variant.model_copy(update={"max_entries": more}),
            )
    if variant.max_highlights is not None:
        most = variant.max_highlights + 1
        yield (
            f"keep {most} highlights an entry",
            variant.model_copy(update={"max_highlights": most}),
        )
    yield from _more_sections(resume, variant)


def _more_sections(resume: Resume, variant: Variant) -> Iterator[tuple[str, Variant]]:
    chosen = resume_sections(resume, variant)
    for section in RESUME_WORTHY:
        if section in chosen or not has_content(resume, section):
            continue
        sections = (variant.sections or Sections()).model_copy(
            update={"resume": [*chosen, section]}
        )
        yield f"show section `{section}`", variant.model_copy(update={"sections": sections})


def resume_sections(resume: Resume, variant: Variant) -> list[SectionName]:
    if variant.sections is not None and variant.sections.resume is not None:
        return list(variant.sections.resume)
    return list(resume.render.sections.resume or default_sections("resume"))


def describe(
    resume: Resume, terms: Sequence[Term], before: Scored, after: Scored, fit: str | None
) -> Suggestion:
    """The suggestion `after` makes: the terms it brings, and the texts that bring them."""
    gained = [
        t for t in terms if t.definition.key in after.shown and t.definition.key not in before.shown
    ]
    old = set(_units(resume, before.variant))
    lexicon = Lexicon([t.definition for t in gained])
    shows = [
        f"{unit.place}: {shorten(unit.text)}"
        for unit in _units(resume, after.variant)
        if unit not in old and lexicon.find(unit.text, alone=unit.keyword)
    ]
    return Suggestion(after.change, shows, [t.name for t in gained], after.coverage, fit)


def shorten(text: str, most: int = 70) -> str:
    return text if len(text) <= most else text[: most - 1].rsplit(" ", 1)[0] + "…"


def _units(resume: Resume, variant: Variant) -> list[Unit]:
    trial = resume.model_copy(update={"variants": {**resume.variants, TRIAL: variant}})
    return resume_units(trial, TRIAL)
