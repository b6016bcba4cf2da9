"""The portfolio PDF as a reader meets it, for every source and built-in theme: its outline,
its running footer and where its pages break."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import pypdf
import pypdfium2
import pytest

from resume.build import RenderOptions, render
from resume.check.layout import check_layout
from resume.content.view import display_url, make_document
from resume.outputs.printed import printable
from resume.plan import make_plans
from resume.source.validate import read_source
from resume.theme.themes import builtin_names
from tests.showcase import CASE_IDS, CASES, ROOT, SOURCES, Showcase, Showcases

ARTIFACTS = ROOT / "tests" / "artifacts"


@dataclass(frozen=True)
class Entry:
    title: str
    level: int
    page: int  # counted from 0
    top: float  # PDF points from the bottom of the page


def outline(reader: pypdf.PdfReader) -> list[Entry]:
    entries: list[Entry] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                assert isinstance(item, pypdf.generic.Destination)
                page = reader.get_destination_page_number(item)
                entries.append(Entry(str(item.title), level, page, float(item.top or 0)))

    walk(reader.outline, 1)
    return entries


@pytest.fixture(params=CASES, ids=CASE_IDS)
def showcase(request: pytest.FixtureRequest, showcases: Showcases) -> Showcase:
    source, theme = request.param
    return showcases.get(source, theme)


def test_outline_has_one_entry_per_section_and_project(showcase: Showcase) -> None:
    resume = read_source(SOURCES[showcase.source]).resume
    sections = [section.title for section in make_document(resume, "portfolio").sections]
    projects = [project["name"] for project in showcase.data.get("projects", [])]
    entries = outline(showcase.reader)

    assert [e.title for e in entries if e.level == 1] == sections
    assert [e.title for e in entries if e.level == 2] == projects
    assert max(e.level for e in entries) == 2
    # The projects hang under the projects section, in order.
    titles = [e.title for e in entries]
    start = titles.index(make_document(resume, "portfolio").labels["projects"])
    assert titles[start + 1 : start + 1 + len(projects)] == projects


def test_outline_entries_point_at_their_headings(showcase: Showcase) -> None:
    # Themes may set titles in capitals: the words are what count.
    pages = [bare(page.extract_text()) for page in showcase.reader.pages]
    for entry in outline(showcase.reader):
        assert bare(entry.title) in pages[entry.page], entry


def test_every_page_says_whose_it_is_and_page_n_of_m(showcase: Showcase) -> None:
    pages = showcase.reader.pages
    assert len(pages) >= 2
    name = showcase.data["basics"]["name"]
    for number, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"page {number} of {len(pages)}" in text, (number, text[-200:])
        assert name in text, number


def test_the_body_is_set_in_the_themes_portfolio_size(showcase: Showcase) -> None:
    """The long read in the size its theme gives the portfolio, not the one-page résumé's."""
    css = (ROOT / "styles" / showcase.theme / "theme.css").read_text(encoding="utf-8")
    (size,) = re.findall(r"^\.portfolio \{[^}]*--size: ([\d.]+)pt", css, re.MULTILINE)
    assert check_layout(showcase.portfolio).body_size == pytest.approx(float(size), abs=0.05)


def test_running_header_names_the_section_on_later_pages(showcase: Showcase) -> None:
    entries = [e for e in outline(showcase.reader) if e.level == 1]
    for number, page in enumerate(showcase.reader.pages[1:], 1):
        # The section under way when the page starts: the last one that began on an earlier page,
        # or the first on this page when one begins at its top.
        started = [e.title for e in entries if e.page < number]
        here = [e.title for e in entries if e.page == number]
        text = page.extract_text()
        assert any(t.upper() in text.upper() for t in [*started[-1:], *here[:1]]), number


def test_no_heading_ends_a_page(showcase: Showcase) -> None:
    """Every section title shares its page with its first entry, every project title with the
    first words of its story (or its address, when it has nothing more to say)."""
    resume = read_source(SOURCES[showcase.source]).resume
    doc = make_document(resume, "portfolio")
    pages = [bare(page.extract_text()) for page in showcase.reader.pages]
    entries = iter(outline(showcase.reader))
    for section in doc.sections:
        entry = next(entries)
        first = section.items[0]
        opening = first.title if section.key != "about" else opening_words(first.details)
        assert bare(opening) in pages[entry.page], f"'{entry.title}' ends page {entry.page + 1}"
        if section.key == "projects":
            for project in section.items:
                entry = next(entries)
                story = [project.details, project.summary, *project.highlights[:1]]
                words = opening_words(next(filter(None, story), display_url(project.url or "")))
                assert bare(words) in pages[entry.page], f"'{entry.title}' ends a page"


# One short section, then a long one of entries that are only their heading line: forty
# certificates, more than a page of them.
SHORT_THEN_LONG = "\n".join(
    [
        "basics: {name: Ada Brandt, email: ada@example.org}",
        "work:",
        "  - {name: Brandt Labs, position: Engineer, startDate: 2020-01, summary: Built the lab.}",
        "certificates:",
        *(
            f"  - {{name: Certificate number {n}, issuer: Board of Examiners, date: 2021-03}}"
            for n in range(1, 41)
        ),
    ]
)
# A role told in one paragraph longer than a page, after a short one.
LONG_STORY = "\n".join(
    [
        "basics: {name: Ada Brandt, email: ada@example.org}",
        "work:",
        "  - {name: Brandt Labs, position: Engineer, startDate: 2020-01, summary: Built the lab.}",
        "  - name: Kiln Works",
        "    position: Engineer",
        "    startDate: 2016-01",
        "    summary: >-",
        "      Story begins here. " + "I fired the kilns and kept the logs of every firing. " * 120,
    ]
)


