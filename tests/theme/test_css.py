"""A theme's stylesheets made one, in the order the cascade needs: the fonts, the base structure
every theme shares, the theme's own look, and last the source's design, so that it wins; then
the paper size and the portfolio's footer in the document's language."""

from __future__ import annotations

from dataclasses import replace

from resume.theme.css import page_css, theme_styles
from resume.theme.overrides import Overrides
from resume.theme.themes import load_theme


def test_the_sheets_come_in_cascade_order_with_the_sources_design_last() -> None:
    theme = replace(load_theme("compact"), overrides=Overrides(accent="#123456"))
    text = theme_styles(theme).text
    order = [
        "@font-face",
        "/* Structure every theme shares",  # styles/base.css
        "/* compact: a dense, quiet single column.",  # styles/compact/theme.css
        "--accent: #123456 !important;",  # the source's render.design
    ]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)


def test_the_page_has_the_chosen_paper_and_a_footer_in_the_documents_words() -> None:
    assert page_css("a4", "Seite", "von") == (
        "@page { size: A4; }\n"
        '@page portfolio { @bottom-right { content: "Seite " counter(page) " von "'
        " counter(pages); } }\n"
    )
    assert page_css("letter", "Page", "of").startswith("@page { size: letter; }\n")
