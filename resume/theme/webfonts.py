"""The web page's fonts, cut down to the characters the page uses and written as WOFF2.

A whole TTF of a text family weighs 240-380 KB; the page needs a few hundred of its glyphs.
Each file is subset to the page's characters (with both cases of each letter, so a theme's
`text-transform` finds its glyphs, and printable ASCII, which costs little) and compressed
with Brotli. Its @font-face says, in `unicode-range`, exactly which code points the subset
draws, so a browser takes any other character from the next font of the stack instead of
drawing a box.

Cutting and compressing four fonts takes about half a second, so each cut is kept on disk
(`paths.cache_folder`) by what it is made of (the font's bytes, the code points, the tools'
versions): a later render of the same page, in watch mode or in another process, reads it back.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from resume.paths import cache_folder

# Features a theme's CSS can ask for beyond the default ones (font-variant-caps, -numeric):
# without them a browser fakes small caps with scaled capitals.
CSS_FEATURES = ("smcp", "c2sc", "pcap", "c2pc", "tnum", "pnum", "lnum", "onum")
ALWAYS = frozenset(range(0x20, 0x7F)) | {0xA0, 0x2010, 0x2026}  # ASCII, nbsp, hyphen, …


def hb_tag(tag: str) -> int:
    """An OpenType tag as HarfBuzz's number for it."""
    return int.from_bytes(tag.encode("ascii"), "big")


@dataclass(frozen=True)
class WebFonts:
    files: dict[str, bytes]  # file name -> WOFF2 data
    urls: dict[Path, str]  # the font package's file -> its URL, relative to the stylesheet
    ranges: dict[Path, str]  # the font package's file -> the CSS unicode-range it draws


def web_fonts(paths: list[Path], text: str, folder: str = "fonts") -> WebFonts:
    """`paths` subset to what `text` needs, named after the files they come from."""
    wanted = characters(text)
    files: dict[str, bytes] = {}
    urls: dict[Path, str] = {}
    ranges: dict[Path, str] = {}
    for path in paths:
        data, drawn = subset(path, wanted)
        if not drawn:
            continue  # nothing of this style shows on the page
        name = f"{path.stem}.woff2"
        files[name] = data
        urls[path] = f"{folder}/{name}"
        ranges[path] = unicode_range(drawn)
    return WebFonts(files, urls, ranges)


def characters(text: str) -> frozenset[int]:
    """The code points `text` shows, each letter in both cases, and ALWAYS."""
    shown = {char for char in text if char.isprintable() and not char.isspace()}
    cased = {variant for char in shown for variant in (char.upper(), char.lower())}
    return ALWAYS | {ord(char) for char in shown | cased if len(char) == 1}


@functools.cache
def subset(path: Path, wanted: frozenset[int]) -> tuple[bytes, frozenset[int]]:
    """The font at `path` with only the glyphs of `wanted` (and what its layout features reach
    from them), as WOFF2, and the code points it still maps: from the disk cache when it holds
    this cut, else made and kept there. Cached in memory too: watch mode asks again."""
    font = path.read_bytes()
    folder = cache_folder("webfonts")
    if folder is None:
        data = _cut(font, wanted)
        return data, _mapped(data)
    key = hashlib.sha256(font + repr((sorted(wanted), FORMAT, _tools())).encode()).hexdigest()
    kept = folder / f"{key}.woff2"
    try:
        data = kept.read_bytes()
    except OSError:
        data = _cut(font, wanted)
        _keep(kept, data)
    return data, _mapped(data)


FORMAT = 1  # a change to what _cut makes from the same input must change this


def _cut(font: bytes, wanted: frozenset[int]) -> bytes:
    """HarfBuzz cuts (fontTools' own subsetter takes ten times as long, reading the whole
    kerning table); fontTools writes WOFF2 with Brotli. The glyf table is stored as it is:
    WOFF2's glyph transform would save a tenth of the size at a third of the time."""
    import uharfbuzz
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.woff2 import WOFF2FlavorData

    request = uharfbuzz.SubsetInput()
    request.unicode_set.update(wanted)
    request.name_id_set.update(range(256))  # keep every name: family, copyright, licence
    request.layout_feature_tag_set.update(hb_tag(tag) for tag in CSS_FEATURES)  # and the defaults
    cut = uharfbuzz.subset(uharfbuzz.Face(uharfbuzz.Blob(font)), request)
    with TTFont(io.BytesIO(cut.blob.data), recalcTimestamp=False) as ttfont:
        ttfont.flavor = "woff2"
        ttfont.flavorData = WOFF2FlavorData(transformedTables=())
        buffer = io.BytesIO()
        ttfont.save(buffer)
    return buffer.getvalue()


def _mapped(woff2: bytes) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(woff2), lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


@functools.cache
def _tools() -> tuple[str, ...]:
    from importlib.metadata import version

    return tuple(version(name) for name in ("uharfbuzz", "fonttools", "brotli"))


def _keep(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (another process may be reading or writing it); a
    folder that cannot be written only means no cache."""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as temporary:
            temporary.write(data)
        os.replace(temporary.name, path)
    except OSError:
        return


def unicode_range(codes: frozenset[int]) -> str:
    """`U+20-7E, U+E9`: the code points as the fewest runs."""
    runs: list[tuple[int, int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)
