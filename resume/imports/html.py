"""Rich text from other tools (HTML) as our Markdown: paragraphs and bullet points."""

from __future__ import annotations

import re

from markdownify import markdownify

_BULLET = re.compile(r"^\s*(?:[-*+•▪●◦‣]|\d+[.)])\s+")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def to_markdown(html: str) -> str:
    """`<p>A <strong>b</strong></p><ul><li>c</li></ul>` -> `A **b**\n\n* c`."""
    if not _TAG.search(html):
        return html.strip()
    # markdownify drops scripts and styles with their text by itself; to `strip` a tag is to
    # keep its text, so only pictures (whose alt text is no prose) are stripped
    text = markdownify(html, heading_style="ATX", bullets="*", strip=["img"])
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def split_bullets(markdown: str) -> tuple[str, list[str]]:
    """The prose of a text, one paragraph per line joined by a space, and its bullet points
    (lines that start with a bullet or a number) as highlights."""
    prose: list[str] = []
    bullets: list[str] = []
    for line in markdown.splitlines():
        if _BULLET.match(line):
            bullets.append(_BULLET.sub("", line).strip())
        elif line.strip() and bullets and line.startswith((" ", "\t")):
            bullets[-1] += " " + line.strip()  # a bullet point's second line
        elif line.strip():
            prose.append(line.strip())
    return " ".join(prose), [bullet for bullet in bullets if bullet]
