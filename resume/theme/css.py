"""A theme's stylesheets made one: fonts, page setup, base structure, then the theme's own CSS."""

from __future__ import annotations

from pathlib import Path

from resume.theme.fonts import font_face_css, font_stack
from resume.theme.themes import Theme

PAGE_SIZES = {"letter": "letter", "a4": "A4"}


def theme_css(
    theme: Theme,
    font_urls: dict[Path, str] | None = None,
    font_ranges: dict[Path, str] | None = None,
) -> str:
    """All CSS of `theme`; fonts point at `font_urls` (for the site) or at the font package."""
    families = [theme.body_font, theme.heading_font]
    variables = (
        ":root {\n"
        f"  --body-font: {font_stack(theme.body_font)};\n"
        f"  --heading-font: {font_stack(theme.heading_font)};\n"
        "}\n"
    )
    sheets = [sheet.read_text(encoding="utf-8") for sheet in theme.stylesheets]
    return "\n".join([font_face_css(families, font_urls, font_ranges), variables, *sheets])


def page_css(page_size: str, page_label: str, of_label: str) -> str:
    """Paper size and the portfolio's running footer, in the document's language."""
    size = PAGE_SIZES[page_size]
    return (
        f"@page {{ size: {size}; }}\n"
        f'@page portfolio {{ @bottom-right {{ content: "{page_label} " counter(page) " {of_label} " counter(pages); }} }}\n'
    )
