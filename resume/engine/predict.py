"""Predict, from the first layout, how much a tightness takes off: so that fitting lays out once
more, at the predicted setting, instead of walking the stages.

What the first layout shows is read once (`Shape`): the stack of boxes that sets the page's
height (of boxes side by side, the tallest), the lines of each paragraph, and each word's width.
What a tightness does to each element's type size, line height and vertical spacing is read
from WeasyPrint's cascade alone, without laying out (`Probe`, a few hundredths of a second):
every value moves linearly within a stage, so styles at the stage ends are enough. Then the
height at any tightness is the first layout's, with each line scaled to its new line height,
each paragraph rewrapped word by word into its wider measure in smaller type, and each block's
margins and paddings changed as the cascade says; the page gains what the margins give back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from weasyprint.document import Document
from weasyprint.formatting_structure import boxes

if TYPE_CHECKING:
    from resume.engine.fit import ThemeMeasures

StyleFor = Callable[[Any], Any]  # an element's computed style
Probe = Callable[[str], StyleFor]  # extra CSS -> the computed styles it gives, not laid out
STAGE_ENDS = (0.0, 1.0, 2.0, 3.0)  # styles move linearly between these
SIDES = ("top", "bottom")


@dataclass(frozen=True)
class Metrics:
    """What of an element's style sets the height of what it holds, in px."""

    font_size: float
    line_height: float
    top: float  # margin, padding and border above
    bottom: float  # and below


def metrics_of(style: Any) -> Metrics:
    font_size = float(style["font_size"])
    spacing = dict.fromkeys(SIDES, 0.0)
    for side in SIDES:
        for name in (f"margin_{side}", f"padding_{side}"):
            value = style[name]
            if getattr(value, "unit", None) == "px":
                spacing[side] += float(value.value)
        spacing[side] += float(style[f"border_{side}_width"] or 0)
    line_height = _line_height(style["line_height"], font_size)
    return Metrics(font_size, line_height, spacing["top"], spacing["bottom"])


def _line_height(value: Any, font_size: float) -> float:
    if isinstance(value, (int, float)):
        return float(value) * font_size
    if getattr(value, "unit", None) == "px":
        return float(value.value)
    return 1.2 * font_size  # `normal`, or anything else: follows the type


@dataclass
class Paragraph:
    """The lines of one block of text, as laid out at the design."""

    element: Any
    heights: list[float]  # each line's height
    width: float  # the measure its lines were set in
    words: list[tuple[float, float, int]] = field(default_factory=list)  # word, space, id(element)
    wrapped: int = 0  # the lines greedy breaking makes of `words` at the design
    keys: set[int] = field(default_factory=set)  # the elements its words are set in


@dataclass
class Shape:
    """What of the first layout sets its height."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    # Elements whose spacing stacks up, and whether the space below them counts: not for the
    # last box of a page and what it ends, since the page's height is that of its last line.
    blocks: list[tuple[Any, bool]] = field(default_factory=list)
    styles: dict[int, Metrics] = field(default_factory=dict)  # by id(element), at the design
    elements: dict[int, Any] = field(default_factory=dict)

    def note(self, element: Any, style: Any) -> None:
        if element is not None and id(element) not in self.styles:
            self.styles[id(element)] = metrics_of(style)
            self.elements[id(element)] = element


def shape_of(document: Document) -> Shape:
    shape = Shape()
    for page in document.pages:
        for child in page._page_box.children:
            if not isinstance(child, boxes.MarginBox):
                _walk(child, shape, None, True)
    return shape


def _walk(box: boxes.Box, shape: Shape, parent: Any, last: bool, room: float = 0.0) -> None:
    """`last`: the box ends its page's content; `room`: the width it could take (a box that
    shrinks to fit its text, in a row say, is narrower than that)."""
    element = getattr(box, "element", None)
    own = element is not None and element is not parent  # not an anonymous box inside it
    if own:
        shape.note(element, box.style)
    children = list(getattr(box, "children", None) or ())
    if own and isinstance(box, boxes.BlockLevelBox):
        shape.blocks.append((element, not last))
    lines = [child for child in children if isinstance(child, boxes.LineBox)]
    if lines:
        shape.paragraphs.append(_paragraph(box, lines, shape, room))
        return
    stack = list(_tallest_of_each_row(children, float(box.width or 0)))
    for index, (child, space) in enumerate(stack):
        _walk(child, shape, element, last and index == len(stack) - 1, space)


def _tallest_of_each_row(
    children: list[boxes.Box], width: float
) -> Iterator[tuple[boxes.Box, float]]:
    """Of boxes side by side (a flex row, columns), only the tallest sets the height: each
    row's, with the width the others in its row leave it."""
    rows: list[list[boxes.Box]] = []
    bottom = float("-inf")
    for child in children:
        top = float(child.position_y)
        if not rows or top >= bottom - 0.5:
            rows.append([])
        rows[-1].append(child)
        bottom = max(bottom, top + float(child.margin_height()))
    for row in rows:
        tallest = max(row, key=lambda box: float(box.margin_height()))
        others = sum(float(box.margin_width()) for box in row if box is not tallest)
        yield tallest, width - others


