"""The web page in a real browser (Debian's headless Chromium driven by Playwright), for every
source and built-in theme, as a static host serves it: clean loading at phone, tablet and desktop
widths, links, metadata, keyboard use, print, and an axe-core accessibility audit.

Each page is opened once per width; the tests then assert on what that visit saw. Screenshots
go to tests/artifacts/."""

from __future__ import annotations

import io
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pypdf
import pytest

from tests.conftest import AXE
from tests.showcase import CASE_IDS, CASES, ROOT, Showcase, Showcases, StaticHost

pytestmark = pytest.mark.browser

WIDTHS = (360, 768, 1280, 1440)  # a phone, a tablet, a laptop, a wide screen
DESKTOP = 1280  # where keyboard, links, print and the audit are probed
ARTIFACTS = ROOT / "tests" / "artifacts"


@dataclass
class Visit:
    """What one look at the page at one width found."""

    url: str
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


# Everything the tests ask of the page, read in one go.
FACTS = """() => {
  const root = document.documentElement;
  const meta = (attr, name) => {
    const node = document.querySelector(`meta[${attr}="${name}"]`);
    return node ? node.content : null;
  };
  const visible = (node) => {
    const style = getComputedStyle(node);
    return style.display !== "none" && style.visibility !== "hidden";
  };
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    wideElements: [...document.body.querySelectorAll("*")]
      .filter((n) => n.getBoundingClientRect().right > root.clientWidth + 1 && visible(n)
                     && !n.closest(".site-nav"))
      .map((n) => n.tagName + "." + n.className).slice(0, 5),
    lang: root.lang,
    title: document.title,
    description: meta("name", "description"),
    openGraph: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')]
      .map((n) => [n.getAttribute("property"), n.content])),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((n) => n.textContent),
    headings: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .map((n) => Number(n.tagName[1])),
    landmarks: {
      banner: document.querySelectorAll("body > header, body > div > header").length,
      navigation: document.querySelectorAll("nav").length,
      main: document.querySelectorAll("main").length,
      contentinfo: document.querySelectorAll("body > footer").length,
    },
    links: [...document.querySelectorAll("a[href]")].map((a) => ({
      href: a.getAttribute("href"),
      absolute: a.href,
      text: a.textContent.trim(),
      target: a.hash && a.origin === location.origin && a.pathname === location.pathname
        ? document.getElementById(decodeURIComponent(a.hash.slice(1))) !== null : null,
    })),
    navHidden: (() => { const nav = document.querySelector(".site-nav");
                        return nav ? !visible(nav) : null; })(),
  };
}"""


