"""Fit the résumé onto its pages: measure how far it overflows, then tighten spacing, margins
and type, in that order, each no further than a readable floor.

The knobs are the theme contract documented in styles/base.css: `--size` (body text), `--leading`
and `--gap` (vertical rhythm), and the page margins. One number, the tightness, moves through
them: 0 is the theme's design, 1 the spacing floor, 2 the margin floor, 3 the type floor. The
first layout, with the styles each tightness gives (read from the cascade, not laid out), predicts
the overflow at any tightness (predict.py): the second layout is made where the prediction leaves
half a line of room, and a typical fit takes those two. A layout that misses corrects the model.
"""

from __future__ import annotations

import collections
import dataclasses
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from weasyprint.document import Document, Page
from weasyprint.formatting_structure import boxes

from resume.engine.boxes import leaves, lines_in, parts, title_of
from resume.engine.predict import Predictor, Probe, predictor_for
from resume.errors import UserError

PX_PER_PT = 96 / 72
PX_PER_IN = 96.0
BODY_FLOOR = 9.5 * PX_PER_PT  # body text is never set under 9.5 pt, the printed page's floor
TEXT_FLOOR = 8 * PX_PER_PT  # nor any text (dates, keywords) under 8 pt
MARGIN_FLOOR = 0.5 * PX_PER_IN  # nor margins made narrower than 0.5 in
LEADING_FLOOR = 1.15  # nor lines closer than this
GAP_FLOOR = 0.4  # share of the design's gap that spacing keeps at its tightest
SPREAD = 2.0  # spare room goes to the gaps, up to this many times the design's (--spread)
LAST_PAGE_SHARE = 1 / 3  # a last page filled less than this is one too many
STAGES = ("spacing", "margins", "type")
MAX_PASSES = 8

Typeset = Callable[[str], Document]  # lays the content out, with extra CSS over the theme's
Hopeless = Callable[
    ["Trial", "ThemeMeasures"], bool
]  # is the content far beyond what the floors fit?


