"""The text of a PDF as a person sees it laid out: lines from top to bottom, each made of
segments that a wide gap keeps apart (a flush-right date column), each segment made of runs of
one style (bold, italic, size). Read with pdfium (pypdfium2), character by character."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

# Fonts that draw icons: their glyphs map to letters (FontAwesome's "+" is a map pin).
_ICON_FONT = re.compile(r"awesome|academicons|fontello|material ?icons|ionicons", re.I)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|cmbx|-bd\b|-bol", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|cmti|-it\b|-ita", re.I)
_ITALIC_FLAG = 64  # FPDF font flags, PDF 32000 table 123
_SOFT_HYPHEN = {0x02, 0xAD, 0xFFFE}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd]")
# A word in capitals but for its i: small capitals whose i maps to a lower-case letter.
_SMALL_CAPS_I = re.compile(r"\b(?=[A-Z])(?=\w*i)(?=(?:\w*[A-Z]){2})[A-Zi]+\b")
_SEGMENT_GAP = 0.8  # a gap wider than this many ems starts a new segment (a column)
_WORD_GAP = 0.15  # a gap wider than this many ems is a space the PDF did not write
_SAME_LINE = 0.2  # baselines closer than this many ems are one line


@dataclass(frozen=True)
class Glyph:
    """One character on the page, where it is and how it is drawn."""

    char: str
    x0: float
    x1: float
    y: float  # its baseline, from the bottom of the page
    size: float
    bold: bool
    italic: bool
    spaced: bool = False  # pdfium saw a space before it that the PDF does not draw


@dataclass
class Run:
    """Text of one style within a segment."""

    text: str
    size: float
    bold: bool
    italic: bool


@dataclass
class Segment:
    """Text that reads as one piece: no wide gap inside it."""

    x0: float
    x1: float
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()

    @property
    def size(self) -> float:
        return max((run.size for run in self.runs if run.text.strip()), default=0.0)

    @property
    def bold(self) -> bool:
        """Mostly bold, by characters."""
        bold = sum(len(run.text.strip()) for run in self.runs if run.bold)
        return bold * 2 > len(self.text.replace(" ", ""))

    @property
    def italic(self) -> bool:
        italic = sum(len(run.text.strip()) for run in self.runs if run.italic)
        return italic * 2 > len(self.text.replace(" ", ""))


@dataclass
class Line:
    """One line of a page, its segments left to right."""

    page: int
    y: float
    segments: list[Segment]
    hyphenated: bool = False  # ends in a soft hyphen: the word goes on in the next line

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments if segment.text)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def size(self) -> float:
        return max(segment.size for segment in self.segments)


@dataclass(frozen=True)
class Link:
    """A link on the page: where it goes and the box it covers."""

    uri: str
    page: int
    bottom: float
    top: float
    left: float
    right: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: list[Line]
    links: list[Link] = field(default_factory=list)


class TooMuchText(Exception):
    """A page with more characters than any résumé has: not read further."""

    def __init__(self, page: int, most: int) -> None:
        super().__init__(f"page {page + 1} holds more than {most:,} characters")


def page_layout(document: Any, number: int, max_chars: int) -> Page:
    """The lines of one page of an open pypdfium2 document, top to bottom; TooMuchText when
    it has more than `max_chars` characters."""
    page = document[number]
    width, height = page.get_size()
    textpage = page.get_textpage()
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count > max_chars:
        raise TooMuchText(number, max_chars)
    glyphs, hyphens = _glyphs(textpage.raw, count)
    lines = [_line(number, chars, hyphens) for chars in _rows(glyphs)]
    lines = [line for line in lines if line.segments]
    return Page(width, height, lines, _links(document.raw, page.raw, number))


_MAX_LINKS = 500  # a résumé has a few dozen; a stranger's PDF may have millions


def _links(document: Any, page: Any, number: int) -> list[Link]:
    """The page's links to web addresses (and mailto:, tel:)."""
    links: list[Link] = []
    position, link = ctypes.c_int(0), pdfium_c.FPDF_LINK()
    buffer = ctypes.create_string_buffer(2048)
    while len(links) < _MAX_LINKS and pdfium_c.FPDFLink_Enumerate(
        page, ctypes.byref(position), ctypes.byref(link)
    ):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(document, action, buffer, len(buffer))
        rect = pdfium_c.FS_RECTF()
        if 0 < size <= len(buffer) and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            uri = buffer.raw[: size - 1].decode("utf-8", "replace").strip()
            bottom, top = sorted((rect.bottom, rect.top))
            links.append(Link(uri, number, bottom, top, rect.left, rect.right))
    return links


