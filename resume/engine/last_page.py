"""A long document (the portfolio) never ends on a page less than a third full: its spacing, and
only its spacing, gives way a little. The type and the margins stay the design's.

First the content is pulled onto a page fewer by spacing a little tighter (at most PULL of the way
to fitting's spacing floor: leading and gaps); where that is not enough, the gaps between entries
widen (up to the theme's --spread) until the pages before push a third of a page onto the last.
Of each, the least change that does it: a layout at the limit, then one halfway if the limit
works. At most four layouts more, and only for a document whose last page is short."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from weasyprint.document import Document

from resume.engine.fit import (
    LAST_PAGE_SHARE,
    ThemeMeasures,
    Typeset,
    filled_share,
    read_measures,
)

PULL = 0.5  # of the way to the spacing floor: the leading of 1.5 at 1.33, gaps at 70 %
PUSH = -1.0  # the gaps at the theme's --spread times the design's


@dataclass(frozen=True)
class Balanced:
    document: Document
    css: str  # the extra CSS it was laid out with ("" for the design)


def balanced(layout: Typeset) -> Balanced:
    """The design's layout, or, when its last page is short, the least spacing that avoids it
    (`layout` lays the content out with extra CSS over the theme's)."""
    design = layout("")
    count = len(design.pages)
    if not short(design):
        return Balanced(design, "")
    measures = dataclasses.replace(read_measures(design), size=None)
    for limit, good in (
        (PULL, lambda document: len(document.pages) < count and not short(document)),
        (PUSH, lambda document: len(document.pages) == count and not short(document)),
    ):
        found = least(layout, measures, limit, good)
        if found is not None:
            return found
    return Balanced(design, "")


def short(document: Document) -> bool:
    pages = document.pages
    return len(pages) > 1 and filled_share(pages[-1]) < LAST_PAGE_SHARE


def least(
    layout: Typeset,
    measures: ThemeMeasures,
    limit: float,
    good: Callable[[Document], bool],
) -> Balanced | None:
    """The layout at half of `limit` when it is good, else at `limit` when that is, else None."""
    widest = Balanced(layout(measures.css(limit)), measures.css(limit))
    if not good(widest.document):
        return None
    half = measures.css(limit / 2)
    halfway = layout(half)
    return Balanced(halfway, half) if good(halfway) else widest
