"""Condense a JSON Resume document's one-page résumé when even the readable floors overflow.

A JSON Resume file says nothing about what belongs on one page (its themes are web pages), so
when such a source states no selection of its own (no `render.sections.resume`, no `variants`)
and still overflows, the résumé leaves out what matters least, in this order: highlights beyond
the 4th, 3rd, 2nd of each entry; then the oldest entries of long sections (never below
`KEEP_ENTRIES`); then whole trailing sections. Each step is chosen from the layout at the floor:
the heights of what it would leave out are measured, and the smallest prefix of the steps
whose heights cover the overflow is taken; then it is laid out again, so it takes a pass or
two, and one to four more to loosen it again. What was left out is said in a warning; `--strict` makes the overflow an error instead.
The cut is a variant (select.tailor), so `resume check` compares against what the page shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from weasyprint.document import Document
from weasyprint.formatting_structure import boxes

from resume.content.select import sections_for, tailor
from resume.engine.fit import Fitted, Layout, Overflow, Trial, loosen, measure
from resume.source.model import Resume, SectionName, Sections, Variant

log = logging.getLogger(__name__)
HIGHLIGHT_CAPS = (4, 3, 2)
KEEP_ENTRIES = 3  # a long section keeps at least its three most recent entries
# Whole sections a one-page résumé can do without, the least missed first.
EXPENDABLE: tuple[SectionName, ...] = (
    "interests",
    "references",
    "languages",
    "volunteer",
    "publications",
    "certificates",
    "awards",
)
_WITH_HIGHLIGHTS = ("work", "projects", "volunteer")
NOUNS = {"work": "roles", "volunteer": "volunteer roles", "education": "schools"}
CONDENSED = "one-page"  # the variant's name while tailoring; the output keeps none


def condensable(resume: Resume, source: Path) -> bool:
    """A JSON Resume document that states no selection: it has no say in what a page leaves out."""
    return (
        source.suffix.lower() == ".json"
        and resume.render.sections.resume is None
        and not resume.variants
    )


@dataclass
class Cut:
    """What the résumé leaves out, as a variant would say it."""

    max_highlights: int | None = None
    max_entries: dict[SectionName, int] = field(default_factory=dict)
    dropped: list[SectionName] = field(default_factory=list)

    def apply(self, resume: Resume) -> Resume:
        sections = [s for s in sections_for(resume, "resume") if s not in self.dropped]
        variant = Variant(
            max_entries=dict(self.max_entries),
            max_highlights=self.max_highlights,
            sections=Sections(resume=sections),
        )
        marked = resume.model_copy(update={"variants": {CONDENSED: variant}})
        return tailor(marked, CONDENSED).model_copy(update={"variants": {}})

    def describe(self, resume: Resume, pages: int) -> str:
        parts = []
        for section, kept in self.max_entries.items():
            if section in self.dropped:
                continue
            total = len(getattr(resume, section))
            noun = NOUNS.get(section, section)
            parts.append(f"{total - kept} of {total} {noun} (the oldest)")
        if self.max_highlights is not None:
            parts.append(f"highlights beyond the {ordinal(self.max_highlights)}")
        if self.dropped:
            names = " and ".join(", ".join(self.dropped).rsplit(", ", 1))
            parts.append(f"the {names} section{'s' if len(self.dropped) > 1 else ''}")
        listed = " and ".join(", ".join(parts).rsplit(", ", 1)) if len(parts) > 1 else parts[0]
        what = "one-page" if pages == 1 else f"{pages}-page"
        return (
            f"too long for {'one page' if pages == 1 else f'{pages} pages'} even at the "
            f"tightest readable setting: the {what} résumé leaves out {listed}; the portfolio "
            "and the page keep everything; add a variant to choose yourself "
            "(or --strict to make this an error)"
        )


def ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th') }"


@dataclass
class Condensed:
    resume: Resume
    fitted: Fitted
    warning: str
    passes: int


def condense(
    resume: Resume, layout_of: Callable[[Resume], Layout], overflow: Overflow, pages: int = 1
) -> Condensed:
    """Leave out the least until the résumé fits; the Overflow again when nothing is left to cut."""
    design, trial = overflow.design, overflow.trial
    floor = design.css(trial.tightness)
    cut, passes = Cut(), overflow.passes
    log.debug("%d passes to overflow by %.0f px at the floor", passes, trial.measure.overflow)
    while True:
        assert trial.document is not None
        steps = list(next_steps(resume, cut, trial.document))
        if not steps:
            raise overflow
        need, gained = trial.measure.overflow, 0.0
        for step, gain in steps:
            step(cut)
            gained += gain
            if gained > need:
                break
        condensed = cut.apply(resume)
        document = layout_of(condensed)(floor)
        passes += 1
        trial = Trial(trial.tightness, document, measure(document, pages))
        log.debug(
            "cut %s: overflow %.0f px (estimate %.0f)", cut, trial.measure.overflow, need - gained
        )
        if trial.measure.pages <= pages:
            break
    # It fits at the floor; loosen it again as far as the room allows.
    fitted = loosen(layout_of(condensed), design, trial, pages)
    log.debug("loosened in %d passes to %s", fitted.passes, fitted.setting)
    passes += fitted.passes
    return Condensed(condensed, fitted, cut.describe(resume, pages), passes)


Step = tuple[Callable[[Cut], None], float]


def next_steps(resume: Resume, cut: Cut, document: Document) -> Iterator[Step]:
    """The cuts still possible, most expendable first, each with the height it would free."""
    shown = measured(document)
    current = cut.apply(resume)
    chosen = sections_for(current, "resume")
    above: int | None = None  # the cap before this one: its step has freed what lies beyond it
    for cap in HIGHLIGHT_CAPS:
        if cut.max_highlights is not None and cap >= cut.max_highlights:
            continue
        gain = sum(
            sum(heights[cap:above])
            for section in _WITH_HIGHLIGHTS
            for heights in shown.highlights.get(section, [])
        )
        above = cap
        if gain > 0:

            def trim(c: Cut, cap: int = cap) -> None:
                c.max_highlights = cap

            yield trim, gain
    # The oldest entries, a round at a time from the end of every long section.
    lengths = {s: len(getattr(current, s)) for s in chosen if s not in ("skills", "about")}
    for round_ in range(1, max(lengths.values(), default=0)):
        for section, length in lengths.items():
            keep = length - round_
            if keep < KEEP_ENTRIES:
                continue
            entries = shown.entries.get(section, [])
            gain = entries[keep] if keep < len(entries) else 0.0

            def shorten(c: Cut, section: SectionName = section, keep: int = keep) -> None:
                c.max_entries[section] = keep

            yield shorten, gain
    for section in EXPENDABLE:
        if section in chosen:

            def drop(c: Cut, section: SectionName = section) -> None:
                c.dropped.append(section)

            yield drop, shown.sections.get(section, 0.0)
    # The last resort, when all else is cut: below KEEP_ENTRIES, down to the newest entry.
    for keep in range(KEEP_ENTRIES - 1, 0, -1):
        for section, length in lengths.items():
            if keep < length:

                def fewer(c: Cut, section: SectionName = section, keep: int = keep) -> None:
                    c.max_entries[section] = keep

                yield fewer, sum(shown.entries.get(section, [])[keep:])


@dataclass
class Measured:
    """Heights (px, summed over pages) of what the résumé shows, by section."""

    sections: dict[str, float] = field(default_factory=dict)
    entries: dict[str, list[float]] = field(default_factory=dict)
    highlights: dict[str, list[list[float]]] = field(default_factory=dict)


def measured(document: Document) -> Measured:
    found = Measured()
    seen: dict[int, tuple[str, int]] = {}  # entry element -> (section, index)
    for page in document.pages:
        _visit(page._page_box, None, None, found, seen)
    return found


def _visit(
    box: boxes.Box, section: str | None, entry: Any, found: Measured, seen: dict[int, Any]
) -> None:
    element = getattr(box, "element", None)
    classes = (element.get("class") or "").split() if element is not None else []
    tag = getattr(box, "element_tag", None)
    height = float(box.margin_height()) if isinstance(box, boxes.BlockBox) else 0.0
    if tag == "section" and "section" in classes:
        keys = [c.removeprefix("section-") for c in classes if c.startswith("section-")]
        section = keys[0] if keys else None
        if section:
            found.sections[section] = found.sections.get(section, 0.0) + height
    elif tag == "article" and "item" in classes and section:
        entries = found.entries.setdefault(section, [])
        if id(element) not in seen:
            seen[id(element)] = (section, len(entries))
            entries.append(0.0)
            found.highlights.setdefault(section, []).append([])
        entries[seen[id(element)][1]] += height
        entry = element
    elif tag == "ul" and "highlights" in classes and entry is not None and section:
        index = seen[id(entry)][1]
        for child in getattr(box, "children", None) or ():
            if isinstance(child, boxes.BlockBox):
                found.highlights[section][index].append(float(child.margin_height()))
        return
    for child in getattr(box, "children", None) or ():
        if getattr(child, "element", None) is element and element is not None:
            # an anonymous box of the same element: its height is already counted
            _visit_inner(child, section, entry, found, seen)
        else:
            _visit(child, section, entry, found, seen)


def _visit_inner(
    box: boxes.Box, section: str | None, entry: Any, found: Measured, seen: dict[int, Any]
) -> None:
    for child in getattr(box, "children", None) or ():
        _visit(child, section, entry, found, seen)
