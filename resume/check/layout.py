"""What a typographer would mark on a PDF's pages (the design standard's "Wraps", "Type and
space" and "The page as a whole"), found from the glyphs' positions and fonts alone: works on
any PDF.

Each kind, and how it is found:
- stranded-word: a paragraph or highlight whose last line is one word. A line continues the one
  above when it has the same left edge (or the text edge of a bullet) or centre, the same type,
  one line's pitch below, and its first word would not have fit on the line above.
- separator-at-edge: a line begins with · | • , – or ends with · | •. A • is a list's bullet, not
  a separator, where another line of the page begins with one at the same place.
- split: a date or date range, a publication's venue and its year, the source's e-mail, phone,
  handles and addresses, or any e-mail or web address, broken across two lines.
- wrapped-date: a line that holds only a date, under an entry's heading line that had no room
  left for it (the date would have run past the column's right edge, or the heading wrapped).
- small-type: body text (the size most regular glyphs have) under the body floor, or any line
  with glyphs under the floor for all text. The floors follow the source's render.design.size.
- short-page: a page whose lowest text is less than a third of the way down its text area
  (page furniture, running heads and page numbers, left out).
- heading-at-end: a page (not the last) whose last lines are a heading (bold, larger, or in
  capitals), with the dates under it, while the next page begins with what it heads."""

from __future__ import annotations

import itertools
import json
import math
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume.check.glyphs import Line, Page, read_pages
from resume.source.calendar import PRESENT_WORDS, month_words

KINDS = (
    "stranded-word",
    "separator-at-edge",
    "split",
    "wrapped-date",
    "small-type",
    "short-page",
    "heading-at-end",
)
BODY_FLOOR = 9.5  # points: the floor of body text on a printed page
TEXT_FLOOR = 8.0
FULL_ENOUGH = 1 / 3  # of the text area: "a second page is worth having only when..."
_BEGINS = "·|•,–—"
_ENDS = "·|•"
_MONTH = "|".join(sorted(map(re.escape, month_words()), key=len, reverse=True))
_PRESENT = "|".join(re.escape(word) for words in PRESENT_WORDS.values() for word in words)
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:(?:{_MONTH})\.?\s+{_YEAR}|{_YEAR}年\d{{1,2}}月|\d{{1,2}}/{_YEAR}|{_YEAR}-\d\d|{_YEAR})"
)
DATE_RANGE = re.compile(
    rf"{_DATE}(?:\s*[–—-]\s*(?:{_DATE}|{_PRESENT}))?|(?:{_MONTH})\.?\s+{_YEAR}", re.IGNORECASE
)
_DATE_ONLY = re.compile(rf"^[\s|·,–—-]*(?:(?:{_DATE}|{_PRESENT})[\s|·,–—-]*)+$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = re.compile(
    r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|me|info|edu|gov|co|"
    r"uk|de|fr|pl|is|jp|ai|ch|nl|eu|example)(?:/\S*)?",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^\D{0,12}\d{1,3}(\s*(/|of|von|sur|de)\s*\d{1,3})?\D{0,3}$")
_NEIGHBOURHOOD = 150  # points up and down where the lines that make a column are looked for
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_MARKER = re.compile(r"•|(?:[·*–-]|\[\d+\]|\d+[.)])(?=\s)")  # a list item's bullet or number


@dataclass(frozen=True)
class Floors:
    body: float = BODY_FLOOR
    text: float = TEXT_FLOOR

    @classmethod
    def for_source(cls, source: Any) -> Floors:
        """The default floors, or lower ones in proportion where render.design.size asks for
        smaller body text."""
        render = source.get("render") if isinstance(source, dict) else None
        design = render.get("design") if isinstance(render, dict) else None
        written = design.get("size") if isinstance(design, dict) else None
        try:
            size = float(str(written).removesuffix("pt")) if written is not None else BODY_FLOOR
        except ValueError:
            size = BODY_FLOOR
        if size >= BODY_FLOOR:
            return cls()
        return cls(size, TEXT_FLOOR * size / BODY_FLOOR)


@dataclass(frozen=True)
class Finding:
    page: int
    kind: str
    words: str
    y: float  # points from the top of the page to the line's baseline

    def __str__(self) -> str:
        return f"p{self.page} {self.kind} at {self.y:.0f}pt: “{self.words}”"

    def as_json(self) -> dict[str, Any]:
        return {"page": self.page, "kind": self.kind, "words": self.words, "y": round(self.y, 1)}


@dataclass
class Layout:
    """The findings on one PDF, with what they were measured against."""

    pages: int
    body_size: float
    floors: Floors
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
        return counts

    def summary(self) -> str:
        """The `layout` line of `resume check`."""
        if not self.findings:
            return f"nothing to mark on {self.pages} page(s), body {self.body_size:.1f} pt"
        counts = ", ".join(f"{count} {kind}" for kind, count in self.counts().items())
        shown = "; ".join(str(finding) for finding in self.findings[:6])
        more = f"; and {len(self.findings) - 6} more" if len(self.findings) > 6 else ""
        return f"{len(self.findings)} to mark ({counts}): {shown}{more}"

    def as_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "body_size": round(self.body_size, 2),
            "floors": {"body": round(self.floors.body, 2), "text": round(self.floors.text, 2)},
            "counts": self.counts(),
            "findings": [finding.as_json() for finding in self.findings],
        }


