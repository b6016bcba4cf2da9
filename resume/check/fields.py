"""Does a reader find each field on its own? An entry's title, organisation, dates and location
apart, a bullet before each highlight, and no two words glued into one.

What the page should show comes from the HTML it was made from: the base macros mark an
entry's runs with data-field and each bullet point with data-role="highlight"."""

from __future__ import annotations

import bisect
import html.parser
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from resume.check.extractors import Extracted

BULLET = "•"
_MAX_GAP = 12  # characters between two fields of one entry: a separator, never other words
# A leader between two fields (base.css: the dots that join an entry's title to its dates, read
# as text by every reader), with the spaces a reader may put among its dots.
_LEADER = r"(?:\s*\.){3,}\s*"


@dataclass
class PageFacts:
    """What the page shows, field by field: each entry's fields in order, and each highlight."""

    entries: list[dict[str, str]] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)


class _Fields(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.facts = PageFacts()
        self.open: list[tuple[str, int]] = []  # (what is collected, depth at which it closes)
        self.buffers: dict[str, list[str]] = {}
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += 1
        values = dict(attrs)
        if values.get("data-role") == "entry":
            self.facts.entries.append({})
        name = values.get("data-field")
        if values.get("data-role") == "highlight":
            name = "highlight"
        if name and (name == "highlight" or self.facts.entries):
            self.open.append((name, self.depth))
            self.buffers[name] = []

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open[-1][1] == self.depth:
            name, _ = self.open.pop()
            text = clean("".join(self.buffers.pop(name)))
            if name == "highlight":
                self.facts.highlights.append(text)
            elif text:
                self.facts.entries[-1][name] = text
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        for name, _ in self.open:
            self.buffers[name].append(data)


def page_facts(page_html: str) -> PageFacts:
    parser = _Fields()
    parser.feed(page_html)
    return parser.facts


def clean(text: str) -> str:
    """Text as extractors give it: compatibility forms folded (ligatures), spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def glued_words(expected: Sequence[str], found: Sequence[str]) -> list[str]:
    """Tokens of `found` that are two or three neighbouring words of `expected` run together."""
    known = set(expected)
    joined = {a + b for a, b in itertools.pairwise(expected)}
    joined |= {a + b + c for a, b, c in zip(expected, expected[1:], expected[2:], strict=False)}
    return list(dict.fromkeys(word for word in found if word not in known and word in joined))


def field_problems(facts: PageFacts, extracted: Extracted) -> list[str]:
    """Each entry's fields apart (pdf.js: in items of their own; the others: with whitespace
    between them), and a bullet before each highlight."""
    text, starts = clean(extracted.text), list[int]()
    if extracted.items:
        text, starts = _joined_items(extracted.items)
    problems: list[str] = []
    for entry in facts.entries:
        present = list(entry.items())  # in the page's order: a theme arranges them
        for (first, a), (second, b) in itertools.pairwise(present):
            trouble = _apart(text, a, b, _mode(extracted, second), starts)
            if trouble:
                problems.append(f"{first} “{a}” and {second} “{b}”: {trouble}")
    problems += [
        f"no {BULLET} before the highlight “{_start(highlight)}…”"
        for highlight in facts.highlights
        if not _bulleted(text, highlight)
    ]
    return problems


def _joined_items(items: Sequence[str]) -> tuple[str, list[int]]:
    """pdf.js's items run together, and where each one starts."""
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for item in items:
        piece = clean(item)
        starts.append(offset)
        parts.append(piece)
        offset += len(piece)
    return "".join(parts), starts


def _mode(extracted: Extracted, second: str) -> str:
    """How two fields must be apart: with whitespace between them, except in pdf.js, where
    they must be items of their own, the runs a parser built on pdf.js starts from. pdf.js
    keeps a run in one font as one item, so the location may share the dates' item."""
    if not extracted.items:
        return "whitespace"
    return "found" if second == "location" else "items"


def _apart(text: str, a: str, b: str, mode: str, starts: list[int]) -> str:
    """Why `a` and the `b` after it are not read apart in `text`; empty when they are."""
    # A field may wrap; pdf.js's items lose the line break's space, so a space may be missing.
    pattern = _loose(a) + rf"((?:\W{{0,{_MAX_GAP}}}?|{_LEADER}))" + _loose(b)
    found = re.search(pattern, text)
    if found is None:
        return "not found one after the other"
    if mode == "whitespace":
        return "" if re.search(r"\s", found.group(1)) else "no whitespace between them"
    if mode == "items":
        end_of_a, start_of_b = found.start(1) - 1, found.end(1)
        if bisect.bisect_right(starts, end_of_a) == bisect.bisect_right(starts, start_of_b):
            return "in one pdf.js text item"
    return ""


def _start(highlight: str) -> str:
    return " ".join(highlight.split()[:6])


def _bulleted(text: str, highlight: str) -> bool:
    return any(
        text[: found.start()].rstrip().endswith(BULLET)
        for found in re.finditer(_loose(_start(highlight)), text)
    )


def _loose(words: str) -> str:
    """`words` as a pattern that lets a line break between them, or after a hyphen inside one
    (a compound broken at its hyphen at a line's end: "on-" / "call", which pdftotext joins
    into "oncall")."""
    return r"\s*".join(re.escape(word).replace(r"\-", r"-?\s*") for word in words.split())