def _paragraph(box: boxes.Box, lines: list[boxes.LineBox], shape: Shape, room: float) -> Paragraph:
    width = max(float(box.width), room - float(box.margin_width() - box.width))
    paragraph = Paragraph(box.element, [float(line.height) for line in lines], width)
    for line in lines:
        for leaf in _texts(line):
            shape.note(leaf.element, leaf.style)
            text = leaf.text
            if not text:
                continue
            per_char = float(leaf.width) / len(text)
            words = text.split(" ")
            for index, word in enumerate(words):
                space = per_char if index < len(words) - 1 else 0.0
                paragraph.words.append((per_char * len(word), space, id(leaf.element)))
    paragraph.keys = {key for _, _, key in paragraph.words}
    paragraph.wrapped = wrapped(paragraph.words, {}, paragraph.width)
    return paragraph


def _texts(box: boxes.Box) -> Iterator[boxes.TextBox]:
    if isinstance(box, boxes.TextBox):
        yield box
    for child in getattr(box, "children", None) or ():
        yield from _texts(child)


def wrapped(words: list[tuple[float, float, int]], scales: dict[int, float], width: float) -> int:
    """The lines greedy breaking makes of `words` (width, space after, id of the element, whose
    type is scaled by `scales`) in `width`."""
    lines, used = 1, 0.0
    for word, space, key in words:
        scale = scales.get(key, 1.0)
        word, space = word * scale, space * scale
        if used > 0 and used + word > width + 0.01:
            lines, used = lines + 1, 0.0
        used += word + space
    return lines