def check_layout(path: Path, source: Any = None) -> Layout:
    """The layout findings on the PDF at `path`; `source` (the JSON Resume it carries, if any)
    gives the floors and the strings that must not break."""
    started = time.process_time()
    pages = [
        _without_furniture(page, furniture) for page, furniture in _furniture(read_pages(str(path)))
    ]
    floors = Floors.for_source(source)
    body = _body_size(pages)
    layout = Layout(len(pages), body, floors)
    whole = _unbreakable(source)
    venues = _venues(source)
    for page in pages:
        layout.findings += _page_findings(page, whole, venues)
    layout.findings += _small_type(pages, body, floors)
    layout.findings += _short_pages(pages)
    layout.findings += _headings_at_end(pages, body)
    layout.findings.sort(key=lambda finding: (finding.page, finding.y, finding.kind))
    layout.seconds = time.process_time() - started
    return layout


def source_in(attachments: dict[str, bytes], name: str) -> Any:
    """The JSON a PDF carries as `name`, or None."""
    try:
        return json.loads(attachments[name])
    except (KeyError, ValueError):
        return None


# ----- Lines and their neighbours -----


def _furniture(pages: list[Page]) -> Iterator[tuple[Page, set[int]]]:
    """Each page with the indexes of its running heads and feet: lines in the top or bottom
    eighth of the page that are a page number, or whose text recurs at the same height on
    another page."""
    recurring = Counter((round(line.baseline), line.text) for page in pages for line in page.lines)
    for page in pages:
        running = {
            index
            for index, line in enumerate(page.lines)
            if _in_margin(page, line)
            and (_PAGE_NUMBER.match(line.text) or recurring[round(line.baseline), line.text] > 1)
        }
        yield page, running


def _in_margin(page: Page, line: Line) -> bool:
    return line.baseline < page.height / 8 or line.baseline > page.height * 7 / 8


def _without_furniture(page: Page, furniture: set[int]) -> Page:
    if not furniture:
        return page
    kept = [line for index, line in enumerate(page.lines) if index not in furniture]
    return Page(page.number, page.width, page.height, kept)