@dataclass(frozen=True)
class ThemeMeasures:
    """The theme's own values, read from the first layout, that fitting may tighten."""

    size: float | None  # px, body text (the `--size` variable)
    leading: float | None  # unitless (`--leading`)
    gap: tuple[float, str] | None  # value and unit (`--gap`)
    margins: tuple[float, float, float, float]  # px: top, right, bottom, left
    smallest: float | None = None  # px, the smallest text of the design's layout
    body: float | None = None  # px, the size most of its text is set in (jake's bullets)
    spread: float = SPREAD  # how much wider the gaps may grow on a page with room to spare

    def size_floor(self) -> float:
        """How small the body text may go: 9.5 pt, or more where the theme sets most of the text
        (jake's bullets) smaller than `--size`, so that it stays at 9.5 pt, or some text (meta,
        keywords) smaller still, so that it stays at 8 pt; never more than the design's own
        size, so that a source's `render.design` may ask for less."""
        assert self.size is not None
        floor = BODY_FLOOR
        if self.body:
            floor = max(floor, BODY_FLOOR * self.size / self.body)
        if self.smallest:
            floor = max(floor, TEXT_FLOOR * self.size / self.smallest)
        return min(self.size, floor)

    def room(self) -> dict[str, bool]:
        """Which stages can tighten anything at all in this theme."""
        return {
            "spacing": bool(self.gap) or (self.leading or 0) > LEADING_FLOOR + 0.005,
            "margins": any(side > MARGIN_FLOOR + 0.5 for side in self.margins),
            "type": self.size is not None and self.size > self.size_floor() + 0.01,
        }

    def ends(self) -> list[tuple[str, float]]:
        """Each stage that has room, with the tightness at its end, in order."""
        room = self.room()
        return [(stage, float(index + 1)) for index, stage in enumerate(STAGES) if room[stage]]

    def values(self, tightness: float) -> dict[str, Any]:
        """The variables and margins at `tightness`: 0 the design, 1 to 3 tighter stage by stage,
        -1 the design with its gaps SPREAD times as wide (a page with room to spare)."""
        space, margin, kind = (min(max(tightness - i, 0.0), 1.0) for i in range(3))
        spread = 1 + min(max(-tightness, 0.0), 1.0) * (self.spread - 1)
        values: dict[str, Any] = {
            "margins": [side - margin * (side - min(side, MARGIN_FLOOR)) for side in self.margins]
        }
        if self.leading is not None:
            floor = min(self.leading, LEADING_FLOOR)
            values["leading"] = self.leading - space * (self.leading - floor)
        if self.gap is not None:
            values["gap"] = (self.gap[0] * spread * (1 - space * (1 - GAP_FLOOR)), self.gap[1])
        if self.size is not None:
            values["size"] = self.size - kind * (self.size - self.size_floor())
        return values

    def css(self, tightness: float) -> str:
        """The stylesheet that sets the theme's variables and margins at `tightness`."""
        if tightness == 0:
            return ""
        values = self.values(tightness)
        variables = []
        if "size" in values:
            variables.append(f"--size: {values['size']:.4f}px !important;")
        if "leading" in values:
            variables.append(f"--leading: {values['leading']:.4f} !important;")
        if "gap" in values:
            variables.append(f"--gap: {values['gap'][0]:.4f}{values['gap'][1]} !important;")
        margins = " ".join(f"{side:.4f}px" for side in values["margins"])
        return (
            f":root, body {{ {' '.join(variables)} }}\n@page {{ margin: {margins} !important; }}\n"
        )

    def describe(self, tightness: float) -> str:
        values = self.values(tightness)
        if tightness < 0 and self.gap:
            return (
                f"spare room spread between entries (gaps × {values['gap'][0] / self.gap[0]:.2f})"
            )
        parts = []
        if "size" in values:
            parts.append(f"{values['size'] / PX_PER_PT:.1f} pt type")
        if "leading" in values:
            parts.append(f"leading {values['leading']:.2f}")
        parts.append(f"margins {min(values['margins']) / PX_PER_IN:.2f} in")
        return ", ".join(parts)


@dataclass(frozen=True)
class Measure:
    pages: int
    overflow: float  # px of content beyond the pages allowed; negative: room to spare


@dataclass(frozen=True)
class Trial:
    tightness: float
    document: Document | None  # None: estimated from the geometry, not laid out
    measure: Measure


class Overflow(UserError):
    """Even the readable floors leave the content too long: the message says by how much, and
    the layout at the floor stays at hand for whoever can shorten the content (condense.py)."""

    def __init__(
        self,
        trial: Trial,
        measures: ThemeMeasures,
        pages: int,
        passes: int,
        model: Predictor | None = None,
    ) -> None:
        super().__init__(overflow_message(trial, measures, pages))
        self.passes = passes  # the layouts it took to find out
        self.trial = trial
        self.measures = measures
        self.model = model  # the prediction from the design's layout, when it gave up there


@dataclass(frozen=True)
class Fitted:
    document: Document
    tightness: float
    passes: int
    setting: str  # what was tightened, for a person
    css: str = ""  # the extra CSS it was laid out with: the same layout again, in one pass


@dataclass
class Trials:
    """Layouts at chosen tightnesses, counted: the passes are what fitting costs."""

    layout: Typeset
    pages: int
    measures: ThemeMeasures | None = None  # None: not read yet (from the first layout)
    passes: int = 0

    def at(self, tightness: float) -> Trial:
        self.passes += 1
        document = self.layout(self.measures.css(tightness) if self.measures else "")
        return Trial(tightness, document, measure(document, self.pages))

    def fitted(self, trial: Trial) -> Fitted:
        assert trial.document is not None and self.measures is not None
        setting = self.measures.describe(trial.tightness)
        css = self.measures.css(trial.tightness)
        return Fitted(trial.document, trial.tightness, self.passes, setting, css)


