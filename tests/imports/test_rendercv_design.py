"""RenderCV's `design` and `locale` as our `render`: the nearest theme (marked as a guess),
the page, the look our design can take, the language and the order of the sections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resume.imports import import_file, source_text
from resume.imports.base import Imported
from resume.imports.reading import Tree
from resume.imports.rendercv_design import render_settings


def _render(data: dict[str, Any]) -> tuple[dict[str, Any], Imported]:
    imported = Imported(Path("cv.yaml"), "RenderCV YAML")
    tree = Tree(Path("cv.yaml"), data, {("design",): 40})
    return render_settings(tree, imported, ["experience", "education"]), imported


def test_the_theme_is_a_guess_said_so_and_one_margin_for_four_alike() -> None:
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


def test_an_unknown_theme_and_a_look_we_cannot_take() -> None:
    render, imported = _render({"design": {"theme": "mytheme", "font_size": "30pt"}})
    assert (render["theme"], render["design"]) == (None, {})
    assert imported.unsure == {}
    [note] = imported.notes
    assert note.line == 40  # the line of `design:`
    assert note.message.startswith("design: size '30pt' not kept: 30 pt is not a body size")


def _imported(tmp_path: Path, text: str) -> Imported:
    path = tmp_path / "cv.yaml"
    path.write_text(text, encoding="utf-8")
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")  # validates, or raises
    return imported


V1 = """\
cv:
  name: Ada Lovelace
design:
  theme: classic
  font: Charter
  font_size: 10pt
  page_size: a4paper
  color: '#004f90'
  margins:
    page:
      top: 2 cm
      bottom: 2 cm
      left: 1.5 cm
      right: 1.5 cm
locale_catalog:
  present: oggi
"""
V2 = """\
cv:
  name: Ada Lovelace
design:
  theme: engineeringresumes
  page:
    size: us-letter
    top_margin: 0.7in
    bottom_margin: 0.7in
    left_margin: 0.7in
    right_margin: 0.7in
  colors:
    name: rgb(0, 79, 144)
    section_titles: '#7a1f1f'
  text:
    font_family: XCharter
    font_size: 11pt
locale:
  language: de
  date_template: MONTH_IN_TWO_DIGITS/YEAR
rendercv_settings:
  date: '2025-01-15'
"""
V24 = """\
cv:
  name: Ada Lovelace
design:
  theme: moderncv
  typography:
    font_family:
      body: Lato
      name: Raleway
    font_size:
      body: 9.5pt
  templates:
    single_date: YEAR
locale:
  language: english
settings:
  current_date: '2025-12-22'
"""


@pytest.mark.parametrize(
    ("text", "render"),
    [
        (
            V1,
            {
                "theme": "classic",
                "pageSize": "a4",
                "design": {
                    "accent": "#004f90",
                    "bodyFont": "XCharter",  # Charter, as our package names it
                    "size": "10pt",
                    "margins": ["2cm", "1.5cm", "2cm", "1.5cm"],
                    "present": "oggi",
                },
            },
        ),
        (
            V2,
            {
                "theme": "jake",
                "pageSize": "letter",
                "locale": "de",
                "design": {
                    "accent": "#7a1f1f",
                    "bodyFont": "XCharter",
                    "size": "11pt",
                    "margins": ["0.7in"],
                    "dateFormat": "MM/YYYY",
                },
            },
        ),
        (
            V24,
            {
                "theme": "modern",
                "locale": "en",
                "design": {
                    "bodyFont": "Lato",
                    "headingFont": "Raleway",
                    "size": "9.5pt",
                    "dateFormat": "YYYY",
                },
            },
        ),
    ],
    ids=["v1", "v2.0-2.3", "v2.4+"],
)
def test_design_and_locale_of_each_era(tmp_path: Path, text: str, render: dict[str, Any]) -> None:
    assert _imported(tmp_path, text).data["render"] == render


def test_a_font_not_in_our_package_is_noted_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text("cv:\n  name: Ada\ndesign:\n  font: Comic Sans\n", encoding="utf-8")
    imported = import_file(path)
    assert "design" not in imported.data.get("render", {})
    assert imported.notes[0].line == 3
    assert imported.notes[0].message.startswith(
        "design: bodyFont 'Comic Sans' not kept: font 'Comic Sans' is not in the font package"
    )
