"""Condense a JSON Resume document's one-page résumé when even the readable floors overflow.

A JSON Resume file says nothing about what belongs on one page (its themes are web pages), so
when such a source states no selection of its own (no `render.sections.resume`, no `variants`)
and still overflows, the résumé leaves out what matters least, in this order: highlights beyond
the 4th, 3rd, 2nd of each entry; then the oldest entries of long sections (never below
`KEEP_ENTRIES`); then whole trailing sections. Each step is chosen from the layout at the floor:
the heights of what it would leave out are measured, and the smallest prefix of the steps
whose heights cover the overflow is taken; then it is laid out again, so it takes a pass or
two, and one to four more to loosen it again. What was left out is said in a warning; `--strict`
makes the overflow an error instead (the render plan decides: plan.condensable).
The cut is a variant (select.tailor), so `resume check` compares against what the page shows.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from weasyprint.document import Document

from resume.content.select import Entry, keep_units, newest_first, sections_for, tailor, units
from resume.engine.boxes import parts
from resume.engine.fit import (
    GAP_FLOOR,
    Fitted,
    Hopeless,
    Overflow,
    ThemeMeasures,
    Trial,
    body_line,
    loosen,
    measure,
)
from resume.engine.predict import Predictor, StyleFor
from resume.source.model import Resume, Variant
from resume.source.settings import SectionName, Sections
from resume.source.tags import WITH_HIGHLIGHTS

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
NOUNS = {"work": "roles", "volunteer": "volunteer roles", "education": "schools"}
CONDENSED = "one-page"  # the variant's name while tailoring; the output keeps none
# No line is shorter than the type floor (9 pt) set solid, and no page is taller than its size
# (US legal's 14 in when not known) less the margin floor. An entry takes a line for its title
# and one for each highlight it keeps (at least the last cap's), so a section with more entries
# than that fills cannot show them all: they are cut before anything is laid out (the layout is
# the cost).
SHORTEST_LINE = 12.0  # px
LOOSEN_ROOM = 2  # lines of room at the floors that a condensed résumé is loosened into
PAGE_HEIGHTS = {"letter": 11.0, "a4": 297 / 25.4}  # in; any other: US legal's 14


@dataclass
class Cut:
    """What the résumé leaves out, as a variant would say it."""

    max_highlights: int | None = None
    max_entries: dict[SectionName, int] = field(default_factory=dict)
    dropped: list[SectionName] = field(default_factory=list)

    def apply(self, resume: Resume) -> Resume:
        sections = [s for s in sections_for(resume, "resume") if s not in self.dropped]
        variant = Variant(max_highlights=self.max_highlights, sections=Sections(resume=sections))
        marked = resume.model_copy(update={"variants": {CONDENSED: variant}})
        tailored = tailor(marked, CONDENSED).model_copy(update={"variants": {}})
        kept: dict[str, Any] = {
            section: kept_newest(getattr(tailored, section), keep)
            for section, keep in self.max_entries.items()
        }
        return tailored.model_copy(update=kept)

    def describe(self, resume: Resume, pages: int) -> str:
        parts = []
        for section, kept in self.max_entries.items():
            if section in self.dropped:
                continue
            total = len(units(getattr(resume, section)))
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


def precut(resume: Resume, pages: int = 1, page_size: str = "") -> Cut | None:
    """The oldest entries no page (of `page_size`, when known) could hold, whatever the
    setting; None when all could fit."""
    tallest = (PAGE_HEIGHTS.get(page_size, 14.0) - 2 * 0.4) * 96
    too_long: dict[SectionName, int] = {}
    for section in sections_for(resume, "resume"):
        entries = getattr(resume, section, None)
        if section in ("skills", "about") or not isinstance(entries, list):
            continue
        used = 0.0
        for index, entry in enumerate(units(entries)):
            bullets = len(getattr(entry, "highlights", None) or [])
            used += SHORTEST_LINE * (1 + min(bullets, HIGHLIGHT_CAPS[-1]))
            if used > pages * tallest:
                too_long[section] = max(index, KEEP_ENTRIES)
                break
    return Cut(max_entries=too_long) if too_long else None


def ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th') }"


@dataclass
class Condensed:
    resume: Resume  # what the résumé shows
    fitted: Fitted
    warning: str


LayoutOf = Callable[[Resume, str], Document]  # a source's résumé, with extra CSS, laid out
ProbeOf = Callable[[Resume, str], StyleFor]  # its computed styles with extra CSS, not laid out


def condense(
    resume: Resume,
    layout: LayoutOf,
    overflow: Overflow,
    pages: int = 1,
    cut: Cut | None = None,
    probe: ProbeOf | None = None,
) -> Condensed:
    """Leave out the least until the résumé fits; the Overflow again when nothing is left to cut.
    `cut`: what was left out before the overflowing layout (precut). With `probe`, loosening
    is predicted (fit.loosen)."""
    measures, trial = overflow.measures, overflow.trial
    floor_at = measures.ends()[-1][1] if measures.ends() else 0.0
    floor = measures.css(floor_at)
    cut, passes = cut or Cut(), overflow.passes
    log.debug("%d passes to overflow by %.0f px", passes, trial.measure.overflow)
    if trial.tightness < floor_at:  # given up on at the design: cut what no floor could hold
        assert trial.document is not None
        if overflow.model is not None:  # else the floor's layout says what to cut
            cut = predicted_cut(resume, cut, trial, overflow.model, floor_at, pages)
        document = layout(cut.apply(resume), floor)
        passes += 1
        trial = Trial(floor_at, document, measure(document, pages))
    while trial.measure.pages > pages:
        assert trial.document is not None
        need = trial.measure.overflow
        if not take_steps(resume, cut, trial.document, need):
            raise Overflow(trial, measures, pages, passes)
        condensed = cut.apply(resume)
        document = layout(condensed, floor)
        passes += 1
        trial = Trial(trial.tightness, document, measure(document, pages))
        log.debug("cut %s: overflow %.0f px (from %.0f)", cut, trial.measure.overflow, need)
    # It fits at the floor; loosen it again as far as the room allows.
    condensed = cut.apply(resume)
    assert trial.document is not None
    if -trial.measure.overflow < LOOSEN_ROOM * body_line(trial.document):
        # Less room than that, spread over the page, would loosen it by a hair: not worth a pass.
        fitted = Fitted(trial.document, trial.tightness, 0, measures.describe(trial.tightness))
    else:
        probe_condensed = functools.partial(probe, condensed) if probe else None
        fitted = loosen(
            functools.partial(layout, condensed), measures, trial, pages, probe_condensed
        )
    log.debug("loosened in %d passes to %s", fitted.passes, fitted.setting)
    fitted = replace(fitted, passes=passes + fitted.passes)  # every layout it took, all told
    return Condensed(condensed, fitted, cut.describe(resume, pages))


def take_steps(
    resume: Resume, cut: Cut, document: Document, need: float, share: float = 1.0
) -> bool:
    """Take the next steps, in order, until the heights they free in `document` (times `share`)
    cover `need`; False when there is no step left."""
    gained, taken = 0.0, False
    for step, gain in next_steps(resume, cut, document):
        step(cut)
        gained, taken = gained + gain * share, True
        if gained > need:
            break
    return taken


def predicted_cut(
    resume: Resume, cut: Cut, trial: Trial, model: Predictor, floor_at: float, pages: int
) -> Cut:
    """From the layout at the design: the steps that cover the overflow the model predicts at
    the floor, and half a line more, with every height shrunk as the model says the floor
    shrinks the whole (so one layout at the floor usually fits)."""
    assert trial.document is not None
    height = trial.measure.overflow + pages * trial.document.pages[0]._page_box.height
    share = (height + model.growth(floor_at)) / height
    need = model.overflow(floor_at) + body_line(trial.document) * share / 2
    take_steps(resume, cut, trial.document, need, share)
    return cut


def shrink(measures: ThemeMeasures, document: Document) -> float:
    """The least share of its height at the design that content keeps at the floors: lines
    shrink with leading and type, and rewrap into the wider measure; gaps keep GAP_FLOOR."""
    floor = measures.values(measures.ends()[-1][1] if measures.ends() else 0.0)
    lines = 1.0
    if measures.leading and "leading" in floor:
        lines *= floor["leading"] / measures.leading
    if measures.size and "size" in floor:
        lines *= (floor["size"] / measures.size) ** 2  # smaller lines, and more words on each
    width = document.pages[0]._page_box.margin_width()
    design_measure = width - measures.margins[1] - measures.margins[3]
    lines *= design_measure / (width - floor["margins"][1] - floor["margins"][3])
    return float(min(lines, GAP_FLOOR))


def room_at_floor(measures: ThemeMeasures, document: Document) -> float:
    """The height of a page's content area at the margin floor."""
    floor = measures.values(measures.ends()[-1][1] if measures.ends() else 0.0)
    height = document.pages[0]._page_box.margin_height()
    return float(height - floor["margins"][0] - floor["margins"][2])


