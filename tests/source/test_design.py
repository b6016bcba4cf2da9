"""render.design, render.breakBefore, render.site.hide in the model: what each accepts, and the
form the outputs get it in. (Each mistake at its line: tests/cases/errors/design.yaml.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resume.errors import UserError
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.parsed import Source
from resume.source.validate import validate
from resume.source.yaml_format import YAML


def render_block(**render: Any) -> Resume:
    resume, warnings = validate(
        Source(Path("t.yaml"), {"basics": {"name": "A"}, "render": render}, YAML)
    )
    assert warnings == []
    return resume


@pytest.mark.parametrize(
    ("written", "css"),
    [
        ("#0a7d32", "#0a7d32"),
        ("#0A7D32", "#0a7d32"),
        ("#07a", "#0077aa"),
        ("#0a7d3280", "#0a7d3280"),
        ("teal", "#008080"),
        ("RebeccaPurple", "#663399"),
        ("rgb(10 125 50)", "#0a7d32"),
        ("rgb(10, 125, 50)", "#0a7d32"),
        ("hsl(120 100% 25%)", "#008000"),
    ],
)
def test_an_accent_is_any_css_colour_and_reaches_the_outputs_as_hex(written: str, css: str) -> None:
    assert render_block(design={"accent": written}).render.design.accent == css


@pytest.mark.parametrize(
    ("accent", "says"),
    [
        ("greenish", "'greenish' is not a colour"),
        ("#12345", "is not a colour"),
        ("red; } body { display: none", "is not a colour"),  # no way out of the declaration
        ("oklch(0.5 0.1 120)", "is not a colour"),  # Word has no way to show it
        ("transparent", "is transparent"),
        (12, "is not a colour"),
    ],
)
def test_what_is_not_a_colour_is_an_error(accent: object, says: str) -> None:
    with pytest.raises(UserError) as error:
        render_block(design={"accent": accent})
    (problem,) = error.value.problems
    assert problem.field == "render.design.accent"
    assert says in problem.message


def test_sizes_margins_and_fonts_are_read_as_the_css_needs_them() -> None:
    design = render_block(
        design={
            "size": "10.5pt",
            "leading": 1.4,
            "margins": "15mm 0.5in 1cm 40pt",
            "bodyFont": "Lato",
        }
    ).render.design
    assert design.size == 10.5
    assert design.margins == ["42.52pt", "36.00pt", "28.35pt", "40.00pt"]
    assert design.body_font == "Lato"
    assert render_block(design={"margins": "0.6in"}).render.design.margins == ["43.20pt"] * 4
    assert render_block(design={"size": 10}).render.design.size == 10.0


@pytest.mark.parametrize(
    ("design", "says"),
    [
        ({"margins": "0.1in"}, "0.25in (6.35mm) to 1.5in"),
        ({"margins": "2in"}, "0.25in (6.35mm) to 1.5in"),
        ({"margins": 0.5}, "should be a length"),
        ({"margins": "0.5"}, "'0.5' is not a length"),
        ({"size": 15}, "9 pt (the smallest readable) to 14 pt"),
        ({"size": "big"}, "should be a size in points"),
        ({"headingFont": "Comic Sans"}, "it has EB Garamond, Fontin,"),
    ],
)
def test_what_a_page_cannot_have_is_an_error(design: dict[str, Any], says: str) -> None:
    with pytest.raises(UserError) as error:
        render_block(design=design)
    assert says in error.value.problems[0].message


def test_no_choice_on_the_site_is_told_from_an_empty_one() -> None:
    assert render_block().render.site.hide is None
    assert render_block(site={"hide": []}).render.site.hide == []
    assert render_block(breakBefore=["skills", "projects"]).render.break_before == [
        "skills",
        "projects",
    ]


def test_an_accent_too_light_for_white_paper_is_warned_of_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "light.yaml"
    path.write_text("basics:\n  name: A\nrender:\n  design:\n    accent: gold\n", encoding="utf-8")
    _, warnings = validate(load_source(path))
    (warning,) = warnings
    assert (warning.field, warning.line, warning.column) == ("render.design.accent", 5, 13)
    assert "#ffd700 is hard to read on white paper (contrast 1.4:1" in warning.message
    for readable in ("#0a7d32", "teal", "#1d4e89", "black"):
        render_block(design={"accent": readable})  # no warning
