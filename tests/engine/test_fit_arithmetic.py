"""Fitting and condensing on synthetic layouts: small pages of known geometry, laid out by
WeasyPrint in milliseconds, so the arithmetic is checked without rendering a résumé."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from resume.engine.native import load_weasyprint

load_weasyprint()

from weasyprint import CSS, HTML  # noqa: E402
from weasyprint.document import Document  # noqa: E402

from resume.engine import boxes  # noqa: E402
from resume.engine.condense import measured  # noqa: E402
from resume.engine.fetcher import ConfinedFetcher  # noqa: E402
from resume.engine.fit import (  # noqa: E402
    BODY_FLOOR,
    LEADING_FLOOR,
    MARGIN_FLOOR,
    PX_PER_PT,
    Measure,
    Overflow,
    ThemeMeasures,
    Trial,
    Typeset,
    fit_to_pages,
    interpolate,
    longest_entries,
    measure,
    read_measures,
)
from resume.engine.pdf import PdfRenderer  # noqa: E402
from resume.engine.predict import Probe, predictor_for, wrapped  # noqa: E402

HERE = Path(__file__).parent

# A page 3.2 in tall with 0.6 in margins: 2 in of room. Lines are 10 pt x 1.5 = 20 px high.
PAGE = """
@page {{ size: 4.2in 3.2in; margin: 0.6in; }}
:root, body {{ --size: 10pt; --leading: 1.5; --gap: 0.5em; }}
body {{ margin: 0; font-size: var(--size); line-height: var(--leading); font-family: serif; }}
p {{ margin: 0 0 var(--gap); }}
{extra}
"""


def layout_of(lines: int, extra: str = "") -> Document:
    body = "".join(f"<p>line {n}</p>" for n in range(lines))
    return HTML(string=f"<body>{body}</body>").render(
        stylesheets=[CSS(string=PAGE.format(extra=extra))]
    )


def synthetic(body: str, css: str = PAGE) -> tuple[Typeset, Probe]:
    """`body` on the synthetic page, through the renderer a résumé goes through: one parsed HTML
    laid out, or only styled, with fitting's extra CSS."""
    renderer = PdfRenderer(css.format(extra=""), HERE, ConfinedFetcher([HERE]), lambda html: "")
    html = f"<body>{body}</body>"
    return functools.partial(renderer.layout, html), functools.partial(renderer.styles, html)


def lines_of(count: int) -> str:
    return "".join(f"<p>line {n}</p>" for n in range(count))


MEASURES = ThemeMeasures(size=10 * PX_PER_PT, leading=1.5, gap=(0.5, "em"), margins=(72.0,) * 4)


def test_the_design_is_read_from_the_theme_variables_and_the_page() -> None:
    measures = read_measures(layout_of(1))
    assert measures.size == pytest.approx(10 * PX_PER_PT)
    assert measures.leading == 1.5
    assert measures.gap == (0.5, "em")
    assert measures.margins == pytest.approx((57.6,) * 4)  # 0.6 in at 96 px per inch
    assert [stage for stage, _ in measures.ends()] == ["spacing", "margins", "type"]


@pytest.mark.parametrize(("meta", "floor_pt"), [(0.9, 9.5), (0.84, 8 / 0.84), (0.8, 10.0)])
def test_type_shrinks_no_further_than_keeps_the_smallest_text_at_8_pt(
    meta: float, floor_pt: float
) -> None:
    """Dates set at `meta` of the 10 pt body: the body stops at 9.5 pt, or higher where that
    would take the dates under 8 pt, and never above the measures's own 10 pt."""
    small = f"<p>a line of body text <span style='font-size: {meta}em'>2020 – 2024</span></p>"
    measures = read_measures(synthetic(small)[0](""))
    assert measures.size_floor() == pytest.approx(floor_pt * PX_PER_PT)
    assert measures.values(3.0)["size"] == pytest.approx(floor_pt * PX_PER_PT)
    assert ("type" in dict(measures.ends())) == (floor_pt < 10.0)


def test_each_stage_tightens_its_own_knob_down_to_its_floor() -> None:
    assert MEASURES.values(0.0)["leading"] == 1.5
    at_spacing_floor = MEASURES.values(1.0)
    assert at_spacing_floor["leading"] == pytest.approx(LEADING_FLOOR)
    assert at_spacing_floor["gap"] == (pytest.approx(0.2), "em")  # 40 % of the measures's gap
    assert at_spacing_floor["margins"] == [72.0] * 4  # margins wait for their stage
    at_margin_floor = MEASURES.values(2.0)
    assert at_margin_floor["margins"] == [pytest.approx(MARGIN_FLOOR)] * 4
    assert at_margin_floor["size"] == pytest.approx(10 * PX_PER_PT)  # type waits for its stage
    assert MEASURES.values(3.0)["size"] == pytest.approx(BODY_FLOOR)
    assert MEASURES.values(9.0) == MEASURES.values(3.0)  # never past the floors
    halfway = MEASURES.values(2.5)["size"]
    assert halfway == pytest.approx((10 * PX_PER_PT + BODY_FLOOR) / 2)
    assert MEASURES.css(0.0) == ""
    assert "--leading: 1.1500 !important" in MEASURES.css(1.0)
    assert "0.75 in" not in MEASURES.describe(2.0) and "margins 0.50 in" in MEASURES.describe(2.0)


