"""The two columns of one of our two-column PDFs (the sidebar theme), as the page's HTML has
them and as pdftotext -layout lays them out: for tests/check/test_sidebar.py and the fitting
tests."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf

from resume.check.source import embedded_resume, output_of, recorded_theme
from resume.check.words import body_text, page_html, words_of


@dataclass(frozen=True)
class Columns:
    """The words of a PDF's page, as its HTML has them: the masthead, the side column, the main."""

    head: list[str]
    side: list[str]
    main: list[str]

    @property
    def in_order(self) -> list[str]:
        return [*self.head, *self.side, *self.main]

    @property
    def side_only(self) -> set[str]:
        return set(self.side) - set(self.main) - set(self.head)

    @property
    def main_only(self) -> set[str]:
        return set(self.main) - set(self.side) - set(self.head)


def columns_of(path: Path) -> Columns:
    """The columns of one of our sidebar PDFs, from the source it carries."""
    reader = pypdf.PdfReader(path)
    resume, _ = embedded_resume(reader, path)
    output = output_of(resume, str(dict(reader.metadata or {}).get("/Title", "")))
    page = page_html(resume, output, recorded_theme(reader))
    side = re.search(r'<aside class="side">(.*?)</aside>', page, re.S)
    main = re.search(r'<main class="main">(.*?)</main>', page, re.S)
    head = re.search(r'<header class="masthead">(.*?)</header>', page, re.S)
    assert side and main and head, "the page has no side and main column"
    return Columns(*(words_of(body_text(f"<div>{m.group(1)}</div>")) for m in (head, side, main)))


def layout_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8", "replace")


def mixed_lines(layout: str, columns: Columns) -> list[str]:
    """The lines of `pdftotext -layout` that hold words only the side column has and words only
    the main column has: a line from each column, side by side."""
    return [
        line
        for line in layout.splitlines()
        if set(words_of(line)) & columns.side_only and set(words_of(line)) & columns.main_only
    ]


def column_by_column(layout: str, columns: Columns) -> list[str]:
    """The words of `pdftotext -layout`, page by page: the lines left of the main column (the
    masthead and the side column), then the main column's, which start at its indent."""
    found: list[str] = []
    for page in layout.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        indents = [
            len(line) - len(line.lstrip())
            for line in lines
            if set(words_of(line)) & columns.main_only
        ]
        gutter = min(indents, default=0)
        left = [line for line in lines if len(line) - len(line.lstrip()) < gutter]
        right = [line for line in lines if len(line) - len(line.lstrip()) >= gutter]
        found += words_of("\n".join(left)) + words_of("\n".join(right))
    return found
