"""What the targets share: the names of the files they make, and how a fit is told."""

from __future__ import annotations

import pytest

from resume.outputs.target import Fit, output_name


@pytest.mark.parametrize(
    ("name", "kind", "variant", "suffix", "file"),
    [
        ("Aaron Wu", "Resume", None, ".pdf", "Aaron_Wu_Resume.pdf"),
        ("Aaron Wu", "Resume", "backend", ".pdf", "Aaron_Wu_Resume-backend.pdf"),
        ("Aaron Wu", "Portfolio", None, ".pdf", "Aaron_Wu_Portfolio.pdf"),
        ("Aaron  Wu", "Resume", None, ".docx", "Aaron_Wu_Resume.docx"),
        ("Zoë O'Neil", "Resume", None, ".pdf", "Zoë_O'Neil_Resume.pdf"),
        ("AC/DC: Live? <2024>", "Resume", None, ".pdf", "AC_DC_Live_2024_Resume.pdf"),
        ("../../etc/passwd", "Resume", None, ".pdf", ".._.._etc_passwd_Resume.pdf"),
    ],
)
def test_the_file_is_named_after_the_person_and_nothing_a_path_dislikes(
    name: str, kind: str, variant: str | None, suffix: str, file: str
) -> None:
    assert output_name(name, kind, variant, suffix) == file


def test_a_fit_says_what_was_tightened_unless_nothing_was() -> None:
    assert str(Fit("", passes=1, tightness=0.0)) == "as designed"
    tightened = Fit("9.4 pt type, leading 1.20", passes=3, tightness=0.4)
    assert str(tightened) == "9.4 pt type, leading 1.20, 3 layout passes"
    assert not Fit("10 pt type", passes=2, tightness=0.0).as_designed  # laid out twice
