"""A long document's last page is never less than a third full: the spacing gives way a little,
the type and the margins never (resume/engine/last_page.py), on documents laid out here with a
theme's variables: paragraphs of known height on small pages."""

from __future__ import annotations

from weasyprint import CSS, HTML
from weasyprint.document import Document

from resume.engine.fit import Typeset, filled_share
from resume.engine.last_page import balanced

SIZE = 10  # px: the body text
MARGIN = 50  # px: every side of a 400 x 400 px page, 300 px of text area
PAGE = f"@page {{ size: 400px 400px; margin: {MARGIN}px; }}"


def typeset(paragraphs: int, lines: int, variables: str) -> Typeset:
    """A document of `paragraphs` paragraphs of `lines` lines each, none broken across pages,
    with the theme's `variables` (--leading, --gap)."""
    paragraph = "<p>" + "<br>".join(["Line of text"] * lines) + "</p>"
    sheet = (
        f"{PAGE} body {{ {variables} font-size: {SIZE}px; line-height: var(--leading, 1.2);"
        " margin: 0; } p { margin: var(--gap) 0 0; break-inside: avoid; }"
    )
    return lambda css: HTML(string=paragraph * paragraphs).render(
        stylesheets=[CSS(string=sheet + css)]
    )


def text_sizes(document: Document) -> set[float]:
    sizes: set[float] = set()

    def walk(box: object) -> None:
        if type(box).__name__ == "TextBox":
            sizes.add(float(box.style["font_size"]))  # type: ignore[attr-defined]
        for child in getattr(box, "children", []):
            walk(child)

    for page in document.pages:
        walk(page._page_box)
    return sizes


def margins(document: Document) -> set[tuple[float, ...]]:
    return {
        (box.margin_top, box.margin_right, box.margin_bottom, box.margin_left)
        for box in (page._page_box for page in document.pages)
    }


def test_a_short_last_page_is_pulled_onto_the_pages_before() -> None:
    # 26 lines of 15 px, a gap of 10 px above each: two pages and two lines.
    layout = typeset(26, 1, "--leading: 1.5; --gap: 1em;")
    design = layout("")
    assert len(design.pages) == 3 and filled_share(design.pages[-1]) < 1 / 3

    result = balanced(layout).document

    assert len(result.pages) == 2
    assert text_sizes(result) == text_sizes(design) == {SIZE}
    assert margins(result) == {(MARGIN,) * 4}


def test_where_pulling_is_not_enough_the_gaps_widen() -> None:
    # Paragraphs of three lines, nothing to tighten but the gaps: five on the first page, two
    # on the second, a third of it; pulled in, the seven do not fit one page.
    layout = typeset(7, 3, "--gap: 2em;")
    design = layout("")
    assert len(design.pages) == 2 and filled_share(design.pages[-1]) < 1 / 3

    result = balanced(layout).document

    assert len(result.pages) == 2
    assert filled_share(result.pages[-1]) >= 1 / 3
    assert text_sizes(result) == {SIZE}
    assert margins(result) == {(MARGIN,) * 4}


def test_a_last_page_full_enough_is_left_as_designed() -> None:
    layout = typeset(10, 3, "--leading: 1.5; --gap: 2em;")
    design = layout("")
    assert filled_share(design.pages[-1]) >= 1 / 3

    balanced_ = balanced(layout)

    assert balanced_.css == ""
    assert len(balanced_.document.pages) == len(design.pages)
