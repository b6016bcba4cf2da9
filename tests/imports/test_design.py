"""Another tool's look as our design: what our design takes is kept, what it cannot take is a
note that says why, at the line of the tool's design."""

from __future__ import annotations

from pathlib import Path

from resume.imports.base import Imported
from resume.imports.design import checked_design


def test_what_our_design_takes_is_kept_the_rest_noted_with_why() -> None:
    imported = Imported(Path("cv.yaml"), "RenderCV YAML")
    wanted = {"accent": "#004f90", "size": 30, "leading": 1.2, "present": "", "margins": None}
    assert checked_design(wanted, imported, 7) == {"accent": "#004f90", "leading": 1.2}
    assert [str(note) for note in imported.notes] == [
        "cv.yaml:7: warning: design: size 30 not kept: 30 pt is not a body size: 9 pt (the"
        " smallest readable) to 14 pt"
    ]


def test_a_font_outside_our_package_is_noted_not_guessed() -> None:
    imported = Imported(Path("cv.yaml"), "RenderCV YAML")
    assert checked_design({"bodyFont": "Comic Sans", "headingFont": "Lato"}, imported, None) == {
        "headingFont": "Lato"
    }
    assert imported.notes[0].message.startswith(
        "design: bodyFont 'Comic Sans' not kept: font 'Comic Sans' is not in the font package"
    )
