"""A paragraph that ends with one word alone gets a slightly different measure, it alone, when
that avoids it without a line more (resume/engine/wraps.py).

Each paragraph is written to a measure (its width, in px) made from the widths of its own words
in its font, measured apart: the line above the last then holds what it is written to hold, and
the last word is alone. The lines are read back from the PDF, as a reader sees them."""

from __future__ import annotations

import io
from collections.abc import Callable

import pypdf
import pytest
from weasyprint import CSS, HTML
from weasyprint.document import Document
from weasyprint.formatting_structure import boxes
from weasyprint.text.fonts import FontConfiguration

from resume.engine.wraps import PULL_MOST, Unstranded, unstrand
from resume.theme.fonts import font_face_css

SIZE = 20  # px
PAGE = (
    "@page { size: 800px 400px; margin: 20px; }\n"
    f"body {{ margin: 0; font: {SIZE}px/1.3 Lato; }}\n"
    "p { margin: 0; }\n"
)


@pytest.fixture(scope="module")
def fonts() -> FontConfiguration:
    return FontConfiguration()


@pytest.fixture(scope="module")
def faces(fonts: FontConfiguration) -> CSS:
    return CSS(string=font_face_css(["Lato"]) + PAGE, font_config=fonts)


Layout = Callable[[str], Document]


@pytest.fixture(scope="module")
def layout_of(fonts: FontConfiguration, faces: CSS) -> Callable[[str], Layout]:
    """What lays out `body` (extra CSS in, document out), as the résumé's layouts do."""

    def layout_of(body: str) -> Layout:
        def layout(css: str) -> Document:
            sheets = [faces, CSS(string=css, font_config=fonts)] if css else [faces]
            return HTML(string=f"<body>{body}</body>").render(stylesheets=sheets, font_config=fonts)

        return layout

    return layout_of


@pytest.fixture(scope="module")
def width(layout_of: Callable[[str], Layout]) -> Callable[[str], float]:
    """The width of `text` on one line, in px."""

    def width(text: str) -> float:
        document = layout_of(f'<span style="display: inline-block">{text}</span>')("")
        [span] = [
            box
            for box in _descendants(document.pages[0]._page_box)
            if isinstance(box, boxes.InlineBlockBox)
        ]
        return float(span.width)

    return width


def _descendants(box: boxes.Box) -> list[boxes.Box]:
    return [box, *(d for c in getattr(box, "children", None) or () for d in _descendants(c))]


def lines(document: Document) -> list[str]:
    """The lines of the first page, as pypdf reads them."""
    pdf = pypdf.PdfReader(io.BytesIO(document.write_pdf()))
    return [" ".join(line.split()) for line in pdf.pages[0].extract_text().splitlines()]


ABOVE = "Built the storage layer and the build tools that four hundred engineers"
LAST = "use."


