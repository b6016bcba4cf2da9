"""The layout check (resume/check/layout.py) on small pages made for it, once per module: each
page has one defect a typographer would mark, and the check finds that one and nothing else;
well-set pages have nothing to mark. The pages are set in Source Sans 3 from the font package,
on a 230 pt measure, so that every wrap falls where the test says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from weasyprint import HTML

from resume.check import check_pdf
from resume.check.layout import Floors, check_layout
from resume.source.families import FONT_DIR

FONTS = FONT_DIR / "Source Sans 3"
STYLE = f"""<style>
@font-face {{ font-family: T; src: url({(FONTS / "SourceSans3-Regular.ttf").as_uri()}); }}
@font-face {{ font-family: T; font-weight: 700;
  src: url({(FONTS / "SourceSans3-Bold.ttf").as_uri()}); }}
@page {{ size: A4; margin: 0.6in; }}
body {{ font-family: T; font-size: 10pt; line-height: 1.3; margin: 0; width: 230pt; }}
h2 {{ font-size: 13pt; margin: 0 0 4pt; }}
p, ul {{ margin: 0 0 6pt; }}
ul {{ list-style: none; padding-left: 0.6em; }}
.head {{ display: flex; flex-wrap: wrap; gap: 0 1em; font-weight: 700; }}
.meta {{ font-weight: 400; font-size: 9pt; }}
.low {{ margin-top: 300pt; }}
</style>"""
# A paragraph far enough down that the page is more than a third full, across the measure.
FULL = '<p class="low">Far enough down the page to make it more than a third full, across the measure.</p>'
# A name and page numbers at the foot of each page: the page's furniture, not its text.
RUNNING_FOOT = (
    "<style>@page { @bottom-left { content: 'Zofia'; font: 9pt T; }"
    " @bottom-right { content: counter(page) ' / ' counter(pages); font: 9pt T; } }</style>"
)
NEXT_PAGE = '<p style="break-before: page">'

# name: (the page's body, then what the check must find on it: page, kind, words)
DEFECTS: dict[str, tuple[str, tuple[int, str, str]]] = {
    "one-word last line": (
        "<p>Kept the build green through three migrations nobody dreads.</p>" + FULL,
        (1, "stranded-word", "dreads."),
    ),
    "separator ending a line": (
        '<p style="width: 140pt">alpha.example · bravo.example · +1 555 0100</p>' + FULL,
        (1, "separator-at-edge", "· bravo.example ·"),
    ),
    "separator beginning a line": (
        '<p style="width: 132pt">alpha.example · bravo.example · +1 555 0100</p>' + FULL,
        (1, "separator-at-edge", "· +1 555"),
    ),
    "date range broken": (
        "<p>Joined the platform team of the firm in Mar 2021 – Present as its lead.</p>" + FULL,
        (1, "split", "Mar 2021 – Present"),
    ),
    "handle broken at its hyphen": (
        "<p>The code of the build cache is at github.com/zofia-lukasiewicz for anyone.</p>" + FULL,
        (1, "split", "github.com/zofia-lukasiewicz"),
    ),
    "date wrapped away from its entry": (
        '<div class="head"><span>Compaction without tears: merges by read cost</span>'
        '<span class="meta">Sep 2020</span></div>' + FULL,
        (1, "wrapped-date", "Sep 2020"),
    ),
    "text under 8 pt": (
        '<p>Body text at ten points.</p><p style="font-size: 7pt">Fine print at seven</p>' + FULL,
        (1, "small-type", "7.0 pt: Fine print at seven"),
    ),
    "body under 9.5 pt": (
        '<div style="font-size: 9pt"><p>Body text at nine points.</p>' + FULL + "</div>",
        (1, "small-type", "body 9.0 pt: Far enough down the page to"),
    ),
    "a last page one line long, over its running foot": (
        RUNNING_FOOT + "<p>First page.</p>" + FULL + NEXT_PAGE + "A second page of one line.</p>",
        (2, "short-page", "2% full, ends with “A second page of one line.”"),
    ),
    "one-word last line in a narrow column, under a masthead across both": (
        '<p style="font-size: 20pt; margin-bottom: 160pt">Zofia Łukasiewicz</p>'
        '<div style="display: flex; gap: 20pt; width: 420pt"><div style="width: 100pt">'
        "<p>Kept builds green through three migrations nobody dreads.</p></div>"
        '<div style="flex: 1"><p>The main column runs on with words enough to fill its lines'
        " across.</p></div></div>" + FULL,
        (1, "stranded-word", "dreads."),
    ),
    "a page ending with a heading": (
        '<p>First page.</p><h2 class="low">Experience</h2>'
        + NEXT_PAGE
        + "What the heading heads.</p>"
        + FULL,
        (1, "heading-at-end", "Experience"),
    ),
}
# Pages a typographer would pass: what each shows that must not be taken for a defect.
CLEAN: dict[str, str] = {
    "an entry, dates flush right, bullets that fill their lines": (
        "<h2>Experience</h2>"
        '<div class="head" style="justify-content: space-between"><span>Staff Engineer</span>'
        # the transparent | our PDFs set between fields for parsers: no reader's eye sees it
        '<span class="meta"><span style="color: transparent">|</span>'
        "Mar 2021 – Present · Reykjavík</span></div>"
        # the first highlight fills its line: the next one's bullet is not a separator
        "<ul><li>• Cut the median time of CI from 38 to 9 minutes, with</li>"
        "<li>• Mentored six engineers into platform roles.</li></ul>"
        "<p>zofia@example.org · +48 555 010 203</p>"
        "<p>A paragraph that wraps onto a second line, which ends with a few words.</p>"
        '<p class="meta">Rust · Bazel · gRPC</p>' + FULL
    ),
    "Jake's two rows: a place, then a longer date under it at the right edge": (
        '<div class="head" style="justify-content: space-between"><span>Nordlys Systems</span>'
        "<span>Oslo</span></div>"
        '<div class="head" style="justify-content: space-between; font-weight: 400">'
        "<span>Staff Engineer</span><span>Mar 2021 – Present</span></div>"
        "<ul><li>• Cut the median time of CI from 38 to 9 minutes.</li></ul>" + FULL
    ),
    "contacts in a grid, each column's cells longer than the one above": (
        '<div style="display: grid; grid-template-columns: auto auto; gap: 0 2em;'
        ' justify-content: start"><span>+48 555 010 203</span><span>zofia-lukasiewicz</span>'
        "<span>zofia.example.org</span><span>@zofia@fosstodon.example</span></div>"
        '<p class="low" style="margin-left: 150pt">Far enough down.</p>'
    ),
    "one-line items stacked, the second one word": (
        '<p style="margin: 0">Languages: Rust, Go, Python, C++, Java</p>'
        '<p style="margin: 0">Polish</p>' + FULL
    ),
    "two pages with a running foot and page numbers": (
        RUNNING_FOOT
        + "<h2>Experience</h2><p>First page.</p>"
        + FULL
        + NEXT_PAGE
        + "Second page.</p>"
        + FULL
    ),
    "a list of contacts, the last a long address": (
        '<p style="margin: 0">+48 555 010 203</p>'
        '<p style="margin: 0">a-very-long-handle-for-a-rockstar.example.com</p>' + FULL
    ),
    "centred masthead": (
        '<div style="text-align: center"><p style="font-size: 20pt; font-weight: 700">'
        "Zofia Łukasiewicz</p><p>Building calm, observable platforms for teams that ship"
        " every day</p></div>" + FULL
    ),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("layout")
    made = {}
    for number, (name, body) in enumerate(
        [*((name, body) for name, (body, _) in DEFECTS.items()), *CLEAN.items()]
    ):
        made[name] = folder / f"{number}.pdf"
        HTML(string=STYLE + body).write_pdf(made[name])
    return made


def found(path: Path, source: Any = None) -> list[tuple[int, str, str]]:
    return [(f.page, f.kind, f.words) for f in check_layout(path, source).findings]


@pytest.mark.parametrize("name", DEFECTS)
def test_the_one_defect_of_a_page_is_found_and_nothing_else(
    pages: dict[str, Path], name: str
) -> None:
    assert found(pages[name]) == [DEFECTS[name][1]]


@pytest.mark.parametrize("name", CLEAN)
def test_a_well_set_page_has_nothing_to_mark(pages: dict[str, Path], name: str) -> None:
    assert found(pages[name]) == []


def test_the_floors_follow_the_size_the_source_asks_for(pages: dict[str, Path]) -> None:
    asks_for_nine = {"render": {"design": {"size": 9}}}
    assert Floors.for_source(asks_for_nine) == Floors(9.0, 8.0 * 9 / 9.5)
    assert found(pages["body under 9.5 pt"], asks_for_nine) == []
    assert found(pages["text under 8 pt"], asks_for_nine) == [DEFECTS["text under 8 pt"][1]]


def test_the_source_says_which_addresses_must_not_break(tmp_path: Path) -> None:
    """A publication's venue and year, and the source's e-mail broken anywhere (overflow-wrap),
    are found with the source; without it, neither is taken for an address or a date."""
    page = tmp_path / "venue.pdf"
    HTML(
        string=STYLE
        + "<p>The paper came out in the Invented Storage Workshop 2020, pages 1-12.</p>"
        + '<p style="width: 120pt; overflow-wrap: anywhere">'
        + "Mail zofialukasiewicz@example.org or call.</p>"
        + FULL
    ).write_pdf(page)
    source = {
        "basics": {"email": "zofialukasiewicz@example.org"},
        "publications": [{"publisher": "Invented Storage Workshop", "releaseDate": "2020-09"}],
    }
    assert [kind_words[1:] for kind_words in found(page, source)] == [
        ("split", "Invented Storage Workshop 2020"),
        ("split", "zofialukasiewicz@example.org"),
    ]
    assert found(page) == []


def test_resume_check_reports_a_layout_line_and_json(pages: dict[str, Path]) -> None:
    report = check_pdf(pages["date wrapped away from its entry"])
    line = dict(report.facts)["layout"]
    assert line.startswith("1 to mark (1 wrapped-date): p1 wrapped-date at ")
    assert line.endswith("“Sep 2020”")
    layout = report.as_json()["layout"]
    assert layout["counts"] == {"wrapped-date": 1}
    assert [(f["page"], f["kind"], f["words"]) for f in layout["findings"]] == [
        (1, "wrapped-date", "Sep 2020")
    ]
    clean = check_pdf(pages["centred masthead"])
    assert dict(clean.facts)["layout"] == "nothing to mark on 1 page(s), body 10.0 pt"
