"""The lines of a page as the eye groups its glyphs: rows by baseline, top to bottom, left to
right; a gap wider than a space is a space, a wide gap on one baseline makes two pieces (a date
flush right, a second column); a piece has no spaces at its ends. Glyphs made here, in points."""

from __future__ import annotations

from resume.check.glyphs import Glyph, lines_of

SIZE = 10.0
WIDTH = 5.0  # each glyph's advance


def word(text: str, left: float, baseline: float, size: float = SIZE) -> list[Glyph]:
    """`text` set from `left` on `baseline`, glyph after glyph; a space is a glyph too."""
    return [
        Glyph(char, left + i * WIDTH, left + (i + 1) * WIDTH, baseline, baseline + size * 0.7,
              baseline - size * 0.2, size, "SourceSans3-Regular", False)
        for i, char in enumerate(text)
    ]  # fmt: skip


def test_rows_go_top_to_bottom_and_left_to_right() -> None:
    glyphs = [*word("second", 72, 680), *word("first", 72, 700), *word("line", 110, 700.5)]
    assert [line.text for line in lines_of(list(reversed(glyphs)))] == ["first line", "second"]


def test_a_wide_gap_makes_two_pieces_and_a_narrow_one_a_space() -> None:
    title, date = word("Engineer", 72, 700), word("2021", 500, 700)
    assert [(line.text, line.left) for line in lines_of([*date, *title])] == [
        ("Engineer", 72),
        ("2021", 500),
    ]
    spaced = [*word("Tech", 72, 700), *word("Lead", 72 + 4 * WIDTH + 3, 700)]  # 3 pt > 0.22 em
    assert [line.text for line in lines_of(spaced)] == ["Tech Lead"]
    tight = [*word("Tech", 72, 700), *word("Lead", 72 + 4 * WIDTH + 1, 700)]  # kerning, no space
    assert [line.text for line in lines_of(tight)] == ["TechLead"]


def test_spaces_at_a_pieces_ends_are_not_kept_and_a_piece_of_spaces_is_none() -> None:
    lines = lines_of([*word("  Berlin  ", 72, 700), *word("   ", 72, 650)])
    assert [(line.text, line.left) for line in lines] == [("Berlin", 72 + 2 * WIDTH)]
    assert lines[0].size == SIZE
