"""Words as a reader sees them, and the words one of our outputs shows, from its HTML."""

from __future__ import annotations

import difflib
import html.parser
import re
import unicodedata
from typing import Any

from resume.errors import UserError

_INLINE = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "sub", "sup", "time"}


def first_difference(expected: list[str], found: list[str]) -> str:
    """Where the text first departs from what the source says, to show a person."""
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            want = " ".join(expected[max(a1 - 2, 0) : a2 + 2][:12])
            got = " ".join(found[max(b1 - 2, 0) : b2 + 2][:12])
            return f", first at “{want}”, which the text has as “{got}”"
    return ""


def page_html(resume: Any, output: Any, theme_name: str | None = None) -> str:
    """The HTML our output of `resume` is made from, in `theme_name` (the theme the PDF records)
    or the source's theme (compact when it has none or one this machine lacks): its words, in
    the theme's document order (a side column is a block of its own), and its entries' fields
    are what the PDF shows."""
    from resume.content.view import make_document
    from resume.theme.templating import environment, render_html
    from resume.theme.themes import load_theme

    try:
        theme = load_theme(theme_name or resume.render.theme or "compact")
    except UserError:
        theme = load_theme("compact")
    return render_html(environment(theme), make_document(resume, output))


def expected_words(resume: Any, output: Any, theme_name: str | None = None) -> list[str]:
    """The words the output shows, in document order: its HTML body with the markup taken out."""
    return words_of(body_text(page_html(resume, output, theme_name)))


_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"


def words_of(text: str) -> list[str]:
    """Words as a reader sees them: case, ligatures and punctuation folded away, and hyphenated
    compounds made one word (extractors join a compound broken at its hyphen: Fail-/Open)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?<=\w)[-\u2010\u2011]\s*(?=\w)", "", text)
    # Chinese and Japanese put no spaces between words and may wrap anywhere, and Korean may
    # wrap between any two syllables: each ideograph, kana or Hangul syllable counts as a word,
    # so a line break inside a run of them loses nothing.
    return re.findall(rf"[{_CJK}]|[^\W{_CJK}]+", text)


def in_order_share(expected: list[str], found: list[str]) -> float:
    """The share of `expected` that `found` holds in the same order (longest common subsequence)."""
    if not expected:
        return 1.0
    return lcs_length(expected, found) / len(expected)


def lcs_length(a: list[str], b: list[str]) -> int:
    """Bit-parallel longest common subsequence (Allison and Dix): fast enough for whole pages."""
    masks: dict[str, int] = {}
    for index, word in enumerate(a):
        masks[word] = masks.get(word, 0) | (1 << index)
    full = (1 << len(a)) - 1
    row = full
    for word in b:
        match = row & masks.get(word, 0)
        row = ((row + match) | (row - match)) & full
    return len(a) - bin(row).count("1")


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def body_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)
