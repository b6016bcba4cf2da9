"""Word-level differences read as a person reads a change: whole words, kept text apart, and a
lone space between two changes folded into them."""

from __future__ import annotations

from resume.diff.words import Segment, word_diff


def test_one_changed_word_is_marked_alone() -> None:
    assert word_diff("Led a team of 5.", "Led a team of 7.") == [
        Segment("equal", "Led a team of "),
        Segment("delete", "5"),
        Segment("insert", "7"),
        Segment("equal", "."),
    ]


def test_a_space_between_two_changes_joins_them() -> None:
    assert word_diff("Python expert", "Rust beginner") == [
        Segment("delete", "Python expert"),
        Segment("insert", "Rust beginner"),
    ]


def test_words_are_never_split() -> None:
    assert word_diff("tested", "testing") == [
        Segment("delete", "tested"),
        Segment("insert", "testing"),
    ]


def test_the_same_text_is_one_kept_run() -> None:
    assert word_diff("Same words.", "Same words.") == [Segment("equal", "Same words.")]
    assert word_diff("", "New.") == [Segment("insert", "New.")]
