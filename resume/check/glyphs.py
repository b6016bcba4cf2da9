"""The visible characters of a PDF page and the lines they make, as the eye groups them: each
glyph with its box, baseline, size and font (pypdfium2), set into lines by baseline and cut
where a wide gap leaves pieces a reader takes apart (a date flush right, a second column).

Transparent glyphs (our PDFs hide a `|` between fields for parsers) are not seen, so not kept."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import pypdfium2
import pypdfium2.raw as pdfium_c

# Weights a font's name gives when it is bold enough to set a heading apart.
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi", "extrabold")
_SPACES = " \u00a0\u2009\u202f\t"
_WORD_GAP = 0.22  # a gap wider than this (in em) between two glyphs is a space
_LINE_END_HYPHEN = 2  # what pdfium gives for a hyphen that ends a line
_PIECE_GAP = 1.6  # a gap wider than this (in em) on one baseline makes two pieces of line


@dataclass(frozen=True, slots=True)
class Glyph:
    char: str
    left: float  # points, from the page's bottom-left corner
    right: float
    baseline: float
    top: float
    bottom: float
    size: float  # points, as the reader sees it (the text matrix applied)
    font: str  # the font's name without the subset's tag
    bold: bool

    @property
    def style(self) -> tuple[str, float]:
        return self.font, round(self.size, 1)


@dataclass(frozen=True)
class Line:
    """A piece of line: glyphs on one baseline with no wide gap between them, left to right."""

    glyphs: Sequence[Glyph]

    @cached_property
    def text(self) -> str:
        return "".join(self._with_spaces())

    @cached_property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def left(self) -> float:
        return self.glyphs[0].left

    @property
    def right(self) -> float:
        return self.glyphs[-1].right

    @cached_property
    def baseline(self) -> float:
        return max(glyph.baseline for glyph in self.glyphs)

    @cached_property
    def top(self) -> float:
        return max(glyph.top for glyph in self.glyphs)

    @cached_property
    def bottom(self) -> float:
        return min(glyph.bottom for glyph in self.glyphs)

    @cached_property
    def size(self) -> float:
        """The size most of its glyphs have."""
        return _most_common(
            round(glyph.size, 1) for glyph in self.glyphs if not glyph.char.isspace()
        )

    def _with_spaces(self) -> Iterator[str]:
        previous: Glyph | None = None
        for glyph in self.glyphs:
            gap = glyph.left - previous.right if previous is not None else 0.0
            spaced = previous is not None and (previous.char in _SPACES or glyph.char in _SPACES)
            if gap > _WORD_GAP * glyph.size and not spaced:
                yield " "
            yield " " if glyph.char in _SPACES else glyph.char
            previous = glyph


@dataclass(frozen=True)
class Page:
    number: int  # from 1
    width: float
    height: float
    lines: Sequence[Line]  # top to bottom, then left to right


def read_pages(path: str) -> list[Page]:
    document = pypdfium2.PdfDocument(path)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            lines = lines_of(glyphs_of(page))
            pages.append(Page(index + 1, width, height, lines))
        return pages
    finally:
        document.close()


def glyphs_of(page: pypdfium2.PdfPage) -> list[Glyph]:
    """The page's visible glyphs, in the order the content draws them."""
    text_page = page.get_textpage()
    raw = text_page.raw
    reader = _GlyphReader(raw)
    glyphs = [
        glyph
        for index in range(pdfium_c.FPDFText_CountChars(raw))
        if (glyph := reader.glyph(index)) is not None
    ]
    text_page.close()
    return glyphs


class _GlyphReader:
    """Reads one glyph at a time, through pdfium's cheapest calls (a few microseconds each): the
    loose box (the advance, the font's ascent and descent), the matrix (origin and scale); the
    style of a (font, size) is worked out once."""

    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.raw = raw
        self.styles: dict[tuple[bytes, float, float], tuple[float, str, bool]] = {}
        self.box = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.colour = [ctypes.c_uint() for _ in range(4)]
        self.name = ctypes.create_string_buffer(256)

    def glyph(self, index: int) -> Glyph | None:
        raw = self.raw
        if pdfium_c.FPDFText_IsGenerated(raw, index):
            return None  # a space or line break pdfium guessed, not a glyph
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code == _LINE_END_HYPHEN:
            code = ord("-")
        if code in (0, 0xFFFE, 0xFFFF, 10, 13) or not self._visible(index):
            return None
        box, matrix = self.box, self.matrix
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
        size, font, bold = self._style(index, matrix)
        return Glyph(
            chr(code), box.left, box.right, matrix.f, box.top, box.bottom, size, font, bold
        )

    def _visible(self, index: int) -> bool:
        pdfium_c.FPDFText_GetFillColor(self.raw, index, *self.colour)
        return self.colour[3].value > 0

    def _style(self, index: int, matrix: pdfium_c.FS_MATRIX) -> tuple[float, str, bool]:
        pdfium_c.FPDFText_GetFontInfo(self.raw, index, self.name, 256, None)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        key = (self.name.value, pdfium_c.FPDFText_GetFontSize(self.raw, index), scale)
        style = self.styles.get(key)
        if style is None:
            font = key[0].decode("utf-8", "replace").split("+", 1)[-1]
            weight = pdfium_c.FPDFText_GetFontWeight(self.raw, index)
            bold = weight >= 600 or any(word in font.lower() for word in _BOLD_NAMES)
            style = self.styles[key] = (key[1] * scale, font, bold)
        return style


def lines_of(glyphs: Sequence[Glyph]) -> list[Line]:
    """Glyphs grouped by baseline, top to bottom, each row cut at its wide gaps."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: -g.baseline):
        row = rows[-1] if rows else None
        if row is not None and abs(row[0].baseline - glyph.baseline) <= 0.25 * row[0].size:
            row.append(glyph)
        else:
            rows.append([glyph])
    return [piece for row in rows for piece in _pieces(sorted(row, key=lambda g: g.left))]


def _pieces(row: Sequence[Glyph]) -> Iterator[Line]:
    start = 0
    for index in range(1, len(row)):
        gap = row[index].left - row[index - 1].right
        if gap > _PIECE_GAP * max(row[index].size, row[index - 1].size):
            yield from _trimmed(row[start:index])
            start = index
    yield from _trimmed(row[start:])


def _trimmed(glyphs: Sequence[Glyph]) -> Iterator[Line]:
    """The piece without the spaces at its ends; nothing for a piece of spaces only."""
    kept = [index for index, glyph in enumerate(glyphs) if glyph.char not in _SPACES]
    if kept:
        yield Line(glyphs[kept[0] : kept[-1] + 1])


def _most_common(values: Iterator[float]) -> float:
    counts: dict[float, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda value: counts[value]) if counts else 0.0