def fit_to_pages(
    layout: Typeset,
    probe: Probe,
    pages: int = 1,
    hopeless: Hopeless | None = None,
    spread: bool = True,
) -> Fitted:
    """Lay out with `layout` (extra CSS in, document out) until the content fits on `pages`:
    the first layout and `probe` (extra CSS in, computed styles out) predict where (predict.py).
    The Overflow at once, from the design's layout, when `hopeless` says no floor can help.
    A last page less than a third full is not worth having: the content is fitted onto one page
    fewer when the floors allow it (a short career in a two-page theme takes one)."""
    fitted = fit_within(layout, probe, pages, hopeless)
    count = len(fitted.document.pages)
    if count == 1 and fitted.tightness == 0:
        return spread_out(layout, fitted) if spread else fitted
    if count < 2 or filled_share(fitted.document.pages[-1]) >= LAST_PAGE_SHARE:
        return fitted
    try:
        fewer = fit_within(layout, probe, count - 1)
    except Overflow:
        return fitted
    return dataclasses.replace(fewer, passes=fewer.passes + fitted.passes)


def spread_out(layout: Typeset, fitted: Fitted) -> Fitted:
    """A one-page résumé with two lines or more to spare gives the room back as air between its
    entries and sections (the gaps, up to SPREAD times the design's), not as a band at the
    bottom: the widest, else where the line between it and the design leaves half a line."""
    design_trial = Trial(0.0, fitted.document, measure(fitted.document, 1))
    line = body_line(fitted.document)
    if design_trial.measure.overflow > -2 * line:
        return fitted
    design = read_measures(fitted.document)
    if design.gap is None or design.spread <= 1:
        return fitted
    trials = Trials(layout, 1, design, fitted.passes)
    widest = trials.at(-1.0)
    if widest.measure.pages <= 1:
        return trials.fitted(widest)
    between = trials.at(interpolate(widest, design_trial, target=-line / 2))
    return trials.fitted(between) if between.measure.pages <= 1 else fitted


def filled_share(page: Page) -> float:
    """How much of the page's area for content its content takes, from the top."""
    return used_height(page) / float(page._page_box.height)


def fit_within(
    layout: Typeset, probe: Probe, pages: int, hopeless: Hopeless | None = None
) -> Fitted:
    """The content fitted onto at most `pages` (see fit_to_pages)."""
    trials = Trials(layout, pages)
    first = trials.at(0.0)
    assert first.document is not None
    if first.measure.pages <= pages:
        return Fitted(first.document, 0.0, trials.passes, "as designed")
    trials.measures = read_measures(first.document)
    if not trials.measures.ends():  # a theme with nothing to tighten
        raise Overflow(first, trials.measures, pages, trials.passes)
    model = predictor_for(first.document, trials.measures, pages, first.measure.overflow, probe)
    if hopeless is not None and hopeless(first, trials.measures):
        raise Overflow(first, trials.measures, pages, trials.passes, model)
    return predicted(trials, first, body_line(first.document), model)


def predicted(trials: Trials, first: Trial, line: float, model: Predictor) -> Fitted:
    """Lay out where the model says the overflow leaves half a line of room; each layout
    corrects the model. Once a layout fits, at most one more gives back room it does not need
    (more would chase a jump: a line that rewraps, a block that moves to the next page)."""
    assert trials.measures is not None
    floor = trials.measures.ends()[-1][1]
    overflowing, fitting = first, None
    while fitting is None and trials.passes < MAX_PASSES:
        guess = model.tightness_for(-line / 2, overflowing.tightness, floor)
        trial = trials.at(floor if guess is None else guess)
        model.learn(trial.tightness, trial.measure.overflow)
        if trial.measure.pages <= trials.pages:
            fitting = trial
        elif trial.tightness >= floor:
            raise Overflow(trial, trials.measures, trials.pages, trials.passes)
        else:
            overflowing = trial
    if fitting is None:
        raise Overflow(overflowing, trials.measures, trials.pages, trials.passes)
    if fitting.measure.overflow < -line and trials.passes < MAX_PASSES:
        low, high = overflowing.tightness, fitting.tightness
        guess = model.tightness_for(-line / 2, low, high)
        share = 0.5 if guess is None else (guess - low) / (high - low)
        trial = trials.at(low + (high - low) * min(max(share, 0.05), 0.95))
        if trial.measure.pages <= trials.pages:
            fitting = trial
    return trials.fitted(fitting)