def hopeless_for(pages: int) -> Hopeless:
    """Whether a layout at the design is so long that even at its least (shrink) it could not
    fit on `pages` at the floors: then fitting gives up at once, and condensing takes over."""

    def hopeless(first: Trial, measures: ThemeMeasures) -> bool:
        assert first.document is not None
        room = first.document.pages[0]._page_box.height
        total = first.measure.overflow + pages * room
        least = total * shrink(measures, first.document)
        return bool(least > pages * room_at_floor(measures, first.document))

    return hopeless


Step = tuple[Callable[[Cut], None], float]


def next_steps(resume: Resume, cut: Cut, document: Document) -> Iterator[Step]:
    """The cuts still possible, most expendable first, each with the height it would free."""
    shown = measured(document)
    current = cut.apply(resume)
    chosen = sections_for(current, "resume")
    trims = list(_highlight_steps(cut, shown))
    yield from trims
    # Once every trim is taken, an entry left out frees only the highlights it still shows.
    cap = HIGHLIGHT_CAPS[-1] if trims else None
    yield from _entry_steps(current, chosen, shown, cap)
    yield from _section_steps(chosen, shown)
    yield from _entry_steps(current, chosen, shown, cap, last_resort=True)


def _highlight_steps(cut: Cut, shown: Measured) -> Iterator[Step]:
    """Fewer highlights per entry: beyond the 4th, then the 3rd, then the 2nd."""
    above: int | None = None  # the cap before this one: its step has freed what lies beyond it
    for cap in HIGHLIGHT_CAPS:
        if cut.max_highlights is not None and cap >= cut.max_highlights:
            continue
        gain = sum(
            sum(heights[cap:above])
            for section in WITH_HIGHLIGHTS
            for heights in shown.highlights.get(section, [])
        )
        above = cap
        if gain > 0:

            def trim(c: Cut, cap: int = cap) -> None:
                c.max_highlights = cap

            yield trim, gain