@dataclass
class Predictor:
    """The overflow at any tightness, from the first layout and the styles at the knots."""

    shape: Shape
    knots: Knots  # tightness -> metrics by id(element), read when first needed
    base_overflow: float
    pages: int
    room_gain: Callable[[float], float]  # height each page gains at a tightness (margins)
    width_gain: Callable[[float], float]  # share the measure widens by at a tightness
    correction: float = 0.0  # what the layouts so far said the model is off by

    def between(self, tightness: float) -> tuple[dict[int, Metrics], dict[int, Metrics], float]:
        """The knots around `tightness`, and how far it lies from the first to the second."""
        tightness = min(max(tightness, 0.0), 3.0)
        low = max(k for k in STAGE_ENDS if k <= tightness)
        high = min(k for k in STAGE_ENDS if k >= tightness)
        share = (tightness - low) / (high - low) if high > low else 0.0
        return self.knots[low], self.knots[high] if share else {}, share

    def metrics(self, key: int, tightness: float) -> Metrics:
        """An element's metrics at `tightness`: linear between the knots around it."""
        return _mix(key, self.shape.styles[key], *self.between(tightness))

    def overflow(self, tightness: float) -> float:
        """The overflow a layout at `tightness` is predicted to measure."""
        gained = self.pages * self.room_gain(tightness)
        return self.base_overflow + self.growth(tightness) - gained + self.correction

    def growth(self, tightness: float) -> float:
        """How much taller (negative: shorter) the content is at `tightness` than as measured."""
        at = self.between(tightness)
        styles = self.shape.styles
        change = 0.0
        for element, below in self.shape.blocks:
            key, before = id(element), styles[id(element)]
            after = _mix(key, before, *at)
            change += after.top - before.top + (after.bottom - before.bottom if below else 0.0)
        widen = 1.0 + self.width_gain(tightness)
        for paragraph in self.shape.paragraphs:
            key = id(paragraph.element)
            before, after = styles[key], _mix(key, styles[key], *at)
            scale = after.line_height / before.line_height if before.line_height else 1.0
            lines = len(paragraph.heights)
            count = lines + self._rewrapped(paragraph, at, widen)
            change += sum(paragraph.heights) * (scale * max(count, 1) / lines - 1)
        return change

    def _rewrapped(self, paragraph: Paragraph, at: Between, widen: float) -> int:
        """The lines a paragraph gains (negative: loses) in its new measure and type."""
        if not paragraph.words:
            return 0
        scales = {}
        for key in paragraph.keys:
            before = self.shape.styles[key].font_size
            scales[key] = (
                _mix(key, self.shape.styles[key], *at).font_size / before if before else 1.0
            )
        if widen == 1.0 and all(scale == 1.0 for scale in scales.values()):
            return 0
        return wrapped(paragraph.words, scales, paragraph.width * widen) - paragraph.wrapped

    def tightness_for(self, target: float, low: float, high: float) -> float | None:
        """The least tightness in [low, high] whose predicted overflow is at most `target`;
        None when even `high` is predicted to overflow past it."""
        if self.overflow(high) > target:
            return None
        for _ in range(16):
            middle = (low + high) / 2
            if self.overflow(middle) > target:
                low = middle
            else:
                high = middle
        return high

    def learn(self, tightness: float, overflow: float) -> None:
        """A layout at `tightness` measured `overflow`: shift the model to agree with it."""
        self.correction += overflow - self.overflow(tightness)


Between = tuple[dict[int, Metrics], dict[int, Metrics], float]


def _mix(
    key: int, base: Metrics, low: dict[int, Metrics], high: dict[int, Metrics], share: float
) -> Metrics:
    a = low.get(key, base)
    if not share:
        return a
    b = high.get(key, base)
    return Metrics(
        a.font_size + share * (b.font_size - a.font_size),
        a.line_height + share * (b.line_height - a.line_height),
        a.top + share * (b.top - a.top),
        a.bottom + share * (b.bottom - a.bottom),
    )


class Knots(dict[float, dict[int, Metrics]]):
    """Each element's metrics at the stage ends, each read from the cascade when first needed
    (a prediction at the floor needs only the floor's); the layout's own are known."""

    def __init__(
        self, shape: Shape, probe: Probe, css: Callable[[float], str], measured_at: float
    ) -> None:
        super().__init__({measured_at: shape.styles} if measured_at in STAGE_ENDS else {})
        self.shape, self.probe, self.css = shape, probe, css

    def __missing__(self, tightness: float) -> dict[int, Metrics]:
        if tightness == 2.0:  # the margins stage moves no style: only the page's margins
            self[2.0] = self[1.0]
            return self[2.0]
        style_for = self.probe(self.css(tightness))
        styles = {key: style_for(element) for key, element in self.shape.elements.items()}
        self[tightness] = {key: metrics_of(s) for key, s in styles.items() if s is not None}
        return self[tightness]


def predictor_for(
    document: Document,
    measures: ThemeMeasures,
    pages: int,
    overflow: float,
    probe: Probe,
    measured_at: float = 0.0,
) -> Predictor:
    """The model of the layout `document`, made at the tightness `measured_at` (the design,
    unless said), which measured `overflow`."""
    shape = shape_of(document)
    knots = Knots(shape, probe, measures.css, measured_at)
    start = measures.values(measured_at)["margins"]
    page_width = float(document.pages[0]._page_box.margin_width())
    measure = page_width - start[1] - start[3]

    def room_gain(tightness: float) -> float:
        now = measures.values(tightness)["margins"]
        return float(start[0] + start[2] - now[0] - now[2])

    def width_gain(tightness: float) -> float:
        now = measures.values(tightness)["margins"]
        return float(start[1] + start[3] - now[1] - now[3]) / float(measure)

    return Predictor(shape, knots, overflow, pages, room_gain, width_gain)