def refine(trials: Trials, overflowing: Trial, fitting: Trial, line: float, most: int) -> Fitted:
    """Between a layout that overflows and one that fits, interpolate until the fit leaves less
    than a line of room, in at most `most` passes all told."""
    while trials.passes < most and fitting.measure.overflow < -line:
        trial = trials.at(interpolate(overflowing, fitting, target=-line / 3))
        if trial.measure.pages <= trials.pages:
            fitting = trial
        else:
            overflowing = trial
    return trials.fitted(fitting)


def loosen(
    layout: Typeset, measures: ThemeMeasures, fitting: Trial, pages: int, probe: Probe | None = None
) -> Fitted:
    """From a layout that fits (at a floor, say), give back room the content does not need:
    with `probe`, one layout where the model made from `fitting` leaves half a line of room;
    else the design itself if it fits, then interpolation between it and `fitting`."""
    assert fitting.document is not None
    trials, line = Trials(layout, pages, measures), body_line(fitting.document)
    if fitting.measure.overflow >= -line:
        return trials.fitted(fitting)
    if probe is not None:
        model = predictor_for(
            fitting.document, measures, pages, fitting.measure.overflow, probe, fitting.tightness
        )
        guess = model.tightness_for(-line / 2, 0.0, fitting.tightness)
        trial = trials.at(guess) if guess is not None and guess < fitting.tightness else fitting
        return trials.fitted(trial if trial.measure.pages <= pages else fitting)
    overflowing = trials.at(0.0)
    if overflowing.measure.pages <= pages:
        assert overflowing.document is not None
        return Fitted(overflowing.document, 0.0, trials.passes, "as designed")
    return refine(trials, overflowing, fitting, line, 4)


def interpolate(low: Trial, high: Trial, target: float) -> float:
    """Where the overflow, linear between two measured layouts, reaches `target`."""
    span = high.tightness - low.tightness
    drop = low.measure.overflow - high.measure.overflow
    share = (low.measure.overflow - target) / drop if drop > 0 else 0.5
    # Never quite at either end: a step must teach us something new.
    return low.tightness + span * min(max(share, 0.05), 0.95)


def measure(document: Document, pages: int) -> Measure:
    """How much content lies beyond page `pages`, less the room left at the bottom of that page."""
    used = [used_height(page) for page in document.pages]
    last = min(pages, len(used)) - 1
    room = document.pages[last]._page_box.height
    overflow = sum(used[last + 1 :]) + used[last] - room
    return Measure(len(used), overflow)


def used_height(page: Page) -> float:
    """From the top of the page area to the bottom of its last line or box."""
    page_box = page._page_box
    top = page_box.content_box_y()
    bottoms = [
        box.position_y + box.margin_height()
        for child in page_box.children
        if not isinstance(child, boxes.MarginBox)
        for box in leaves(child)
    ]
    return float(max(bottoms, default=top) - top)


def body_of(document: Document) -> boxes.Box:
    root = document.pages[0]._page_box.children[0]
    return next((c for c in root.children if c.element_tag == "body"), root)