def kept_newest(entries: Sequence[Entry], keep: int) -> list[Entry]:
    """The `keep` newest of `entries` by date, in the order they are written; an employer's
    roles count one by one (select.units), so its oldest roles go first."""
    return keep_units(entries, newest_first(units(entries))[:keep])


def places_newest_first(entries: Sequence[Entry]) -> list[int]:
    """Where each entry (each role, select.units) stands in `entries`, the newest first."""
    listed = units(entries)
    place = {id(entry): index for index, entry in enumerate(listed)}
    return [place[id(entry)] for entry in newest_first(listed)]


def _entry_steps(
    current: Resume,
    chosen: list[SectionName],
    shown: Measured,
    cap: int | None,
    last_resort: bool = False,
) -> Iterator[Step]:
    """The oldest entries by date, a round at a time from every long section, down to
    KEEP_ENTRIES; as the last resort, from every section down to its newest entry. Each step
    frees the height of the one entry it newly leaves out, wherever on the page it stands."""
    entries = {s: units(getattr(current, s)) for s in chosen if s not in ("skills", "about")}
    newest = {s: places_newest_first(listed) for s, listed in entries.items()}
    # Enough rounds for the longest section, and for the last resort's KEEP_ENTRIES - 1 rounds.
    rounds = max(max(map(len, entries.values()), default=0), KEEP_ENTRIES)
    for round_ in range(1, rounds):
        for section, order in newest.items():
            keep = KEEP_ENTRIES - round_ if last_resort else len(order) - round_
            if not 0 < keep < len(order) or (keep < KEEP_ENTRIES) != last_resort:
                continue
            gain = shown.entry_height(section, order[keep], cap)

            def shorten(c: Cut, section: SectionName = section, keep: int = keep) -> None:
                c.max_entries[section] = keep

            yield shorten, gain


def _section_steps(chosen: list[SectionName], shown: Measured) -> Iterator[Step]:
    """Whole sections, the least missed first."""
    for section in EXPENDABLE:
        if section in chosen:

            def drop(c: Cut, section: SectionName = section) -> None:
                c.dropped.append(section)

            yield drop, shown.sections.get(section, 0.0)


@dataclass
class Measured:
    """Heights (px, summed over pages) of what the résumé shows, by section."""

    sections: dict[str, float] = field(default_factory=dict)
    entries: dict[str, list[float]] = field(default_factory=dict)
    highlights: dict[str, list[list[float]]] = field(default_factory=dict)

    def entry_height(self, section: str, index: int, cap: int | None) -> float:
        """An entry's height, less that of its highlights beyond the `cap`-th."""
        heights = self.entries.get(section, [])
        if index >= len(heights):
            return 0.0
        bullets = self.highlights.get(section, [])
        trimmed = bullets[index][cap:] if cap is not None and index < len(bullets) else []
        return heights[index] - sum(trimmed)


def measured(document: Document) -> Measured:
    """The heights of sections, entries and highlights; an entry that holds entries (an
    employer's roles) counts by those, as select.units does."""
    found = Measured()
    heights: dict[int, float] = {}  # an entry's element -> its height
    bullets: dict[int, list[float]] = {}  # an entry's element -> its highlights' heights
    listed: dict[str, list[int]] = {}  # a section -> its entries, in order
    around: set[int] = set()  # entries that hold entries
    for part in parts(document):
        if part.section is None:
            continue
        key = id(part.element)
        if part.role == "section":
            found.sections[part.section] = found.sections.get(part.section, 0.0) + part.height
        elif part.role == "entry":
            if key not in heights:
                listed.setdefault(part.section, []).append(key)
                bullets[key] = []
            heights[key] = heights.get(key, 0.0) + part.height
            around.add(id(part.entry))
        elif part.role == "highlight" and id(part.entry) in bullets:
            bullets[id(part.entry)].append(part.height)
    for section, keys in listed.items():
        leaves = [key for key in keys if key not in around]
        found.entries[section] = [heights[key] for key in leaves]
        found.highlights[section] = [bullets[key] for key in leaves]
    return found