def test_measure_counts_the_overflow_beyond_the_last_page_allowed() -> None:
    # Each paragraph takes a 20 px line and a 0.5em (≈ 6.67 px) gap; 2 in of room is 192 px.
    fits = measure(layout_of(5), 1)
    assert fits.pages == 1 and fits.overflow < 0
    over = measure(layout_of(12), 1)
    assert over.pages == 2 and over.overflow > 0
    assert measure(layout_of(12), 2).overflow < 0


def test_interpolation_lands_between_the_trials_and_never_at_an_end() -> None:
    low = Trial(0.0, None, Measure(2, 100.0))
    high = Trial(1.0, None, Measure(1, -100.0))
    assert interpolate(low, high, target=0.0) == pytest.approx(0.5)
    assert interpolate(low, high, target=-100.0) == pytest.approx(0.95)  # clamped: must learn
    assert interpolate(low, high, target=200.0) == pytest.approx(0.05)
    flat = Trial(1.0, None, Measure(2, 100.0))
    assert interpolate(low, flat, target=0.0) == pytest.approx(0.5)


@pytest.mark.parametrize(("lines", "most_passes"), [(6, 1), (8, 2), (10, 2), (11, 2)])
def test_content_a_little_too_long_fits_in_two_passes(lines: int, most_passes: int) -> None:
    fitted = fit_to_pages(*synthetic(lines_of(lines)))
    assert len(fitted.document.pages) == 1
    assert fitted.passes <= most_passes
    assert (fitted.tightness == 0) == (lines == 6)
    # Fitting stops when less than a line of room is left, not at the floor.
    assert measure(fitted.document, 1).overflow > -20.0 or fitted.tightness == 0


def test_a_page_with_room_to_spare_gives_it_to_the_gaps_not_to_the_bottom() -> None:
    """Three lines on a page of eight (2 in, lines of 20 px, gaps of 5 pt): the gaps widen, to
    twice the measures's at most, and the type and margins stay as designed."""
    fitted = fit_to_pages(*synthetic(lines_of(3)))
    assert len(fitted.document.pages) == 1 and fitted.tightness == -1.0  # the widest still fits
    assert "--gap: 1.0000em" in fitted.css and "--size: 13.3333px" in fitted.css
    assert "spread between entries (gaps × 2.00)" in fitted.setting
    six = fit_to_pages(*synthetic(lines_of(6)))  # under two lines to spare: as designed
    assert six.tightness == 0 and six.css == ""


def test_content_beyond_the_floors_overflows_and_says_by_how_much() -> None:
    with pytest.raises(Overflow) as raised:
        fit_to_pages(*synthetic(lines_of(40)))
    overflow = raised.value
    assert overflow.trial.tightness == 3.0  # every stage was taken to its floor
    assert overflow.trial.measure.overflow > 0
    assert "does not fit on one page" in str(overflow) and "--pages 2" in str(overflow)
    assert overflow.passes == 2  # the measures, and the floor the model said would not do


# Prose that rewraps as the margins widen and the type shrinks, and a row of two boxes side by
# side (a title and its dates) of which only the taller sets the height.
PROSE = " ".join(f"word{n % 7}" + "x" * (n % 5) for n in range(40))
ROWS = "".join(
    f'<div style="display: flex; justify-content: space-between; margin-bottom: var(--gap)">'
    f"<span>Role {n}, a title that is long enough</span><span>2020 – 2024</span></div>"
    for n in range(3)
)
MIXED = f"<h2 style='font-size: 1.4em; margin: 0 0 var(--gap)'>Work</h2>{ROWS}<p>{PROSE}</p>"


def test_the_model_predicts_the_overflow_of_layouts_it_never_made() -> None:
    layout, probe = synthetic(MIXED)
    first = layout("")
    measures = read_measures(first)
    model = predictor_for(first, measures, 1, measure(first, 1).overflow, probe)
    assert model.overflow(0.0) == pytest.approx(measure(first, 1).overflow)
    # The heading, three rows (the taller box of each), the prose split over two pages.
    assert [len(p.heights) for p in model.shape.paragraphs] == [1, 2, 2, 2, 8, 2]
    for tightness in (0.5, 1.0, 1.5):  # spacing, then margins: within a few px
        actual = measure(layout(measures.css(tightness)), 1).overflow
        assert model.overflow(tightness) == pytest.approx(actual, abs=5.0), tightness
    # Learning from a layout shifts the model onto what it measured there.
    model.learn(2.0, model.overflow(2.0) + 7.0)
    assert model.correction == pytest.approx(7.0)


