"""RenderCV's `design` and `locale` as our `render`: the nearest theme (marked as a guess),
the page, the look our design can take, the language and the order of the sections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from resume.imports.base import Imported
from resume.imports.reading import Tree
from resume.imports.rendercv_design import render_settings


def _render(data: dict[str, Any]) -> tuple[dict[str, Any], Imported]:
    imported = Imported(Path("cv.yaml"), "RenderCV YAML")
    tree = Tree(Path("cv.yaml"), data, {("design",): 40})
    return render_settings(tree, imported, ["experience", "education"]), imported


def test_a_version_1_design_and_locale_catalog() -> None:
    render, imported = _render({
        "design": {
            "theme": "sb2nov",
            "page_size": "a4paper",
            "color": "#004f90",
            "font": "Charter",
            "font_size": "10pt",
            "margins": {"page": {"top": "2 cm", "right": "2 cm", "bottom": "2 cm", "left": "2 cm"}},
        },
        "locale_catalog": {"language": "german", "present": "heute"},
    })  # fmt: skip
    assert render == {
        "theme": "jake",
        "pageSize": "a4",
        "locale": "de",
        "design": {
            "accent": "#004f90",
            "bodyFont": "XCharter",
            "size": "10pt",
            "margins": ["2cm"],
            "present": "heute",
        },
        "sections": {"resume": ["experience", "education"]},
    }
    assert imported.unsure == {("render", "theme"): "ours nearest RenderCV's sb2nov"}
    assert imported.notes == []


def test_a_version_2_design_with_fonts_by_use_and_four_margins() -> None:
    render, _ = _render({
        "design": {
            "theme": "moderncv",
            "page": {"size": "us-letter", "top_margin": "1in", "right_margin": "0.75in",
                     "bottom_margin": "1in", "left_margin": "0.75in"},
            "colors": {"name": "#333333"},
            "typography": {"font_family": {"body": "Lato", "name": "Raleway"},
                           "font_size": {"body": 11}},
            "templates": {"single_date": "YEAR-MONTH_IN_TWO_DIGITS"},
        },
        "locale": {"language": "fr"},
    })  # fmt: skip
    assert (render["theme"], render["pageSize"], render["locale"]) == ("modern", "letter", "fr")
    assert render["design"] == {
        "accent": "#333333",
        "bodyFont": "Lato",
        "headingFont": "Raleway",
        "size": 11,
        "margins": ["1in", "0.75in", "1in", "0.75in"],
        "dateFormat": "YYYY-MM",
    }


def test_an_unknown_theme_and_a_look_we_cannot_take() -> None:
    render, imported = _render({"design": {"theme": "mytheme", "font_size": "30pt"}})
    assert (render["theme"], render["design"]) == (None, {})
    assert imported.unsure == {}
    [note] = imported.notes
    assert note.line == 40  # the line of `design:`
    assert note.message.startswith("design: size '30pt' not kept: 30 pt is not a body size")
