"""Words as a reader of a PDF sees them: case, ligatures, punctuation and a compound broken at
its hyphen folded away, each CJK character a word; how much of the expected text is found in
order; and where the text first departs from it, told to a person."""

from __future__ import annotations

from resume.check.words import body_text, first_difference, in_order_share, words_of


def test_words_are_folded_as_extractors_differ() -> None:
    assert words_of("Fail-\nOpen ﬁxes, THE Café!") == ["failopen", "fixes", "the", "café"]
    assert words_of("ＰＤＦ／Ａ") == ["pdf", "a"]  # full-width letters, as some fonts map them
    assert words_of("東京大学, 2019") == ["東", "京", "大", "学", "2019"]
    assert words_of("서울 Seoul") == ["서", "울", "seoul"]


def test_the_share_counts_words_found_in_the_same_order() -> None:
    expected = ["led", "a", "team", "of", "five"]
    assert in_order_share(expected, expected) == 1.0
    assert in_order_share(expected, ["team", "led", "a", "of", "five"]) == 0.8
    assert in_order_share(expected, ["extra", "led", "a", "team", "of", "five", "words"]) == 1.0
    assert in_order_share(expected, []) == 0.0
    assert in_order_share([], ["anything"]) == 1.0


def test_the_first_difference_is_shown_with_its_neighbours() -> None:
    expected = words_of("Aaron Wu led a team of five engineers at Acme")
    found = words_of("Aaron Wu led a team of fve engineers at Acme")
    assert first_difference(expected, found) == (
        ", first at “team of five engineers at”, which the text has as “team of fve engineers at”"
    )
    assert first_difference(expected, expected) == ""


def test_the_body_text_is_what_a_reader_sees_of_the_html() -> None:
    page = (
        "<html><head><title>Aaron Wu</title><style>p{}</style></head>"
        "<body><h1>Aaron Wu</h1><p>Fa<b>st</b> and<br>safe</p><script>x()</script></body></html>"
    )
    assert words_of(body_text(page)) == ["aaron", "wu", "fast", "and", "safe"]
