"""The web page's markup from awkward sources: headings written in markdown, markup-like text in
the name, nothing the page would take as its own. No browser needed (see test_site_browser.py)."""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from markupsafe import Markup

from resume.build import RenderOptions, render
from resume.theme.templating import nest_headings, untold

SOURCE = """\
basics:
  name: "Ada </script><b>Quux</b> & Co"
  headline: Builds *careful* things
  summary: Short.
  about: |-
    # My story

    I like **systems**.

    ### Where I am now

    Here.
projects:
  - name: Lamp
    details: |-
      ## Problem

      Dark rooms.

      #### Approach

      A bulb.
"""


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.levels: list[int] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))
        self._in_script = tag == "script" and ("type", "application/ld+json") in attrs

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def test_nest_headings_makes_levels_consecutive_under_the_parent() -> None:
    html = Markup("<h2>A</h2><p>x</p><h5 id='b'>B</h5><h2>C</h2>")
    assert nest_headings(html, 3) == "<h4>A</h4><p>x</p><h5 id='b'>B</h5><h4>C</h4>"
    assert nest_headings(Markup("<p>no headings</p>"), 2) == "<p>no headings</p>"
    assert nest_headings(Markup("<h1>a</h1><h2>b</h2><h3>c</h3>"), 5) == (
        "<h6>a</h6><h6>b</h6><h6>c</h6>"
    )


def test_page_keeps_one_h1_and_no_gaps_whatever_the_markdown(tmp_path: Path) -> None:
    source = tmp_path / "odd.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    render(RenderOptions(source=source, out=tmp_path / "out", outputs=("site",)))
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    page = Outline()
    page.feed(html)

    assert page.levels.count(1) == 1 and page.levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(page.levels)), page.levels
    assert 4 in page.levels and 5 in page.levels  # the story's own headings are kept, nested

    # The name is text everywhere: in the heading, the title, and the JSON-LD, which still parses.
    assert "<b>Quux</b>" not in html
    assert "Ada &lt;/script&gt;&lt;b&gt;Quux&lt;/b&gt; &amp; Co" in html
    [json_ld] = page.scripts
    person = json.loads(json_ld)
    assert person["name"] == "Ada </script><b>Quux</b> & Co"
    assert person["@type"] == "Person"


def test_page_ships_only_the_fonts_its_text_needs(tmp_path: Path) -> None:
    """Latin text needs the theme's own family; CJK text brings the fallbacks that draw it."""
    latin, cjk = tmp_path / "latin.yaml", tmp_path / "cjk.yaml"
    latin.write_text("basics:\n  name: Ada Stone\n  summary: Café — naïve résumé.\n", "utf-8")
    cjk.write_text("basics:\n  name: 田中 健\n  summary: 한국어 and 可观测性.\n", "utf-8")
    shipped = {}
    for source in (latin, cjk):
        out = tmp_path / source.stem
        render(RenderOptions(source=source, out=out, theme="compact", outputs=("site",)))
        shipped[source.stem] = {p.name for p in (out / "assets" / "fonts").iterdir()}
        css = (out / "assets" / "style.css").read_text(encoding="utf-8")
        declared = set(re.findall(r'url\("fonts/([^"]+)"\)', css))
        assert declared == shipped[source.stem]
        assert "file:" not in css

    assert shipped["latin"] == {
        f"SourceSans3-{style}.woff2" for style in ("Regular", "Bold", "Italic", "BoldItalic")
    }
    assert shipped["latin"] < shipped["cjk"]
    assert {"NotoSansJP-Regular.woff2", "NotoSansKR-Regular.woff2"} <= shipped["cjk"]


def test_untold_keeps_only_bullets_the_story_does_not_tell() -> None:
    details = Markup("<p>Led the migration from Jenkins to a Bazel remote-execution cluster.</p>")
    repeated = Markup("Led the <strong>migration</strong> from Jenkins to Bazel remote execution.")
    news = Markup("Cut median CI time from <strong>38 to 9 minutes</strong>.")
    assert untold([repeated, news], details) == [news]
    assert untold([], details) == []
