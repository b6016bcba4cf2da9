"""The source's design (`render.design`, `render.breakBefore`) over a theme's own: CSS that sets
the theme contract's variables and the PDFs' page margins after the theme's stylesheets.

The variables are set `!important` on `:root` and `body`, so a theme that sets them on a class
of its own still gives way; fitting's overrides (engine/fit.py) come later and are `!important`
too, so fitting still tightens from these values. The margins are not `!important`: fitting's
`@page` rule, though less specific, must still win over them."""

from __future__ import annotations

from dataclasses import dataclass

from resume.source.settings import Render
from resume.theme.fonts import font_stack

PRINTED_PAGES = ("resume", "portfolio", "letter")  # the named pages of base.css


@dataclass(frozen=True)
class Overrides:
    """What the source sets over the theme; None: the theme's own."""

    body_font: str | None = None
    heading_font: str | None = None
    accent: str | None = None  # #rrggbb or #rrggbbaa (source/design.py)
    size: float | None = None  # pt
    leading: float | None = None
    margins: tuple[str, ...] = ()  # top, right, bottom, left, e.g. 43.20pt
    break_before: tuple[str, ...] = ()  # sections that start a page in the portfolio


def overrides_from(render: Render) -> Overrides:
    design = render.design
    return Overrides(
        body_font=design.body_font,
        heading_font=design.heading_font,
        accent=design.accent,
        size=design.size,
        leading=design.leading,
        margins=tuple(design.margins or ()),
        break_before=tuple(dict.fromkeys(render.break_before)),
    )


def overrides_css(overrides: Overrides, *, printed: bool = True) -> str:
    """The stylesheet that puts `overrides` over the theme; empty when there are none. The web
    page (not `printed`) takes the accent and fonts; size, leading and margins are the PDFs'
    (a theme sets the page's own type for the screen, e.g. `.site { --size: 17px }`)."""
    variables = {
        "--accent": overrides.accent,
        "--body-font": font_stack(overrides.body_font) if overrides.body_font else None,
        "--heading-font": font_stack(overrides.heading_font) if overrides.heading_font else None,
    }
    if printed:
        variables["--size"] = f"{overrides.size:g}pt" if overrides.size else None
        variables["--leading"] = f"{overrides.leading:g}" if overrides.leading else None
    rules = [f"  {name}: {value} !important;" for name, value in variables.items() if value]
    css = [":root, body {\n" + "\n".join(rules) + "\n}"] if rules else []
    if printed:
        css += _printed_pages(overrides)
    if not css:
        return ""
    return "\n".join(["/* render.design and render.breakBefore, from the source */", *css, ""])


def _printed_pages(overrides: Overrides) -> list[str]:
    """The PDFs' margins, and the portfolio's sections that start a page."""
    css = []
    if overrides.margins:
        margin = " ".join(overrides.margins)
        pages = [f"{page}{first}" for page in PRINTED_PAGES for first in ("", ":first")]
        css += [f"@page {page} {{ margin: {margin}; }}" for page in pages]
    css += [
        f'.portfolio [data-role="section"][data-section="{key}"] {{ break-before: page; }}'
        for key in overrides.break_before
    ]
    return css
