"""pdf.js's items read as OpenResume reads them (read-pdf.ts, group-text-items-into-lines.ts):
each rule on items made by hand, the expected text worked out by hand from its source."""

from __future__ import annotations

import math

from resume.check.openresume import TextItem, merged, read_lines, read_text, typical_char_width

SPACE = 2.5  # a space's width in these items, at 10 pt; their characters are 5 pt wide


def item(text: str, x: float, width: float, font: str = "Regular", eol: bool = False) -> TextItem:
    return TextItem(text, x, width, height=0.0 if not text.strip() else 10.0, font=font, eol=eol)


def bold_run(space: str) -> list[TextItem]:
    """'cut from **38 min** today' as pdf.js gives it: the spaces beside the bold run are
    items of their own, `space` their text."""
    return [
        item("cut from", 0, 40),
        item(space, 40, SPACE),
        item("38 min", 42.5, 30, font="Bold"),
        item(space, 72.5, SPACE, font="Bold"),
        item("today", 75, 25, eol=True),
    ]


def test_a_single_space_item_is_kept_and_merged_with_its_neighbours() -> None:
    assert read_lines([bold_run(" ")]) == [["cut from 38 min today"]]


def test_other_whitespace_items_are_dropped_and_the_words_close_by_glued() -> None:
    # 2.5 pt between "from" and "38": less than a character, so merged without a space
    assert read_lines([bold_run("\t")]) == [["cut from38 mintoday"]]
    assert read_lines([bold_run("  ")]) == [["cut from38 mintoday"]]


def test_items_further_apart_than_a_character_stay_fields_read_with_a_space() -> None:
    line = [item("Engineer", 0, 40), item("Acme", 45, 20), item("2021", 70.5, 20, eol=True)]
    # 5 pt from "Engineer" to "Acme": one character, merged; 5.5 pt to "2021": apart
    assert read_lines([line]) == [["EngineerAcme", "2021"]]
    assert read_text([line]) == "EngineerAcme 2021"


def test_a_space_is_put_back_only_after_or_before_a_separator() -> None:
    def joined(left: str, right: str) -> str:
        (one,) = merged([item(left, 0, 5 * len(left)), item(right, 5 * len(left), 5)], 5.0)
        return one.text

    assert joined("GraphRAG", ",") == "GraphRAG,"
    assert joined("GraphRAG,", "AI") == "GraphRAG, AI"
    for after in ("Skills:", "Go.", "2021 |", "Acme|", "•"):
        assert joined(after, "x") == after + " x"
    assert joined("Acme", "|") == "Acme |"
    assert joined("Acme", "•") == "Acme •"
    assert joined("Acme ", "|") == "Acme |"  # a space there already
    assert joined("Go.", " x") == "Go. x"
    assert joined("Go", "x") == "Gox"


def test_a_line_ends_at_each_end_of_line_item_and_at_the_end_of_a_page() -> None:
    first = [item("one", 0, 15), item("two", 15, 15, eol=True), item("three", 0, 25)]
    second = [item("four", 0, 20, eol=True), item(" ", 0, 0, eol=True), item("", 0, 0, eol=True)]
    # "two" ends its line and stays in it; the blank end-of-line items leave empty lines
    assert read_lines([first, second]) == [["onetwo"], ["three"], ["four"], [], []]
    assert read_text([first, second]) == "onetwo\nthree\nfour\n\n"


def test_the_typical_character_is_of_the_commonest_height_and_font() -> None:
    items = [
        TextItem("a", 0, 6, height=10, font="Body"),
        TextItem("b", 0, 6, height=10, font="Body"),
        TextItem("cdefghij", 0, 40, height=10, font="Bold"),
        TextItem("klmnopqrst", 0, 60, height=12, font="Bold"),
        TextItem("uvwxyzabcd", 0, 70, height=12, font="Body"),
        *[TextItem(" ", 0, 3, height=0, font="Body")] * 4,  # not counted
    ]
    # height 10: three items (12 has more characters); Bold: 18 characters (Body has more
    # items); of both, only "cdefghij": 40 pt over 8 characters
    assert typical_char_width(items) == 5.0


def test_without_an_item_of_both_the_commonest_height_and_font_nothing_is_merged() -> None:
    items = [
        TextItem("ab", 0, 10, height=10, font="Body"),
        TextItem("c", 10, 5, height=10, font="Body"),
        TextItem("defgh", 15, 25, height=12, font="Bold"),
    ]
    assert math.isnan(typical_char_width(items))
    assert read_lines([items]) == [["ab", "c", "defgh"]]


def test_of_two_heights_as_common_the_first_to_reach_the_count_is_the_commonest() -> None:
    items = [
        TextItem("ab", 0, 10, height=10, font="Body"),
        TextItem("cd", 0, 12, height=12, font="Body"),
        TextItem("ef", 0, 12, height=12, font="Body"),
        TextItem("gh", 0, 10, height=10, font="Body"),
    ]
    assert typical_char_width(items) == 6.0  # 12 reached two items first: 24 pt, 4 characters
