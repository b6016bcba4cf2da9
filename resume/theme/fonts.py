"""Fonts come only from the pinned `rendercv-fonts` package, declared with @font-face.

A theme's CSS declares its own families. The fallbacks (Noto Sans and its Japanese, Chinese and
Korean cuts, 46 MB) are declared only for a document whose text needs them: WeasyPrint reads
and copies every declared file when it parses the stylesheet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from resume.errors import UserError
from resume.source.characters import unreadable
from resume.source.families import FONT_DIR as FONT_DIR  # where other modules find it
from resume.source.families import STYLES, family_files, family_problem

# Families that carry the scripts a theme's own font may lack, tried in this order.
FALLBACK = ["Noto Sans", "Noto Sans JP", "Noto Sans SC", "Noto Sans KR"]


@dataclass(frozen=True)
class FontFile:
    family: str
    weight: str
    style: str
    path: Path


@functools.cache
def available() -> dict[str, list[FontFile]]:
    """Every family in the font package, by the name CSS uses for it."""
    return {
        family: [FontFile(family, *STYLES[style], path) for style, path in files]
        for family, files in family_files().items()
    }


def font_face_css(
    families: list[str],
    url_for: dict[Path, str] | None = None,
    ranges: dict[Path, str] | None = None,
) -> str:
    """@font-face rules for `families`; `url_for` maps files to the URLs to use (given, it names
    the only files there are: the web page ships just the fonts its text needs, shown at once in
    a fallback while they load, each for the `ranges` it draws)."""
    known = available()
    rules = []
    for family in dict.fromkeys(families):
        for font in known[family]:
            if url_for is not None and font.path not in url_for:
                continue
            url = (url_for or {}).get(font.path) or font.path.as_uri()
            web = ""
            if url_for is not None:
                web = " font-display: swap;"
                if ranges and font.path in ranges:
                    web += f" unicode-range: {ranges[font.path]};"
            rules.append(
                f'@font-face {{ font-family: "{family}"; src: url("{url}"); '
                f"font-weight: {font.weight}; font-style: {font.style};{web} }}"
            )
    return "\n".join(rules)


def font_stack(family: str) -> str:
    """A CSS font-family value: the theme's family, then the bundled fallbacks, never the system's."""
    return ", ".join(f'"{name}"' for name in dict.fromkeys([family, *FALLBACK]))


def check_family(family: str) -> str | None:
    """None if the package has `family`, else a message naming the close ones."""
    return family_problem(family)


def shown_text(html: str, css: str = "") -> str:
    """What a reader sees of `html` (its text without tags, scripts or the head), and the
    content `css` generates."""
    text = unescape(re.sub(r"(?s)<head>.*?</head>|<script.*?</script>|<[^>]+>", " ", html))
    return text + "".join(re.findall(r'content:\s*"([^"]*)"', css))


def fallbacks_for(families: list[str], text: str) -> list[str]:
    """The fallback families that draw a character of `text` which a font of `families` lacks:
    the only ones a document's CSS needs to declare."""
    return [family for family in FALLBACK if family in _through_stacks(text, families)[0]]


def uncovered(text: str, families: list[str]) -> list[str]:
    """The characters of `text` that no font of a family's stack has: they would print as boxes
    (or in a font of the machine's choosing). Every family is checked with its fallbacks."""
    return [chr(code) for code in sorted(_through_stacks(text, families)[1])]


def _through_stacks(text: str, families: list[str]) -> tuple[set[str], set[int]]:
    """Each family's stack (the family, then FALLBACK) tried on the characters of `text`: the
    fallbacks that drew some, and the characters that none drew."""
    wanted = {ord(char) for char in text if _drawn(char)}
    used: set[str] = set()
    missing: set[int] = set()
    for family in dict.fromkeys(families):
        left = wanted - _coverage(family)
        for fallback in FALLBACK:
            if not left:
                break
            if drawn := left & _coverage(fallback):
                used.add(fallback)
                left -= drawn
        missing |= left
    return used, missing


def _drawn(char: str) -> bool:
    """A character a font must draw: not a space, and not a format character that shaping
    consumes (a soft hyphen, a joiner); a private-use, unassigned or control one is asked
    for too, so that it is found missing and left out (source/characters.py takes it out of
    the source, but a letter or a theme's CSS may still hold one)."""
    return bool(unreadable(char)) or (not char.isspace() and char.isprintable())


@functools.cache
def _coverage(family: str) -> frozenset[int]:
    """Code points every style of `family` draws (a bold that lacks one is still a box).
    The fallbacks' styles cover the same scripts, and their CJK tables are slow to read: one will do."""
    files = available()[family]
    if family in FALLBACK:
        files = [f for f in files if (f.weight, f.style) == ("400", "normal")] or files
    maps = [_cmap(font.path) for font in files]
    return frozenset.intersection(*maps) if maps else frozenset()


@functools.cache
def _cmap(path: Path) -> frozenset[int]:
    """The code points the font at `path` maps, as HarfBuzz reads its cmap (a third of the
    time fontTools takes to read a whole table)."""
    import uharfbuzz

    try:
        face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path)))
    except (OSError, uharfbuzz.HarfBuzzError) as error:
        raise UserError(f"{path}: the font cannot be loaded: {error}") from None
    if not face.glyph_count:  # HarfBuzz's empty face: not a font it can read
        raise UserError(f"{path}: the font cannot be loaded: not an OpenType font")
    return frozenset(face.unicodes)
