"""The font families a source or a theme may name: those of the pinned font package
(`rendercv-fonts`), found from its folders. The theme wing declares them (theme/fonts.py);
the source only checks that a family it names is there."""

from __future__ import annotations

import difflib
import functools
from pathlib import Path

import rendercv_fonts

FONT_DIR = Path(rendercv_fonts.__file__).resolve().parent
# A font file's style, as its name ends, and the CSS weight and style it is.
STYLES = {
    "Regular": ("400", "normal"),
    "Italic": ("400", "italic"),
    "Bold": ("700", "normal"),
    "BoldItalic": ("700", "italic"),
}


@functools.cache
def family_files() -> dict[str, list[tuple[str, Path]]]:
    """Every text family in the font package, by the name CSS uses for it: its files, each
    with its style (a key of STYLES)."""
    families: dict[str, list[tuple[str, Path]]] = {}
    for folder in sorted(
        p for p in FONT_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")
    ):
        for path in sorted(folder.glob("*.[ot]tf")):
            stem, _, style = path.stem.rpartition("-")
            if style not in STYLES:
                continue  # icon fonts and the like are not text families
            families.setdefault(_family_name(folder.name, stem), []).append((style, path))
    return families


def _family_name(folder: str, stem: str) -> str:
    """`NotoSansJP` in folder `Noto Sans` is the family `Noto Sans JP`."""
    compact = folder.replace(" ", "")
    if stem.startswith(compact) and stem != compact:
        return f"{folder} {stem[len(compact) :]}"
    return folder


def family_problem(family: str) -> str | None:
    """None if the package has `family`, else a message that lists the families it has."""
    known = sorted(family_files())
    if family in known:
        return None
    guess = difflib.get_close_matches(family, known, n=1, cutoff=0.6)
    hint = f"did you mean {guess[0]}? " if guess else ""
    return f"font '{family}' is not in the font package; {hint}it has {', '.join(known)}"
