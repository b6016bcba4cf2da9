"""No paragraph or highlight ends with one word alone on its line where a small change avoids it
(the design standard's "Wraps"). Once a document is laid out (the résumé fitted), each block
whose last line is one word that wrapped there gets a slightly different measure, it alone, and
the document is laid out again:
- the word is pulled up: the paragraph's spaces a little narrower (by PULL_MOST em at most), so
  that it fits at the end of the line above: the paragraph takes a line fewer;
- else the line above gives its last word down: the paragraph a little narrower (by NARROW_MOST
  em at most), just enough that the last line holds two words.
A change that leaves a word alone again, or gives the paragraph a line more, is taken back and
the paragraph left as it was; one that gives the document a page more takes them all back.

Not a no-break space before the last word: text extraction (pypdf) then gives \\xa0, and naive
readers glue the two words; nor a `white-space: nowrap` span, which splits the line into more
text items for pdf.js. WeasyPrint 70 has no `text-wrap: pretty`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from weasyprint.document import Document
from weasyprint.formatting_structure import boxes
from weasyprint.text.ffi import FROM_UNITS, ffi, pango
from weasyprint.text.line_break import Layout

from resume.engine.fit import Typeset

PULL_MOST = 0.05  # em narrower spaces: what a reader does not see
NARROW_MOST = 4.0  # em narrower paragraph
SLACK = 0.5  # px beyond what the measures say is enough
# Chinese, Japanese and Korean (as resume/check/layout.py, which the engine does not import)
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@dataclass(frozen=True)
class Paragraph:
    """A block's lines as laid out; `selector` finds its element in every layout of the HTML."""

    selector: str
    box: boxes.BlockBox  # the box that holds its last line
    lines: tuple[boxes.LineBox, ...]  # on every page it spans

    @property
    def last_line(self) -> str:
        return " ".join(text_of(self.lines[-1]).split())

    def ends_alone(self) -> bool:
        """Its last line is one word (text without spaces, which Chinese and Japanese break
        anywhere, is not a word)."""
        last = self.last_line
        return len(self.lines) > 1 and len(last.split()) == 1 and not _CJK.search(last)

    def stranded(self) -> bool:
        """It ends alone, and the word wrapped there: a forced break did not put it there."""
        return self.ends_alone() and self.room() < natural_width(self.lines[-1]) + self.space

    @functools.cached_property
    def space(self) -> float:
        """The width of a space in the paragraph's font, in px."""
        return space_width(self.box.style)

    @property
    def em(self) -> float:
        return float(self.box.style["font_size"])

    def room(self) -> float:
        """What the line above the last leaves free, in px."""
        above = self.lines[-2]
        left, right = edges(above)
        start = float(self.box.content_box_x())
        return max(left - start, 0.0) + start + float(self.box.width) - right + stretch(above)

    def pull(self) -> str | None:
        """The word-spacing that brings the last word up to the line above, if a small one does:
        each space of that line, and the one the word brings, gives a share."""
        spaces = " ".join(text_of(self.lines[-2]).split()).count(" ") + 1
        tighter = (natural_width(self.lines[-1]) + self.space - self.room()) / spaces
        if tighter > PULL_MOST * self.em:
            return None
        tighter = min(tighter + SLACK / spaces, PULL_MOST * self.em)
        return f"word-spacing: {float(self.box.style['word_spacing']) - tighter:.2f}px"

    def narrow(self) -> str | None:
        """The measure that sends the last word of the line above down, if a little narrower
        does: a max-width, which keeps a centred paragraph centred."""
        narrower = self.room() + SLACK
        if narrower > NARROW_MOST * self.em:
            return None
        box = self.box
        width = float(box.width) - narrower
        if box.style["box_sizing"] == "border-box":
            width += box.padding_left + box.padding_right
            width += box.border_left_width + box.border_right_width
        # --narrowed: what a box that keeps to the right edge takes back (a heading's dates,
        # after their leader: base.css)
        return f"max-width: {width:.2f}px !important; --narrowed: {narrower:.2f}px"

    def changes(self) -> list[str]:
        """What to try, in order: the pull keeps the paragraph's measure (and takes a line
        away); a narrower measure leaves the line above shorter."""
        return [change for change in (self.pull(), self.narrow()) if change]


@dataclass(frozen=True)
class Unstranded:
    document: Document
    css: str  # the extra CSS it was laid out with
    passes: int  # the layouts it took
    fixed: tuple[str, ...]  # the words no longer alone
    left: tuple[str, ...]  # the words still alone: no small change avoided it


