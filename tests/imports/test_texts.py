"""Free text several importers share: section titles compared folded, lists split outside
parentheses, Markdown links, grade lines, and dates written freely."""

from __future__ import annotations

import pytest

from resume.imports.texts import free_dates, is_grade, link_in, split_list, title_words


def test_a_title_is_compared_folded_with_underscores_as_spaces() -> None:
    assert title_words("  Expérience_Professionnelle ") == "experience professionnelle"


def test_a_list_is_split_outside_parentheses() -> None:
    assert split_list("Python (NumPy, pandas), SQL; Go | Rust.") == [
        "Python (NumPy, pandas)",
        "SQL",
        "Go",
        "Rust",
    ]


def test_the_first_markdown_link_gives_its_address() -> None:
    assert link_in("see [the paper](https://doi.org/10.1/x) and [more](https://y.org)") == (
        "https://doi.org/10.1/x"
    )
    assert link_in("no link here") is None


@pytest.mark.parametrize(
    ("line", "grade"),
    [("GPA: 3.8/4.0", True), ("**CGPA 8.2", True), ("Final grade 110/110", True)],
)
def test_a_grade_line_is_known(line: str, grade: bool) -> None:
    assert is_grade(line) is grade


def test_a_line_that_only_mentions_a_grade_is_none() -> None:
    assert not is_grade("Graded 200 essays as a teaching assistant")


@pytest.mark.parametrize(
    ("written", "dates"),
    [
        ("Mar 2019 - Jun 2020", ("2019-03", "2020-06")),
        ("Summer 2020", ("2020 (Summer)", None)),
        ("(Fall) 2018", ("2018 (Fall)", None)),
        ("2021", ("2021", None)),
        ("in 2019 and 2020", (None, None)),
        ("someday", (None, None)),
    ],
)
def test_dates_written_freely(written: str, dates: tuple[str | None, str | None]) -> None:
    assert free_dates(written) == dates
