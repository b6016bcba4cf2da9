"""A job posting as plain text, and how prominent each of its lines is.

A posting comes as text, Markdown or HTML. What it asks for most is in its title and its
"Requirements"; what it would merely like is under "Nice to have"; "About us" and "Benefits"
ask for nothing. Each line gets a factor from the heading it sits under and its own words.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from resume.errors import UserError

MAX_POSTING_BYTES = 500_000  # a long posting is 10 kB

REQUIRED = 1.0
PLAIN = 0.8
OPTIONAL = 0.4
ASIDE = 0.15  # about the company, benefits: not asked of the candidate
TITLE_BOOST = 1.5

_OPTIONAL = re.compile(
    r"nice[ -]to[ -]have|bonus|preferred|a plus|good to have|desirable|extra credit|ideally",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"require|must|qualifications|what you('ll)? bring|you have|you('ll)? need|looking for|"
    r"who you are|skills|experience",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"about (us|the company|the team)|benefits|perks|what we offer|compensation|salary|"
    r"equal opportunity|who we are|our values|how to apply",
    re.IGNORECASE,
)
_MARKDOWN = re.compile(r"\*\*|__|`|!?\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Posting:
    text: str
    starts: list[int]  # offset where each line starts
    factors: list[float]  # the prominence of each line

    def factor_at(self, offset: int) -> float:
        return self.factors[bisect.bisect_right(self.starts, offset) - 1]


def read_posting(path: Path) -> Posting:
    """The posting in `path` (`-`: standard input), as text with the prominence of its lines."""
    if str(path) == "-":
        raw = sys.stdin.read(MAX_POSTING_BYTES + 1)  # enough to know it is too long
    else:
        try:
            if path.stat().st_size > MAX_POSTING_BYTES:
                raise UserError(f"{path}: more than {MAX_POSTING_BYTES:,} bytes; is it a posting?")
            raw = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise UserError(f"{path}: cannot read the posting ({error.strerror})") from None
    if len(raw) > MAX_POSTING_BYTES:
        raise UserError(f"{path}: more than {MAX_POSTING_BYTES:,} characters; is it a posting?")
    if path.suffix.lower() in {".html", ".htm"} or re.match(
        r"\s*<(!doctype|html|[a-z]+[ >])", raw, re.I
    ):
        raw = html_to_text(raw)
    return parse_posting(raw)


def parse_posting(raw: str) -> Posting:
    text = unicodedata.normalize("NFKC", raw).replace("\u2019", "'").replace("\r\n", "\n")
    text = _MARKDOWN.sub(lambda m: m.group(1) or "", text)
    starts, factors = [], []
    offset, section = 0, PLAIN
    title_done = False
    for line in text.split("\n"):
        words = line.strip()
        if words and is_heading(words):
            section = heading_factor(words, section)
        factor = line_factor(words, section)
        if words and not title_done:
            factor, title_done = max(factor, REQUIRED) * TITLE_BOOST, True
        starts.append(offset)
        factors.append(factor)
        offset += len(line) + 1
    return Posting(text, starts, factors)


def is_heading(line: str) -> bool:
    if line.startswith("#"):
        return True
    bare = line.rstrip(":").strip()
    short = len(bare.split()) <= 7 and not bare.endswith((".", ","))
    return short and (line.endswith(":") or not line.startswith(("-", "*", "•")))


def heading_factor(line: str, current: float) -> float:
    if _ASIDE.search(line):
        return ASIDE
    if _OPTIONAL.search(line):
        return OPTIONAL
    if _REQUIRED.search(line) or re.search(r"responsibilit|what you('ll)? do", line, re.I):
        return REQUIRED
    return PLAIN if line.startswith("#") or line.endswith(":") else current


def line_factor(line: str, section: float) -> float:
    """A line's own words can make what it names optional: "Terraform is a plus"."""
    if section > OPTIONAL and _OPTIONAL.search(line):
        return OPTIONAL
    return section


class _TextOf(HTMLParser):
    """HTML to text: blocks on lines of their own, headings marked `#`, list items `-`."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "template"}:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
            if tag[0] == "h" and tag[1:].isdigit():
                self.parts.append("# ")
            elif tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "template"}:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