def visit(browser: Any, url: str, width: int, shot: Path) -> tuple[Visit, Any]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    seen = Visit(url)
    page.on("console", lambda m: m.type == "error" and seen.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: seen.problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: seen.problems.append(f"failed: {r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and seen.problems.append(f"{r.status}: {r.url}"))
    page.on("request", lambda r: seen.requests.append(r.url))
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(50)  # errors thrown late still arrive
    seen.facts = page.evaluate(FACTS)
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    return seen, page


class Visits:
    """Each (source, theme, width) opened once; the desktop visit also probes keyboard, print, axe."""

    def __init__(self, browser: Any, showcases: Showcases, host: StaticHost) -> None:
        self.browser, self.showcases, self.host = browser, showcases, host
        self._done: dict[tuple[str, str, int], Visit] = {}

    def get(self, source: str, theme: str, width: int) -> Visit:
        key = (source, theme, width)
        if key not in self._done:
            showcase = self.showcases.get(source, theme)
            shot = ARTIFACTS / f"site-{showcase.name}-{width}.png"
            seen, page = visit(self.browser, self.host.url_of(showcase), width, shot)
            try:
                if width == DESKTOP:
                    self._probe(seen, page)
            finally:
                page.context.close()
            self._done[key] = seen
        return self._done[key]

    def _probe(self, seen: Visit, page: Any) -> None:
        # Keyboard: the first Tab reaches the skip link, shown and outlined; Enter moves to main.
        page.keyboard.press("Tab")
        seen.facts["firstFocus"] = page.evaluate(
            """() => { const a = document.activeElement, box = a.getBoundingClientRect(),
                          style = getComputedStyle(a);
                return {cls: a.className, href: a.getAttribute("href"), top: box.top,
                        bottom: box.bottom, outline: style.outlineStyle,
                        outlineWidth: parseFloat(style.outlineWidth)}; }"""
        )
        page.keyboard.press("Enter")
        seen.facts["afterSkip"] = page.evaluate("document.activeElement.id")
        page.keyboard.press("Tab")
        seen.facts["secondFocus"] = page.evaluate(
            """() => { const s = getComputedStyle(document.activeElement);
                       return {tag: document.activeElement.tagName, outline: s.outlineStyle,
                               outlineWidth: parseFloat(s.outlineWidth)}; }"""
        )
        # Every link to a file beside the page is fetched, as a reader's click would.
        here = urlsplit(seen.url).netloc
        files = [link for link in seen.facts["links"] if not link["href"].startswith("#")]
        seen.facts["statuses"] = {
            link["href"]: page.request.get(link["absolute"]).status
            for link in files
            if urlsplit(link["absolute"]).netloc == here
        }
        page.emulate_media(media="print")
        seen.facts["printNavHidden"] = page.evaluate(
            "getComputedStyle(document.querySelector('.site-nav')).display === 'none'"
        )
        printed = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
        seen.facts["printed"] = "\n".join(p.extract_text() for p in printed.pages)
        page.emulate_media(media="screen")
        if AXE.is_file():
            page.add_script_tag(path=str(AXE))
            seen.facts["axe"] = page.evaluate(
                """async () => (await axe.run(document, {resultTypes: ["violations"]}))
                   .violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                       targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5)}))"""
            )


@pytest.fixture(scope="session")
def visits(browser: Any, showcases: Showcases, static_host: StaticHost) -> Visits:
    return Visits(browser, showcases, static_host)


CASE_WIDTHS = [(s, t, w) for s, t in CASES for w in WIDTHS]
CASE_WIDTH_IDS = [f"{i}-{w}" for i in CASE_IDS for w in WIDTHS]


@pytest.fixture(params=CASES, ids=CASE_IDS)
def case(request: pytest.FixtureRequest, showcases: Showcases) -> tuple[str, str]:
    source, theme = request.param
    return source, theme


@pytest.mark.parametrize(("source", "theme", "width"), CASE_WIDTHS, ids=CASE_WIDTH_IDS)
def test_loads_cleanly_without_sideways_scrolling(
    visits: Visits, showcases: Showcases, source: str, theme: str, width: int
) -> None:
    seen = visits.get(source, theme, width)
    assert seen.problems == []
    facts = seen.facts
    assert facts["scrollWidth"] <= facts["clientWidth"], facts["wideElements"]
    # Nothing is fetched from anywhere but the page's own folder: no CDN, no web fonts.
    folder = seen.url
    outside = [url for url in seen.requests if not url.startswith(folder) and url != "data:,"]
    assert outside == []
    assert any(url.endswith(".css") for url in seen.requests)
    assert any(url.endswith((".ttf", ".otf", ".woff2")) for url in seen.requests)


def test_metadata_describes_the_person(visits: Visits, case: tuple[str, str]) -> None:
    source, theme = case
    facts = visits.get(source, theme, DESKTOP).facts
    data = visits.showcases.get(source, theme).data
    name = data["basics"]["name"]
    assert facts["lang"] == "en"
    assert name in facts["title"]
    assert facts["description"]
    assert facts["openGraph"]["og:title"].startswith(name)
    assert facts["openGraph"]["og:type"] == "profile"
    assert facts["openGraph"]["og:description"] == facts["description"]
    [json_ld] = facts["jsonLd"]
    person = json.loads(json_ld)
    assert person["@context"] == "https://schema.org"
    assert person["@type"] == "Person"
    assert person["name"] == name
    assert person["knowsAbout"] == [k for group in data["skills"] for k in group["keywords"]]
    for profile in data["basics"].get("profiles", []):
        assert profile["url"] in person["sameAs"]


def test_structure_landmarks_and_heading_order(visits: Visits, case: tuple[str, str]) -> None:
    facts = visits.get(*case, DESKTOP).facts
    assert facts["landmarks"] == {"banner": 1, "navigation": 1, "main": 1, "contentinfo": 1}
    levels = facts["headings"]
    assert levels.count(1) == 1 and levels[0] == 1
    gaps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert gaps == []


def test_every_link_and_anchor_resolves(visits: Visits, case: tuple[str, str]) -> None:
    seen = visits.get(*case, DESKTOP)
    showcase: Showcase = visits.showcases.get(*case)
    anchors = [link for link in seen.facts["links"] if link["target"] is not None]
    assert anchors, "the page has no links to its own sections"
    assert [a["href"] for a in anchors if not a["target"]] == []
    for link in seen.facts["links"]:
        assert link["text"], link
        assert urlsplit(link["absolute"]).scheme in {"http", "https", "mailto", "tel"}, link
    statuses = seen.facts["statuses"]
    downloads = {href for href in statuses if href.endswith(".pdf")}
    assert {Path(unquote(h)).name for h in downloads} >= {showcase.portfolio.name}
    assert len(downloads) == 2
    broken = {href: status for href, status in statuses.items() if status != 200}
    if showcase.resume_problem and all("Resume" in href for href in broken):
        pytest.xfail(f"the résumé PDF was not made: {showcase.resume_problem}")
    assert broken == {}


def test_keyboard_skip_link_and_visible_focus(visits: Visits, case: tuple[str, str]) -> None:
    facts = visits.get(*case, DESKTOP).facts
    first = facts["firstFocus"]
    assert "skip-link" in first["cls"] and first["href"] == "#content"
    assert first["top"] >= 0 and first["bottom"] > first["top"], "the skip link stays hidden"
    assert facts["afterSkip"] == "content"
    second = facts["secondFocus"]
    assert second["tag"] == "A"
    assert second["outline"] != "none" and second["outlineWidth"] >= 2


def test_print_stylesheet_drops_the_navigation(visits: Visits, case: tuple[str, str]) -> None:
    facts = visits.get(*case, DESKTOP).facts
    data = visits.showcases.get(*case).data
    assert facts["navHidden"] is False
    assert facts["printNavHidden"] is True
    printed = re.sub(r"\s+", "", facts["printed"])  # a long name may wrap, at its hyphen
    assert printed.startswith(re.sub(r"\s+", "", data["basics"]["name"]))
    assert "Skiptocontent" not in printed and "Download" not in printed
    for project in data.get("projects", []):
        assert re.sub(r"\s+", "", project["name"]) in printed


def test_accessibility_audit_finds_nothing_serious(visits: Visits, case: tuple[str, str]) -> None:
    if not AXE.is_file():
        pytest.skip(
            f"axe-core not found at {AXE}: make test installs it (scripts/system-deps.sh test)"
        )
    for width in WIDTHS:
        visits.get(*case, width)  # the screenshots of every width, whatever the audit says
    violations = visits.get(*case, DESKTOP).facts["axe"]
    serious = [v for v in violations if v["impact"] in {"serious", "critical"}]
    assert serious == []


def test_screenshots_are_saved(visits: Visits, case: tuple[str, str]) -> None:
    showcase = visits.showcases.get(*case)
    for width in WIDTHS:
        visits.get(*case, width)
        shot = ARTIFACTS / f"site-{showcase.name}-{width}.png"
        assert shot.stat().st_size > 10_000
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