@pytest.mark.parametrize("body", [MIXED, ROWS + f"<p>{PROSE}</p>" + lines_of(2)])
def test_rewrapping_content_fits_in_two_or_three_passes(body: str) -> None:
    """Where a row's title rewraps onto one line the overflow jumps by a line: the second
    layout can land past the jump, and one more gives back what it does not need."""
    fitted = fit_to_pages(*synthetic(body))
    assert len(fitted.document.pages) == 1 and fitted.passes <= 3
    assert measure(fitted.document, 1).overflow > -2 * 20.0


def test_greedy_wrapping_counts_lines_as_a_typesetter_would() -> None:
    words = [(30.0, 5.0, 1), (30.0, 5.0, 1), (30.0, 0.0, 1)]  # three words of 30 px
    assert wrapped(words, {}, 100.0) == 1  # 30 + 5 + 30 + 5 + 30 = 100: the last space hangs
    assert wrapped(words, {}, 99.0) == 2
    assert wrapped(words, {1: 0.5}, 50.0) == 1  # type at half the size: 15 + 2.5 + ... = 50
    assert wrapped(words, {1: 0.5}, 40.0) == 2
    assert wrapped(words, {}, 10.0) == 3  # a word wider than the measure takes a line of its own


ROLES = """
<body>
<section data-role="section" data-section="work">
  <h2>Work</h2>
  <article data-role="entry"><h3 data-role="entry-title">First role</h3>
    <ul><li data-role="highlight">a</li><li data-role="highlight">b</li></ul></article>
  <article data-role="entry"><h3 data-role="entry-title">Second role</h3>
    <ul><li data-role="highlight">c</li><li data-role="highlight">d</li>
        <li data-role="highlight">e</li></ul></article>
</section>
<section data-role="section" data-section="languages"><h2>Languages</h2><p>x</p></section>
</body>"""
FIXED = """
@page { size: 4in 20in; margin: 0; }
body { margin: 0; font-size: 10px; line-height: 10px; }
h2, h3, p { margin: 0; height: 10px; } ul { margin: 0; padding: 0; list-style: none; }
li { height: 15px; margin: 0 0 5px; }
"""


def test_the_box_walker_reads_roles_not_class_names() -> None:
    document = HTML(string=ROLES).render(stylesheets=[CSS(string=FIXED)])
    parts = list(boxes.parts(document))
    assert [p.role for p in parts].count("highlight") == 5
    assert {p.section for p in parts} == {"work", "languages"}
    heights = measured(document)
    assert heights.highlights["work"] == [[20.0, 20.0], [20.0, 20.0, 20.0]]  # 15 px + 5 px margin
    # A 10 px title and its bullet points; the last one's margin collapses out of the entry.
    assert heights.entries["work"] == [45.0, 65.0]
    assert heights.sections == {"work": 10.0 + 45.0 + 65.0 + 5.0, "languages": 20.0}
    assert longest_entries(document) == [("Second role", 4), ("First role", 3)]


def test_condensing_steps_free_what_the_layout_measured() -> None:
    """On the synthetic page above: the only highlight beyond the 2nd is 20 px, the languages
    section 20 px; two roles are fewer than a section keeps, so a role goes only as the last
    resort, after the sections: the older one, 45 px."""
    from resume.engine.condense import Cut, next_steps
    from resume.source.json_resume_format import JSON_RESUME
    from resume.source.parsed import Source
    from resume.source.validate import validate

    work = [
        {"name": "A", "position": "First role", "highlights": ["a", "b"]},
        {"name": "B", "position": "Second role", "highlights": ["c", "d", "e"]},
    ]
    data = {"basics": {"name": "Ada"}, "work": work, "languages": [{"language": "x"}]}
    resume, _ = validate(Source(Path("t.json"), data, JSON_RESUME))
    document = HTML(string=ROLES).render(stylesheets=[CSS(string=FIXED)])
    cut = Cut()
    steps = list(next_steps(resume, cut, document))
    assert [gain for _, gain in steps] == [20.0, 20.0, 45.0]
    *before_the_last_resort, last_resort = steps
    for step, _ in before_the_last_resort:
        step(cut)
    assert (cut.max_highlights, cut.max_entries, cut.dropped) == (2, {}, ["languages"])
    shorter = cut.apply(resume)
    assert [len(w.highlights) for w in shorter.work] == [2, 2]
    assert shorter.render.sections.resume == ["work"]  # the résumé shows no languages now
    assert "highlights beyond the 2nd and the languages section" in cut.describe(resume, 1)
    last_resort[0](cut)
    assert cut.max_entries == {"work": 1}


def test_type_shrinks_no_further_than_keeps_most_of_the_text_at_9_5_pt() -> None:
    """Most of the text (jake's bullets) at 0.95 of the 10 pt `--size`: the size stops where
    that text is 9.5 pt (at 10 pt), not at 9.5 pt, where it would be 9 pt."""
    bullets = "".join(
        f"<li style='font-size: 0.95em'>bullet point number {n}</li>" for n in range(9)
    )
    measures = read_measures(synthetic(f"<p>A title</p><ul>{bullets}</ul>")[0](""))
    assert measures.size_floor() == pytest.approx(10 * PX_PER_PT)
