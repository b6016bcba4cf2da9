"""The documentation: the README is a short front door, and every relative link and picture in
it and in docs/ leads to a file that is there. `make docs` (mkdocs --strict) checks the links
between the site's pages; the README lies outside the site, and a picture MkDocs only warns
about when it is missing from the page's folder, so both are checked here too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.rglob("*.md"))]
README_LIMIT = 10_240  # bytes: the front door, not the manual

FENCED = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[(?:[^\]\n]|\][^(])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_REFERENCE = re.compile(r"""\b(?:src|href)=["']([^"']+)["']""")
ELSEWHERE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#)", re.I)  # https:, mailto:, an anchor


def relative_targets(page: Path) -> list[str]:
    """Where the page's links and pictures point, when it is a file of the repository: code
    (fenced or inline) is shown, not followed, and so is left out."""
    text = INLINE_CODE.sub("", FENCED.sub("", page.read_text(encoding="utf-8")))
    targets = LINK.findall(text) + HTML_REFERENCE.findall(text)
    return [target for target in targets if not ELSEWHERE.match(target)]


def test_the_pages_link_to_something() -> None:
    """A pattern that finds no link would pass the test below on any README."""
    assert "docs/gallery/compact-example-resume.png" in relative_targets(README)
    assert "docs/developer-guide.md" in relative_targets(README)
    assert "gallery/sidebar-example-docx.png" in relative_targets(DOCS / "gallery.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_and_picture_leads_to_a_file(page: Path) -> None:
    missing = [
        target
        for target in relative_targets(page)
        if not (page.parent / target.split("#")[0]).exists()
    ]
    assert not missing, f"{page.relative_to(ROOT)} points at what is not there: {missing}"


def test_the_readme_is_a_front_door() -> None:
    size = README.stat().st_size
    assert size <= README_LIMIT, f"README.md is {size} bytes; move detail into docs/"


def test_every_gallery_picture_is_shown_on_the_site() -> None:
    """`make gallery` writes docs/gallery/; the site's gallery page shows every picture."""
    shown = {Path(target).name for target in relative_targets(DOCS / "gallery.md")}
    made = {picture.name for picture in (DOCS / "gallery").glob("*.png")}
    assert made and made <= shown, sorted(made - shown)