class _Flow:
    """A page's lines with what lies under each: the line below it in its column, and whether
    that line is the rest of the same paragraph."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.below = [self._next_line(index) for index in range(len(lines))]
        self._columns: dict[int, tuple[float, float]] = {}

    def _next_line(self, index: int) -> int | None:
        """The first line below `lines[index]` that shares some of its width, at most two
        lines' pitch down."""
        line = self.lines[index]
        for later in range(index + 1, len(self.lines)):
            below = self.lines[later]
            if line.baseline - below.baseline > 2.2 * line.size:
                return None
            if below.baseline < line.baseline - 0.5 and _overlap(line, below):
                return later
        return None

    def right_edge(self, line: Line) -> float:
        """How far right the column of `line` reaches."""
        return self.column(line)[1]

    def _left_edge(self, line: Line) -> float:
        """How far left the column of `line` reaches."""
        return self.column(line)[0]

    def column(self, line: Line) -> tuple[float, float]:
        """The column of `line`, from its left edge to its right. Near it (NEIGHBOURHOOD up or
        down), the lines that overlap it, that overlap those, and so on, make its core; any line
        of the page that begins in the core and reaches no other column near it widens it. So a
        gutter bounds a column, and a masthead across both columns far above does not widen the
        narrow one, while a full line further down still shows how wide a column of short
        lines is."""
        key = id(line)
        if key not in self._columns:
            near = [o for o in self.lines if abs(o.baseline - line.baseline) <= _NEIGHBOURHOOD]
            left, right = _component(near, line.left, line.right)
            beyond = min((o.left for o in near if o.left > right), default=math.inf)
            right = max(
                [right]
                + [o.right for o in self.lines if left - 12 <= o.left <= right and o.right < beyond]
            )
            self._columns[key] = left, right
        return self._columns[key]

    def measure(self, line: Line) -> float:
        """The width of the column of `line`."""
        return self.right_edge(line) - self._left_edge(line)

    def wraps(self, line: Line, below: Line) -> bool:
        """Whether `below` is the rest of the paragraph `line` wrapped: the same type, one
        line's pitch down, the same left edge (or the text edge after a bullet) or centre, and
        its first word would not have fit on `line`. Cells of a grid (a row of pieces above a
        row of pieces in the same places) do not wrap into each other."""
        if not line.words or not below.words or line.glyphs[-1].style != below.glyphs[0].style:
            return False
        if not 0.9 * line.size <= line.baseline - below.baseline <= 1.8 * line.size:
            return False
        aligned = min(abs(below.left - _text_left(line)), abs(below.left - line.left)) <= 1.5
        centred = abs((below.left + below.right) - (line.left + line.right)) <= 3
        if not (aligned or centred) or self._in_grid(line, below):
            return False
        needs = 0.3 * line.size + _first_word_width(below) - 1
        if aligned:
            return line.right + needs > self.right_edge(line)
        return line.right - line.left + needs > self.measure(line)

    def continues(self, line: Line, below: Line) -> bool:
        """`wraps`, and `below` does not begin a highlight of its own."""
        return below.text[:1] != "•" and self.wraps(line, below)

    def _in_grid(self, line: Line, below: Line) -> bool:
        others = self._row_lefts(line) - {round(line.left)}
        return bool(others) and bool(others & (self._row_lefts(below) - {round(below.left)}))

    def _row_lefts(self, line: Line) -> set[int]:
        return {round(o.left) for o in self.lines if abs(o.baseline - line.baseline) < 0.5}


def _component(lines: Sequence[Line], left: float, right: float) -> tuple[float, float]:
    """The span of the lines that overlap [left, right], or overlap those, and so on."""
    while True:
        joined = [o for o in lines if o.left <= right and o.right >= left]
        grown = min([left] + [o.left for o in joined]), max([right] + [o.right for o in joined])
        if grown == (left, right):
            return left, right
        left, right = grown


def _overlap(a: Line, b: Line) -> bool:
    return min(a.right, b.right) - max(a.left, b.left) > 0


def _text_left(line: Line) -> float:
    """Where the text of a line begins, after its bullet or number ([2], 3.), if any."""
    marker = _MARKER.match(line.text)
    if marker is None:
        return line.left
    after = line.glyphs[len(marker.group()) :]  # the text has one character per glyph here
    return next((g.left for g in after if not g.char.isspace()), line.left)


def _first_word_width(line: Line) -> float:
    glyphs = line.glyphs
    for glyph, following in itertools.pairwise(glyphs):
        if following.char.isspace() or following.left - glyph.right > 0.22 * glyph.size:
            return glyph.right - line.left
    return line.right - line.left


# ----- The kinds found line by line -----


def _page_findings(page: Page, whole: Sequence[str], venues: dict[str, str]) -> Iterator[Finding]:
    flow = _Flow(page.lines)
    split_at: set[int] = set()  # lines whose beginning is already marked as the rest of a split
    for index, line in enumerate(flow.lines):
        under = flow.below[index]
        yield from _separators(page, flow, index, begins=index not in split_at)
        if under is None:
            continue
        below = flow.lines[under]
        continued = flow.continues(line, below)
        if continued and _one_short_word(flow, below) and _ends_paragraph(flow, under):
            yield _finding(page, "stranded-word", below, below.text)
        if split := _split(line, below, whole, venues if continued else {}):
            split_at.add(under)
            yield _finding(page, "split", below, split)
        if _wrapped_date(flow, index):
            yield _finding(page, "wrapped-date", below, below.text.strip(" |·"))