def unstrand(document: Document, layout: Typeset, css: str = "") -> Unstranded:
    """`document`, laid out by `layout` with the extra `css`, laid out again with a change to
    each paragraph that ends with one word alone, where a small change avoids it without a
    line more. Each round tries the next change of each paragraph not yet settled."""
    stranded = {p.selector: p for p in paragraphs(document) if p.stranded()}
    pending = {selector: p.changes() for selector, p in stranded.items()}
    fixed: dict[str, str] = {}
    laid_out, laid_with, passes = document, fixed, 0
    while pending := {selector: changes for selector, changes in pending.items() if changes}:
        laid_with = fixed | {selector: changes.pop(0) for selector, changes in pending.items()}
        laid_out, passes = layout(css + rules(laid_with)), passes + 1
        after = {p.selector: p for p in paragraphs(laid_out)}
        fixed = {
            selector: change
            for selector, change in laid_with.items()
            if selector in after and better(after[selector], stranded[selector])
        }
        pending = {selector: pending[selector] for selector in pending if selector not in fixed}
    if laid_with != fixed:  # a change that did not help is taken back
        laid_out, passes = (layout(css + rules(fixed)), passes + 1) if fixed else (document, passes)
    if len(laid_out.pages) > len(document.pages):
        laid_out, fixed = document, {}
    words = {selector: p.last_line for selector, p in stranded.items()}
    return Unstranded(
        laid_out,
        css + rules(fixed) if fixed else css,
        passes,
        tuple(words[selector] for selector in fixed),
        tuple(words[selector] for selector in stranded if selector not in fixed),
    )


def better(after: Paragraph, before: Paragraph) -> bool:
    """The change left no word alone, and no line more."""
    return not after.ends_alone() and len(after.lines) <= len(before.lines)


def rules(changes: dict[str, str]) -> str:
    return "".join(
        f"\n{selector} {{ {change} !important; }}" for selector, change in changes.items()
    )


def paragraphs(document: Document) -> list[Paragraph]:
    """Every element whose boxes hold lines, in the order of the document, with its lines on
    every page."""
    root = document.pages[0]._page_box.children[0]
    selectors = dict(_selectors(root.element, ":root"))
    found: dict[str, Paragraph] = {}
    for page in document.pages:
        roots = (box for box in page._page_box.children if not isinstance(box, boxes.MarginBox))
        for box in (block for root in roots for block in _in_flow(root)):
            lines = tuple(child for child in box.children if isinstance(child, boxes.LineBox))
            selector = selectors.get(id(box.element))
            if lines and selector:
                held = found[selector].lines if selector in found else ()
                found[selector] = Paragraph(selector, box, held + lines)
    return list(found.values())


def _selectors(element: Any, selector: str) -> Iterator[tuple[int, str]]:
    """A selector for each element under `element`, by its place among its parent's."""
    yield id(element), selector
    children = [child for child in element if isinstance(child.tag, str)]  # not comments
    for index, child in enumerate(children, 1):
        yield from _selectors(child, f"{selector} > :nth-child({index})")


def _in_flow(box: boxes.Box) -> Iterator[boxes.BlockBox]:
    """The blocks under `box` in a block's flow all the way up, so that a narrower one moves
    nothing beside it: none in a flex or grid container, a table, an inline-block, or a float
    as wide as its content (these would narrow with it, and their neighbours move), nor one
    made for a pseudo-element (its lines are not the element's)."""
    if not isinstance(box, boxes.BlockBox) or "::" in (box.element_tag or ""):
        return
    if not box.is_in_normal_flow() and box.style["width"] == "auto":
        return
    yield box
    for child in box.children:
        yield from _in_flow(child)


def text_of(box: boxes.Box) -> str:
    """The text of `box` up to a leader, if it holds one: what follows a leader (an entry's
    dates, base.css) stands at the line's right edge, apart from the paragraph's words."""
    return "".join(
        str(text.text) for text in _before_leader(box) if isinstance(text, boxes.TextBox)
    )


def _before_leader(box: boxes.Box) -> Iterator[boxes.Box]:
    """`box` and the boxes in it, in order, until the first leader."""
    stack = [box]
    while stack:
        current = stack.pop()
        if current.is_leader:
            return
        yield current
        stack.extend(reversed(getattr(current, "children", None) or ()))


def edges(line: boxes.LineBox) -> tuple[float, float]:
    """Where a line's content begins and ends, in px."""
    children = line.children or [line]
    left = min(float(child.position_x) for child in children)
    return left, max(float(child.position_x + child.margin_width()) for child in children)


def stretch(line: boxes.LineBox) -> float:
    """What justification added to the line's spaces."""
    return sum(
        (float(box.justification_spacing) * box.text.count(" ") for box in _text_boxes(line)),
        0.0,
    )


def _text_boxes(box: boxes.Box) -> Iterator[boxes.TextBox]:
    if isinstance(box, boxes.TextBox):
        yield box
    for child in getattr(box, "children", None) or ():
        yield from _text_boxes(child)


def space_width(style: Any) -> float:
    """The width of a space in `style`'s font, in px, as Pango sets it."""
    layout = Layout(style)
    layout.set_text(" ")
    line, _ = layout.get_first_line()
    extents = ffi.new("PangoRectangle *")
    pango.pango_layout_line_get_extents(line, ffi.NULL, extents)
    return float(extents.width * FROM_UNITS)


def natural_width(line: boxes.LineBox) -> float:
    """The line's width unjustified, up to a leader if it has one, in px."""
    left, right = edges(line)
    leader = next((box for box in line.descendants() if box.is_leader), None)
    if leader is not None:
        right = float(leader.position_x)
    return right - left - stretch(line)