def test_a_word_that_nearly_fits_is_pulled_up_with_narrower_spaces(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # The line above leaves room for the word but for a share of each space that the pull allows.
    spaces = ABOVE.count(" ") + 1
    short = spaces * PULL_MOST * SIZE / 2
    measure = width(f"{ABOVE} {LAST}") - short
    layout = layout_of(f'<p style="width: {measure:.2f}px">{ABOVE} {LAST}</p>')
    before = layout("")
    assert lines(before) == [ABOVE, LAST]

    done = unstrand(before, layout)

    assert lines(done.document) == [f"{ABOVE} {LAST}"]
    assert (done.fixed, done.left) == ((LAST,), ())
    assert "word-spacing" in done.css


def test_a_word_far_from_fitting_takes_the_last_word_of_the_line_above(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    measure = width(ABOVE) + 4  # px: no room for the word, and the spaces would have to give much
    layout = layout_of(f'<p style="width: {measure:.2f}px">{ABOVE} {LAST}</p>')
    before = layout("")
    assert lines(before) == [ABOVE, LAST]

    done = unstrand(before, layout)

    *kept, given = ABOVE.split()
    assert lines(done.document) == [" ".join(kept), f"{given} {LAST}"]
    assert (done.fixed, done.left) == ((LAST,), ())


def test_only_the_paragraph_that_ends_alone_changes(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    measure = width(ABOVE) + 4
    whole = "A second paragraph that ends well enough on two words."
    body = f'<p style="width: {measure:.2f}px">{ABOVE} {LAST}</p><p>{whole}</p>'
    layout = layout_of(body)

    done = unstrand(layout(""), layout)

    assert lines(done.document)[-1] == whole
    assert done.css.count("{") == 1  # one rule, for the one paragraph


def test_a_word_alone_that_every_small_change_leaves_alone_or_pushes_a_line_down_is_left(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # A long last word: the word given down from the line above does not fit beside it, and the
    # spaces are too few to pull it up.
    above, last = "A word", "Incomprehensibilities"
    measure = max(width(above), width(last)) + 4
    assert width(f"fully {last}") > measure
    layout = layout_of(f'<p style="width: {measure:.2f}px">{above} {last}</p>')
    before = layout("")
    assert lines(before) == [above, last]

    done = unstrand(before, layout)

    assert lines(done.document) == [above, last]
    assert (done.fixed, done.left) == ((), (last,))
    assert done.css == ""  # laid out as it was


def test_a_line_that_a_forced_break_began_is_not_a_word_alone(
    layout_of: Callable[[str], Layout],
) -> None:
    layout = layout_of(f"<p>{ABOVE}<br>{LAST}</p>")
    before = layout("")

    done = unstrand(before, layout)

    assert done == Unstranded(before, "", 0, (), ())


def test_a_title_beside_its_date_in_a_row_is_left_as_the_theme_set_it(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # A narrower title would let the date beside it in the flex row come up onto its line.
    measure = width(ABOVE) + 4
    body = (
        f'<div style="display: flex; flex-wrap: wrap; width: {measure:.2f}px">'
        f"<h4 style='margin: 0; font-weight: normal'>{ABOVE} {LAST}</h4><span>2024</span></div>"
    )
    layout = layout_of(body)
    before = layout("")
    assert lines(before) == [ABOVE, LAST, "2024"]

    done = unstrand(before, layout)

    assert done.document is before and done.passes == 0


def test_a_change_that_would_end_the_paragraph_well_a_line_lower_is_taken_back(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # Narrower, the line above gives "twice" down, but each line gives a word down before it.
    above, last = ["We moved storage", "clusters twice"], "safely"
    measure = width(above[0]) + 2
    layout = layout_of(f'<p style="width: {measure:.2f}px">{" ".join(above)} {last}</p>')
    before = layout("")
    assert lines(before) == [*above, last]

    done = unstrand(before, layout)

    assert lines(done.document) == [*above, last]
    assert (done.fixed, done.left) == ((), (last,))


def test_a_change_that_would_give_the_document_a_page_more_is_taken_back(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # The last word of the line above is set large: given down, it makes the last line taller
    # while the line it leaves stays as tall (its first word is large too), on a page the
    # paragraph fills.
    big = '<span style="font-size: 40px">{}</span>'
    first, *middle, given = ABOVE.split()
    above = " ".join([big.format(first), *middle, big.format(given)])
    measure = width(above) + 4
    paragraph = layout_of(f'<p style="width: {measure:.2f}px">{above} {LAST}</p>')
    [box] = [
        box
        for box in _descendants(paragraph("").pages[0]._page_box)
        if isinstance(box, boxes.BlockBox) and box.element_tag == "p"
    ]
    page = f"@page {{ size: 800px {float(box.height) + 41:.2f}px; }}"  # 20 px margins

    def layout(css: str) -> Document:
        return paragraph(page + css)

    before = layout("")
    unbounded = unstrand(paragraph(""), paragraph)  # on a page with room to spare: given down
    assert unbounded.fixed == (LAST,)
    assert (len(before.pages), len(layout(unbounded.css).pages)) == (1, 2)

    done = unstrand(before, layout)

    assert done.document is before and done.css == ""
    assert (done.fixed, done.left) == ((), (LAST,))


def test_a_paragraph_in_a_float_as_wide_as_its_text_is_left_as_the_theme_set_it(
    layout_of: Callable[[str], Layout], width: Callable[[str], float]
) -> None:
    # A narrower paragraph would narrow the float, and what follows would come up beside it.
    last = "everywhere."
    measure = width(ABOVE) + 40
    body = (
        f'<div style="width: {measure:.2f}px"><div style="float: left">'
        f"<p>{ABOVE} {last}</p></div><p>I.</p></div>"
    )
    layout = layout_of(body)
    before = layout("")
    assert lines(before) == [ABOVE, last, "I."]

    done = unstrand(before, layout)

    assert done.document is before and done.passes == 0