def read_measures(document: Document) -> ThemeMeasures:
    page = document.pages[0]._page_box
    body = body_of(document)
    style = body.style
    size = float(style["font_size"]) if _token(_variable(style, "--size")) else None
    leading = _token(_variable(style, "--leading"))
    gap = _token(_variable(style, "--gap"))
    spread = _token(_variable(style, "--spread"))
    return ThemeMeasures(
        size=size,
        leading=leading[0] if leading and not leading[1] else None,
        gap=gap if gap and gap[1] else None,
        margins=(page.margin_top, page.margin_right, page.margin_bottom, page.margin_left),
        smallest=smallest_text(document),
        body=common_text(document),
        spread=spread[0] if spread and not spread[1] else SPREAD,
    )


def smallest_text(document: Document) -> float | None:
    """The size of the smallest text that shows (not whitespace), in px."""
    return min((size for size, text in _texts(document) if text.strip()), default=None)


def common_text(document: Document) -> float | None:
    """The size most characters that show are set in, in px (a leader's dots left out)."""
    sizes: collections.Counter[float] = collections.Counter()
    for size, text in _texts(document):
        sizes[size] += len(text.replace(".", "").strip())
    common = sizes.most_common(1)
    return common[0][0] if common and common[0][1] else None


def _texts(document: Document) -> Iterator[tuple[float, str]]:
    """Each text box of the document: its size in px and its text."""
    for page in document.pages:
        for box in _descendants(page._page_box):
            if isinstance(box, boxes.TextBox):
                yield float(box.style["font_size"]), str(box.text)


def _descendants(box: boxes.Box) -> Iterator[boxes.Box]:
    yield box
    for child in getattr(box, "children", None) or ():
        yield from _descendants(child)


def _variable(style: Any, name: str) -> Any:
    try:
        return style[name.replace("-", "_")]
    except KeyError:
        return None


def _token(tokens: Any) -> tuple[float, str] | None:
    """A variable's value if it is one plain number or dimension, e.g. `9.6pt` or `1.3`."""
    meaningful = [t for t in tokens or () if t.type not in ("whitespace", "comment")]
    if len(meaningful) != 1:
        return None
    token = meaningful[0]
    if token.type == "dimension":
        return float(token.value), str(token.unit)
    if token.type == "number":
        return float(token.value), ""
    return None


def body_line(document: Document) -> float:
    """The height of a typical line, to say how many lines an overflow is."""
    heights = [
        box.height
        for page in document.pages
        for box in leaves(page._page_box)
        if isinstance(box, boxes.LineBox) and box.height
    ]
    return float(statistics.median(heights)) if heights else 12.0


def overflow_message(trial: Trial, measures: ThemeMeasures, pages: int) -> str:
    assert trial.document is not None  # the floor is always laid out
    overflow = trial.measure.overflow
    line = body_line(trial.document)
    where = "one page" if pages == 1 else f"{pages} pages"
    longest = "; ".join(
        f"{name} ({lines} lines)" for name, lines in longest_entries(trial.document)[:3]
    )
    return (
        f"the résumé does not fit on {where}: even at the tightest readable setting "
        f"({measures.describe(trial.tightness)}) it overflows by {overflow / PX_PER_IN:.1f} in, "
        f"about {max(round(overflow / line), 1)} lines.\n"
        f"Shorten it by that much, or allow more pages with --pages {pages + 1}."
        + (f"\nThe longest entries: {longest}." if longest else "")
    )


def longest_entries(document: Document) -> list[tuple[str, int]]:
    """Entries (the contract's `data-role="entry"`) by the lines they take, longest first."""
    lines: dict[int, int] = {}
    names: dict[int, str] = {}
    around: set[int] = set()  # an employer's entry holds its roles': those are named instead
    for part in parts(document):
        if part.role == "entry":
            key = id(part.element)
            lines[key] = lines.get(key, 0) + lines_in(part.box)
            names.setdefault(key, title_of(part.element, part.entry))
            around.add(id(part.entry))
    ranked = sorted((key for key in lines if key not in around), key=lambda key: -lines[key])
    return [(names[key], lines[key]) for key in ranked]