def _glyphs(raw: Any, count: int) -> tuple[list[Glyph], set[float]]:
    """The page's visible characters, and the baselines of lines that end in a soft hyphen."""
    glyphs: list[Glyph] = []
    hyphens: set[float] = set()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    spaced = False
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1 or chr(code) in "\r\n":
            spaced = chr(code) == " "
            continue
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
        if code in _SOFT_HYPHEN:
            hyphens.add(y.value)
            continue
        char = chr(code)
        pdfium_c.FPDFText_GetFontInfo(raw, index, name, len(name), ctypes.byref(flags))
        font = name.value.decode("latin-1")
        if _ICON_FONT.search(font) or _PRIVATE_USE.match(char) or not char.isprintable():
            continue
        glyphs.append(_glyph(raw, index, char, font, flags.value, y.value, spaced))
        spaced = False
    return glyphs, hyphens


def _glyph(  # noqa: PLR0913
    raw: Any, index: int, char: str, font: str, flags: int, baseline: float, spaced: bool
) -> Glyph:
    box = pdfium_c.FS_RECTF()  # the loose box: the glyph's advance, not its ink
    pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
    weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
    return Glyph(
        char=char,
        x0=box.left,
        x1=box.right,
        y=baseline,
        size=pdfium_c.FPDFText_GetFontSize(raw, index),
        bold=weight >= 550 or bool(_BOLD_FONT.search(font)),
        italic=bool(flags & _ITALIC_FLAG) or bool(_ITALIC_FONT.search(font)),
        spaced=spaced,
    )


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline, top row first; a flush-right column drawn after the text
    beside it joins the line it stands on."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: -g.y):
        row = rows[-1] if rows else None
        if row and abs(row[0].y - glyph.y) <= _SAME_LINE * max(glyph.size, row[0].size):
            row.append(glyph)
        else:
            rows.append([glyph])
    return [sorted(row, key=lambda g: g.x0) for row in rows]


def _line(page: int, row: list[Glyph], hyphens: set[float]) -> Line:
    segments: list[Segment] = []
    previous: Glyph | None = None
    for glyph in row:
        gap = glyph.x0 - previous.x1 if previous else 0.0
        em = max(glyph.size, 1.0)
        if previous is None or (gap > _SEGMENT_GAP * em and not glyph.char.isspace()):
            segments.append(Segment(glyph.x0, glyph.x1))
        elif (glyph.spaced or gap > _WORD_GAP * em) and not (
            segments[-1].runs[-1].text.endswith(" ") or glyph.char.isspace()
        ):
            _add(segments[-1], " ", glyph)
        _add(segments[-1], glyph.char, glyph)
        if not glyph.char.isspace():
            previous = glyph
    for segment in segments:
        for run in segment.runs:
            run.text = _SMALL_CAPS_I.sub(lambda match: match.group(0).upper(), run.text)
    y = row[0].y
    hyphenated = any(abs(y - h) <= _SAME_LINE * row[0].size for h in hyphens)
    return Line(page, y, [s for s in segments if s.text], hyphenated)


def _add(segment: Segment, text: str, glyph: Glyph) -> None:
    last = segment.runs[-1] if segment.runs else None
    style = (round(glyph.size, 1), glyph.bold, glyph.italic)
    if last is None or (text.strip() and (round(last.size, 1), last.bold, last.italic) != style):
        segment.runs.append(Run(text, glyph.size, glyph.bold, glyph.italic))
    else:
        last.text += text
    if not text.isspace():
        segment.x1 = max(segment.x1, glyph.x1)
