"""A theme's stylesheets made one: fonts, page setup, base structure, then the theme's own CSS."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from resume.errors import Problem
from resume.theme.fonts import font_face_css, font_stack
from resume.theme.overrides import overrides_css
from resume.theme.sheets import Rebaser
from resume.theme.themes import Theme

PAGE_SIZES = {"letter": "letter", "a4": "A4"}


@dataclass(frozen=True)
class Styles:
    """The theme's CSS as one text, the files its `url()`s name (each with the URL the text
    uses for it), and what was left out."""

    text: str
    files: dict[Path, str]
    problems: list[Problem]


def theme_styles(
    theme: Theme,
    font_urls: dict[Path, str] | None = None,
    url_for: Callable[[Path], str] = Path.as_uri,
    font_ranges: dict[Path, str] | None = None,
    *,
    printed: bool = True,
    fallbacks: Sequence[str] = (),
) -> Styles:
    """All CSS of `theme`; fonts point at `font_urls` (for the site) or at the font package, and
    the theme's own references at `url_for` of their files (see `sheets`); the web page is not
    `printed`, and takes only the accent and fonts of the source's design. Of the fallback
    fonts, it declares `fallbacks` (see `fonts.fallbacks_for`)."""
    families = [theme.body_font, theme.heading_font, *fallbacks]
    variables = (
        ":root {\n"
        f"  --body-font: {font_stack(theme.body_font)};\n"
        f"  --heading-font: {font_stack(theme.heading_font)};\n"
        "}\n"
    )
    rebaser = Rebaser(theme.folders, url_for)
    sheets = [rebaser.sheet(sheet) for sheet in theme.stylesheets]
    overrides = overrides_css(theme.overrides, printed=printed)  # the source's, over the theme's
    text = "\n".join(
        [font_face_css(families, font_urls, font_ranges), variables, *sheets, overrides]
    )
    return Styles(text, rebaser.found.files, rebaser.found.problems)


def page_css(page_size: str, page_label: str, of_label: str) -> str:
    """Paper size and the portfolio's running footer, in the document's language."""
    size = PAGE_SIZES[page_size]
    return (
        f"@page {{ size: {size}; }}\n"
        f'@page portfolio {{ @bottom-right {{ content: "{page_label} " counter(page) " {of_label} " counter(pages); }} }}\n'
    )
