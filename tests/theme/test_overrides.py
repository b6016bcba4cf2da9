"""render.design over a theme, as CSS: what the PDFs' stylesheet and the web page's get, in
every theme. (The laid-out result: tests/outputs/test_design.py.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from resume.theme.css import theme_styles
from resume.theme.overrides import Overrides, overrides_css
from resume.theme.themes import builtin_names, load_theme

OVERRIDES = Overrides(
    body_font="Lato",
    heading_font="Raleway",
    accent="#0a7d32",
    size=10.0,
    leading=1.35,
    margins=("43.20pt",) * 4,
    break_before=("skills",),
)


@pytest.mark.parametrize("name", builtin_names())
def test_every_theme_takes_the_design_over_its_own(name: str) -> None:
    theme = replace(load_theme(name), overrides=OVERRIDES)
    assert (theme.body_font, theme.heading_font) == ("Lato", "Raleway")
    printed = theme_styles(theme).text
    # After the theme's own rules, and !important: a theme that sets them on a class gives way.
    tail = printed[printed.rindex("render.design") :]
    for declaration in ("--accent: #0a7d32 !important", "--size: 10pt !important",
                        "--leading: 1.35 !important", '--body-font: "Lato", "Noto Sans"',
                        '--heading-font: "Raleway", "Noto Sans"'):  # fmt: skip
        assert declaration in tail
    assert "@page resume { margin: 43.20pt 43.20pt 43.20pt 43.20pt; }" in tail
    assert '.portfolio [data-role="section"][data-section="skills"] { break-before: page; }' in tail
    assert 'font-family: "Lato"' in printed and 'font-family: "Raleway"' in printed  # @font-face
    # The theme honours the variables it is given (the contract in styles/base.css).
    for variable in ("--accent", "--size", "--leading", "--body-font", "--heading-font"):
        assert f"var({variable})" in printed
    page = theme_styles(theme, printed=False).text
    web = page[page.rindex("render.design") :]
    assert "--accent: #0a7d32" in web and '"Lato"' in web
    assert "--size" not in web and "@page" not in web  # the screen keeps the theme's type


def test_no_design_adds_nothing() -> None:
    assert overrides_css(Overrides()) == ""
    theme = load_theme("compact")
    # the block the source's design adds is not there (the contract's prose may name it)
    assert "render.design and render.breakBefore, from the source" not in theme_styles(theme).text
    assert theme.body_font == "Source Sans 3"
