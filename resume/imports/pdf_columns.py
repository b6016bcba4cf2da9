"""Two columns on a page (a sidebar beside the main text, as many HTML themes lay out) read as a
person reads them: what spans the top of the page, then the left column, then the right; on
the pages after, each column goes on with the same column of the page before.

A column of dates and places beside the entries is no sidebar, nor is a column of labels
beside their values (Europass): they stay on the lines they stand beside. A sidebar holds a
fair share of the page's text, not mostly dates, on lines of its own."""

from __future__ import annotations

from resume.imports.pdf_layout import Line, Segment
from resume.imports.pdf_text import is_date, is_duration

_SEARCH = (0.2, 0.8)  # where across the page a gutter is looked for
_STEP = 2.0  # points between the places tried
_SHARE = 0.1  # the smaller column holds at least this share of the text
_DATES = 0.4  # and at most this share of its pieces are dates
_BESIDE = 0.5  # and at most this share of them stand on a line of the other column
_CROSSING = 0.05  # segments that may cross the gutter (a centred name, a long title)


def columns(lines: list[Line], width: float) -> tuple[list[Line], list[Line]]:
    """The page's lines as two streams: what spans its top and its left column, and its
    right column (none when the page has one column)."""
    gutter = _gutter(lines, width)
    if gutter is None:
        return lines, []
    top: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        crossing = any(_crosses(segment, gutter) for segment in line.segments)
        if crossing and not (left or right):
            top.append(line)  # the name and what spans the page above the columns
            continue
        before = [s for s in line.segments if s.x0 < gutter]
        after = [s for s in line.segments if s.x0 >= gutter]
        if before:
            left.append(Line(line.page, line.y, before, line.hyphenated and not after))
        if after:
            right.append(Line(line.page, line.y, after, line.hyphenated))
    return top + left, right


def _crosses(segment: Segment, x: float) -> bool:
    return segment.x0 < x - 1 < x + 1 < segment.x1


def _gutter(lines: list[Line], width: float) -> float | None:
    """Where the page parts into two columns, if it does."""
    segments = [segment for line in lines for segment in line.segments]
    if len(segments) < 10:
        return None
    candidates = [
        _SEARCH[0] * width + step * _STEP
        for step in range(int((_SEARCH[1] - _SEARCH[0]) * width / _STEP))
    ]
    crossings = {x: sum(_crosses(segment, x) for segment in segments) for x in candidates}
    fewest = min(crossings.values())
    if fewest > _CROSSING * len(segments):
        return None
    clear = [x for x in candidates if crossings[x] == fewest]
    gutter = _middle_of_widest_run(clear)
    return gutter if _two_columns(lines, gutter) else None


def _middle_of_widest_run(xs: list[float]) -> float:
    runs: list[list[float]] = []
    for x in xs:
        if runs and x - runs[-1][-1] <= _STEP * 1.5:
            runs[-1].append(x)
        else:
            runs.append([x])
    widest = max(runs, key=len)
    return (widest[0] + widest[-1]) / 2


def _two_columns(lines: list[Line], gutter: float) -> bool:
    """Text on both sides, the smaller side a fair share of it, not mostly dates, and mostly
    on lines of its own."""
    sides: tuple[list[Segment], list[Segment]] = ([], [])
    beside: tuple[list[Segment], list[Segment]] = ([], [])
    for line in lines:
        left = [s for s in line.segments if s.x1 <= gutter]
        right = [s for s in line.segments if s.x0 >= gutter]
        for index, side in enumerate((left, right)):
            sides[index].extend(side)
            if left and right:
                beside[index].extend(side)
    if not sides[0] or not sides[1]:
        return False
    small = min((0, 1), key=lambda index: sum(len(s.text) for s in sides[index]))
    smaller = sides[small]
    total = sum(len(s.text) for line in lines for s in line.segments)
    share = sum(len(s.text) for s in smaller) / total
    dated = sum(is_date(s.text) or is_duration(s.text) for s in smaller) / len(smaller)
    return share >= _SHARE and dated <= _DATES and len(beside[small]) <= _BESIDE * len(smaller)
