"""The portfolio as GitHub-flavoured Markdown: parsed the way GitHub would, with markdown-it."""

from __future__ import annotations

import itertools

from markdown_it import MarkdownIt
from markdown_it.token import Token

from resume.content.view import Item
from resume.outputs.markdown import escape, item_markdown, to_markdown
from tests.outputs.conftest import AllOutputs


def tokens(all_outputs: AllOutputs) -> list[Token]:
    text = all_outputs.file("Aaron_Wu_Portfolio.md").read_text(encoding="utf-8")
    return MarkdownIt("gfm-like", {"linkify": False}).parse(text)


def headings(found: list[Token]) -> list[tuple[int, str]]:
    return [
        (int(token.tag[1]), found[index + 1].content)
        for index, token in enumerate(found)
        if token.type == "heading_open"
    ]


def test_the_name_is_the_only_top_heading_and_sections_are_second(all_outputs: AllOutputs) -> None:
    found = headings(tokens(all_outputs))
    assert [text for level, text in found if level == 1] == ["Aaron Wu"]
    assert found[0] == (1, "Aaron Wu")
    sections = [text for level, text in found if level == 2]
    assert sections[:3] == ["About", "Experience", "Projects"]
    assert "Reading" in sections
    levels = [level for level, _ in found]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))  # no skipped level


def test_entries_links_and_the_reading_list_are_kept(all_outputs: AllOutputs) -> None:
    found = tokens(all_outputs)
    entries = [text for level, text in headings(found) if level == 3]
    assert any(text.startswith("Designing Data-Intensive Applications") for text in entries)
    assert any("AMD" in text for text in entries)
    rendered = MarkdownIt("gfm-like", {"linkify": False}).render(
        all_outputs.file("Aaron_Wu_Portfolio.md").read_text(encoding="utf-8")
    )
    assert "<strong>Backend &amp; Systems Languages</strong>: Go, Python, Lua" in rendered


def test_an_entry_links_its_title() -> None:
    item = Item(title="Gateway [v2]", subtitle="Go", url="https://example.org/a b", dates="2024")
    assert item_markdown(item).splitlines()[0] == (
        r"### [Gateway \[v2\]](https://example.org/a%20b), Go"
    )


def test_no_raw_html_reaches_github(all_outputs: AllOutputs) -> None:
    def walk(found: list[Token]) -> list[Token]:
        return [t for token in found for t in [token, *walk(token.children or [])]]

    kinds = {token.type for token in walk(tokens(all_outputs))}
    assert not kinds & {"html_block", "html_inline"}


def test_html_in_the_source_stays_text() -> None:
    assert to_markdown("<p>a &lt;script&gt; tag, *stars* and [brackets]</p>") == (
        r"a \<script\> tag, \*stars\* and \[brackets\]"
    )
    assert to_markdown('<p><a href="https://x.org">x</a> <strong>y</strong></p>') == (
        "[x](https://x.org) **y**"
    )
    assert escape("# not a heading") == r"\# not a heading"