@dataclass(frozen=True)
class FirstPage:
    text: str
    reach: float  # how far down the page its lowest text lies, as a share of the page's height


def first_page(folder: Path, theme: str, source_text: str) -> FirstPage:
    """The first page of the portfolio of `source_text` in `theme`."""
    source = folder / "source.yaml"
    source.write_text(source_text, encoding="utf-8")
    render(RenderOptions(source=source, out=folder / "out", theme=theme, outputs=["portfolio"]))
    [portfolio] = (folder / "out").glob("*Portfolio.pdf")
    pdf = pypdfium2.PdfDocument(portfolio)
    try:
        page = pdf[0]
        text = page.get_textpage()
        height = page.get_height()
        bottoms = [text.get_charbox(i)[1] for i in range(text.count_chars())]
        # The running foot (name, page number) lies in the bottom eighth of the page.
        lowest = min(bottom for bottom in bottoms if bottom > height / 8)
        return FirstPage(text.get_text_range(), 1 - lowest / height)
    finally:
        pdf.close()


@pytest.mark.parametrize("theme", builtin_names())
def test_a_long_section_breaks_between_its_entries(tmp_path: Path, theme: str) -> None:
    """The first page ends full, the long section begun on it, not bare before a section that
    moved whole to the next page."""
    page = first_page(tmp_path, theme, SHORT_THEN_LONG)
    assert "Certificate number 1" in page.text
    assert page.reach > 0.8, f"page 1 ends {page.reach:.0%} down"


@pytest.mark.parametrize("theme", builtin_names())
def test_a_paragraph_longer_than_a_page_begins_on_the_first(tmp_path: Path, theme: str) -> None:
    page = first_page(tmp_path, theme, LONG_STORY)
    assert "Story begins here." in page.text
    assert page.reach > 0.8, f"page 1 ends {page.reach:.0%} down"


# A bullet that is its entry's only one, and a list of three.
BULLETS = """\
basics: {name: Ada Brandt}
work:
  - name: Brandt Labs
    position: Engineer
    startDate: 2020-01
    summary: >-
      The paragraph above the bullet, long enough to take two lines of the page and a little
      more, where it ends here.
    highlights: [Only bullet of the entry.]
  - name: Kiln Works
    position: Engineer
    startDate: 2016-01
    summary: Fired the kilns.
    highlights: [First bullet of three., Second bullet of three., Last bullet of three.]
"""


def test_no_bullet_begins_a_page_alone(tmp_path: Path) -> None:
    """Wherever the page ends (pages of every height from a third of the content's to all of
    it), an entry's only bullet stays with the paragraph above it, and a list's last bullet
    with the one before; a longer list may begin on the next page, the paragraph above it
    ending this one full."""
    source = tmp_path / "source.yaml"
    source.write_text(BULLETS, encoding="utf-8")
    options = RenderOptions(source=source, out=tmp_path, theme="classic", outputs=["portfolio"])
    [plan] = make_plans(read_source(source), options)
    assert plan.pdf is not None
    html = printable(plan, "portfolio", plan.resume).html
    list_apart = []
    for height in range(180, 420, 6):
        page_size = f"@page portfolio {{ size: 400px {height}px; margin: 20px; }}"
        pages = [page_text(page) for page in plan.pdf.layout(html, page_size).pages]

        def page_of(words: str, pages: list[str] = pages) -> int:
            return next(number for number, text in enumerate(pages) if words in text)

        assert page_of("Only bullet") == page_of("where it ends here"), height
        assert page_of("Last bullet") == page_of("Second bullet"), height
        list_apart.append(page_of("First bullet") > page_of("Fired the kilns"))
    assert any(list_apart)


def page_text(page: Any) -> str:
    """The text a laid-out page shows, in the order of its boxes."""
    found: list[str] = []

    def walk(box: Any) -> None:
        if isinstance(getattr(box, "text", None), str):
            found.append(box.text)
        for child in getattr(box, "children", ()):
            walk(child)

    walk(page._page_box)
    return " ".join(found)


def bare(text: str) -> str:
    """Text without spaces, hyphens or case: line breaks, hyphenation and capitals do not
    change what it says."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text).casefold()


def opening_words(html: str) -> str:
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return " ".join(text.split()[:4])


def test_articles_carry_their_summaries_and_links(showcase: Showcase) -> None:
    text = bare(" ".join(page.extract_text() for page in showcase.reader.pages))
    links = {
        str(annotation.get_object()["/A"].get("/URI"))
        for page in showcase.reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    }
    for article in showcase.data.get("articles", []):
        assert bare(article["title"]) in text
        assert bare(article["summary"])[:50] in text
        if "url" in article:
            assert article["url"] in links
            assert bare(re.sub(r"^https?://", "", article["url"])) in text
    for book in showcase.data.get("reading", []):
        assert bare(book["title"]) in text
        assert bare(book["note"])[:50] in text


def test_first_two_pages_are_saved_as_pictures(showcase: Showcase) -> None:
    """PNGs in tests/artifacts/, to look at the portfolio as a reader would."""
    pdf = pypdfium2.PdfDocument(showcase.portfolio)
    try:
        for number in range(min(2, len(pdf))):
            picture = pdf[number].render(scale=1.25).to_pil()
            path = ARTIFACTS / f"portfolio-{showcase.name}-{number + 1}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            picture.save(path)
            # A page with something on it: far from one flat colour.
            assert len(picture.convert("L").getcolors(256) or []) > 16
    finally:
        pdf.close()
