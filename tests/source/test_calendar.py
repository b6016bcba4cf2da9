"""The month words sources are read with: every name and abbreviation in each language we have
labels for, without its dot, to the month's number."""

from __future__ import annotations

import pytest

from resume.source.calendar import MONTHS, month_words


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("jan", 1),
        ("january", 1),
        ("jän", 1),  # Austrian German
        ("feb", 2),
        ("märz", 3),
        ("mai", 5),
        ("juli", 7),
        ("sept", 9),
        ("september", 9),
        ("okt", 10),
        ("déc", 12),
        ("dezember", 12),
        ("février", 2),
        ("août", 8),
    ],
)
def test_each_language_names_its_months(word: str, month: int) -> None:
    assert month_words()[word] == month


def test_the_words_are_lower_case_without_the_abbreviations_dot() -> None:
    words = month_words()
    assert all(word == word.lower() and not word.endswith(".") for word in words)
    assert "jan." not in words and "Jan" not in words
    assert not any(word.endswith("月") for word in words)  # Chinese months are numbers


def test_every_language_has_twelve_months() -> None:
    assert {language: len(names) for language, names in MONTHS.items()} == {
        "en": 12,
        "de": 12,
        "fr": 12,
        "zh": 12,
    }
