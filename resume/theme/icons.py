"""Contact icons as inline SVG, drawn from the Font Awesome 7 outlines in the font package.

An icon font would put private-use characters into the text a PDF extracts (and an ATS
reads); an SVG path carries no text at all. The outlines are read once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

from markupsafe import Markup

from resume.theme.fonts import FONT_DIR

_AWESOME = FONT_DIR / "Font Awesome 7"
_BRANDS = _AWESOME / "Font Awesome 7 Brands-Regular-400.otf"
_SOLID = _AWESOME / "Font Awesome 7 Free-Solid-900.otf"
_TOP = 448  # Font Awesome draws in a 512-unit box whose top is 448 units above the baseline

# Contact kinds (see view.contacts) -> (font, glyph). Networks without a logo get the link icon.
GLYPHS: dict[str, tuple[Path, str]] = {
    "email": (_SOLID, "envelope"),
    "phone": (_SOLID, "phone"),
    "web": (_SOLID, "globe"),
    "location": (_SOLID, "location-dot"),
    "link": (_SOLID, "link"),
    "github": (_BRANDS, "github"),
    "gitlab": (_BRANDS, "gitlab"),
    "linkedin": (_BRANDS, "linkedin"),
    "mastodon": (_BRANDS, "mastodon"),
    "twitter": (_BRANDS, "x-twitter"),
    "x": (_BRANDS, "x-twitter"),
    "bluesky": (_BRANDS, "bluesky"),
    "stackoverflow": (_BRANDS, "stack-overflow"),
    "stack overflow": (_BRANDS, "stack-overflow"),
    "medium": (_BRANDS, "medium"),
    "orcid": (_BRANDS, "orcid"),
}


def icon(kind: str) -> Markup:
    """`<svg>` for a contact of `kind`: decorative, hidden from screen readers, no text."""
    font, glyph = GLYPHS.get(kind.lower(), GLYPHS["link"])
    width, path = _outline(font, glyph)
    return Markup(
        f'<svg class="icon icon-{glyph}" viewBox="0 0 {width} 512" aria-hidden="true" '
        f'focusable="false"><path fill="currentColor" d="{path}"/></svg>'
    )


@functools.cache
def _outline(font: Path, glyph: str) -> tuple[int, str]:
    """The glyph's advance width and its outline as SVG path data, y pointing down."""
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.ttLib import TTFont

    with TTFont(font, lazy=True) as opened:
        glyph_set = opened.getGlyphSet()
        pen = SVGPathPen(glyph_set, ntos=lambda n: f"{n:.1f}".rstrip("0").rstrip("."))
        glyph_set[glyph].draw(TransformPen(pen, (1, 0, 0, -1, 0, _TOP)))
        return int(glyph_set[glyph].width), pen.getCommands()