def _one_short_word(flow: _Flow, line: Line) -> bool:
    """One word narrower than a third of the column or four ems (a long address alone on its
    line is not stranded: it had nowhere else to go); in Chinese and Japanese, which set no
    spaces between words, three characters at most."""
    short = max(flow.measure(line) / 3, 4 * line.size)
    if len(line.words) != 1 or line.right - line.left > short:
        return False
    return len(line.text) <= 3 or not any(_CJK.match(char) for char in line.text)


def _ends_paragraph(flow: _Flow, index: int) -> bool:
    under = flow.below[index]
    return under is None or not flow.continues(flow.lines[index], flow.lines[under])


def _separators(page: Page, flow: _Flow, index: int, begins: bool) -> Iterator[Finding]:
    """A separator at either end of a line (at its beginning only if `begins`)."""
    line = flow.lines[index]
    if begins and _begins_with_separator(flow, index):
        yield _finding(page, "separator-at-edge", line, " ".join(line.words[:3]))
    if line.text[-1:] in _ENDS:
        yield _finding(page, "separator-at-edge", line, " ".join(line.words[-3:]))


def _begins_with_separator(flow: _Flow, index: int) -> bool:
    """A • that begins a line is a separator only where the line is the wrapped rest of the one
    above, and no other line begins with one in the same place (a list's bullets)."""
    line = flow.lines[index]
    if line.text[:1] != "•":
        return line.text[:1] in _BEGINS
    if any(o.text[:1] == "•" and abs(o.left - line.left) <= 1 for o in flow.lines if o is not line):
        return False
    above = [flow.lines[i] for i, under in enumerate(flow.below) if under == index]
    return any(flow.wraps(other, line) for other in above)


def _split(line: Line, below: Line, whole: Sequence[str], venues: dict[str, str]) -> str:
    """What `line` and `below` break in two, or ''. A date breaks at a space; an address may
    break anywhere, so the source's own are looked for with and without a space, any other
    only after a hyphen, slash, @ or underscore."""
    cut = len(line.text)
    spaced, glued = line.text + " " + below.text, line.text + below.text
    found = [m.group() for m in DATE_RANGE.finditer(spaced) if m.start() < cut < m.end()]
    if line.text[-1:] in "-/@_":
        found += [
            m.group()
            for p in (_EMAIL, _WEB)
            for m in p.finditer(glued)
            if m.start() < cut < m.end()
        ]
    found += [
        text
        for text in whole
        if any(_breaks(line.text, below.text, text, space) for space in ("", " "))
    ]
    found += [
        f"{venue} {year}"
        for venue, year in venues.items()
        if line.text.rstrip(" ,").endswith(venue) and below.text.startswith(year)
    ]
    return found[0] if found else ""


def _breaks(before: str, after: str, text: str, space: str) -> bool:
    """Whether `before` ends with a piece of `text` (three characters at least) and `after`
    begins with what follows that piece in `text` (three characters of it, or all that is
    left), `space` between them: `text` broken over the two lines, even where it takes three."""
    for size in range(min(len(before), len(text)), 2, -1):
        piece = before[-size:] + space
        at = text.find(piece)
        while at >= 0:
            rest = text[at + len(piece) :]
            if rest and after.startswith(rest[:3]):
                return True
            at = text.find(piece, at + 1)
    return False


def _wrapped_date(flow: _Flow, index: int) -> bool:
    """Whether the line under `lines[index]` is a date alone, at the column's left, that the
    heading line above had no room for (or that went under a heading that wrapped itself)."""
    under = flow.below[index]
    if under is None:
        return False
    line, below = flow.lines[index], flow.lines[under]
    if not _DATE_ONLY.match(below.text) or below.left > _text_left(line) + 2 * line.size:
        return False
    if any(o.right < below.left and abs(o.baseline - below.baseline) < 0.5 for o in flow.lines):
        return False  # not alone: the right-hand piece of a line (jake's title ...... dates)
    if line.baseline - below.baseline > 2 * line.size:
        return False
    width = below.right - below.left
    if line.right + 0.5 * line.size + width > flow.right_edge(line):
        return True
    return any(
        flow.wraps(flow.lines[above], line)
        for above, under in enumerate(flow.below)
        if under == index
    )


def _finding(page: Page, kind: str, line: Line, words: str) -> Finding:
    return Finding(page.number, kind, words, page.height - line.baseline)


# ----- The kinds found on the whole page or document -----


