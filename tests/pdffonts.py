"""What a PDF's fonts really are: which families it embeds and whether any glyph is a .notdef box.

WeasyPrint draws a character no font has with a glyph id past the end of the embedded font
(or id 0): a box in print, and text an ATS may read wrong. These helpers find both.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pypdf
from fontTools.ttLib import TTFont

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLES = ("-Bold-Italic", "-Bold-Oblique", "-Bold", "-Italic", "-Oblique")
_TEXT = re.compile(rb"/([^\s/\[\]<>()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>")


@dataclass(frozen=True)
class EmbeddedFont:
    name: str  # the base font without subset tag, e.g. XCharter-Bold
    glyphs: int  # how many glyphs the embedded program has

    @property
    def family(self) -> str:
        """`Noto-Sans-JP-Bold` -> `Noto Sans JP`."""
        name = self.name
        for style in _STYLES:
            name = name.removesuffix(style)
        return name.replace("-", " ").rstrip(
            ","
        )  # Pango writes `Source Sans 3,` for `3` is no size


def embedded_fonts(reader: pypdf.PdfReader) -> dict[str, EmbeddedFont]:
    """Every font the PDF's pages use, by resource name per page (`1:/ABCDEF`)."""
    fonts: dict[str, EmbeddedFont] = {}
    for number, page in enumerate(reader.pages):
        for key, ref in page["/Resources"].get("/Font", {}).items():
            font = ref.get_object()
            fonts[f"{number}:{key}"] = EmbeddedFont(
                _SUBSET.sub("", str(font["/BaseFont"]).lstrip("/")), _glyph_count(font)
            )
    return fonts


def notdef_glyphs(reader: pypdf.PdfReader) -> list[str]:
    """`font name: glyph id` for each glyph drawn that its font does not have."""
    fonts = embedded_fonts(reader)
    found = []
    for number, page in enumerate(reader.pages):
        font: EmbeddedFont | None = None
        for name, hexes in _text_tokens(page.get_contents().get_data()):
            if name is not None:
                font = fonts.get(f"{number}:/{name}")
                continue
            if font is None or not hexes:
                continue
            ids = [int(hexes[i : i + 4], 16) for i in range(0, len(hexes), 4)]
            found += [f"{font.name}: {gid}" for gid in ids if gid == 0 or gid >= font.glyphs]
    return found


def _text_tokens(content: bytes) -> Iterator[tuple[str | None, str]]:
    for match in _TEXT.finditer(content):
        if match[1] is not None:
            yield match[1].decode(), ""
        else:
            yield None, match[2].decode()


def _glyph_count(font: pypdf.generic.DictionaryObject) -> int:
    descendant = font["/DescendantFonts"][0].get_object()
    descriptor = descendant["/FontDescriptor"].get_object()
    for key in ("/FontFile2", "/FontFile3"):
        if key in descriptor:
            data = descriptor[key].get_object().get_data()
            return int(TTFont(io.BytesIO(data), lazy=True)["maxp"].numGlyphs)
    return 0