def _body_size(pages: Sequence[Page]) -> float:
    """The size most regular (not bold) glyphs have: the body text's."""
    counts: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            for glyph in line.glyphs:
                if not glyph.bold and not glyph.char.isspace():
                    size = round(glyph.size, 1)
                    counts[size] = counts.get(size, 0) + 1
    return max(counts, key=lambda size: counts[size]) if counts else 0.0


def _small_type(pages: Sequence[Page], body: float, floors: Floors) -> Iterator[Finding]:
    body_lines = [(page, line) for page in pages for line in page.lines if line.size == body]
    if body_lines and body < floors.body - 0.05:
        page, line = max(body_lines, key=lambda found: len(found[1].words))
        yield _finding(page, "small-type", line, f"body {body:.1f} pt: {' '.join(line.words[:6])}")
    for page in pages:
        for line in page.lines:
            small = [glyph for glyph in line.glyphs if glyph.size < floors.text - 0.05]
            if small and not all(glyph.char.isspace() for glyph in small):
                size = min(glyph.size for glyph in small)
                yield _finding(page, "small-type", line, f"{size:.1f} pt: {line.text}")


def _short_pages(pages: Sequence[Page]) -> Iterator[Finding]:
    """Pages whose text ends within the top third of the text area. The text area runs from the
    highest text of any page down to as far from the bottom edge."""
    tops = [line.top for page in pages for line in page.lines]
    if not tops:
        return
    top = max(tops)
    for page in pages:
        bottom = page.height - top
        lowest = min((line.bottom for line in page.lines), default=top)
        filled = (top - lowest) / max(top - bottom, 1.0)
        if filled < FULL_ENOUGH:
            last = min(page.lines, key=lambda line: line.bottom) if page.lines else None
            words = f"{filled:.0%} full" + (f", ends with “{last.text[:40]}”" if last else "")
            yield Finding(page.number, "short-page", words, page.height - lowest)


def _headings_at_end(pages: Sequence[Page], body: float) -> Iterator[Finding]:
    for page, following in itertools.pairwise(pages):
        tail = _tail_heading(page, body)
        first = _first_line(following)
        if tail is not None and first is not None and not _is_heading(first, body):
            yield _finding(page, "heading-at-end", tail, tail.text)


def _first_line(page: Page) -> Line | None:
    """The page's first line of text, after a running head (a line in the top margin set well
    apart from the text under it, such as the portfolio's section name)."""
    lines = page.lines
    apart = len(lines) > 1 and lines[0].baseline - lines[1].baseline > 2.5 * lines[0].size
    if apart and _in_margin(page, lines[0]):
        return lines[1]
    return lines[0] if lines else None


def _tail_heading(page: Page, body: float) -> Line | None:
    """The heading a page ends with, under which only its dates (or nothing) follow."""
    for line in sorted(page.lines, key=lambda line: line.baseline):
        if _is_heading(line, body):
            return line
        if not (_DATE_ONLY.match(line.text) or (DATE_RANGE.search(line.text) and line.size < body)):
            return None
    return None


def _is_heading(line: Line, body: float) -> bool:
    letters = [glyph.char for glyph in line.glyphs if glyph.char.isalpha()]
    if not letters:
        return False
    bold = all(glyph.bold for glyph in line.glyphs if not glyph.char.isspace())
    capitals = len(letters) >= 3 and all(char.isupper() for char in letters)
    return bold or capitals or line.size >= body * 1.15


# ----- What the source says must stay whole -----


def _unbreakable(source: Any) -> list[str]:
    """Every e-mail, phone number, web address (as printed: without its scheme) and profile
    handle the source holds."""
    found = [
        re.sub(r"^(https?://)?(www\.)?", "", text).rstrip("/")
        for key, text in _fields(source)
        if key in {"email", "phone", "url", "username"}
    ]
    return [text for text in dict.fromkeys(found) if len(text) > 3]


def _fields(data: Any) -> Iterator[tuple[str, str]]:
    """(key, text) for every text value in `data`, however deep."""
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        if isinstance(value, str):
            yield str(key), value
        else:
            yield from _fields(value)


def _venues(source: Any) -> dict[str, str]:
    """Each publication's venue and the year printed with it."""
    venues: dict[str, str] = {}
    publications = source.get("publications") if isinstance(source, dict) else None
    for publication in publications if isinstance(publications, list) else []:
        if not isinstance(publication, dict):
            continue
        venue, date = publication.get("publisher"), str(publication.get("releaseDate") or "")
        if isinstance(venue, str) and re.match(_YEAR, date):
            venues[venue] = date[:4]
    return venues
