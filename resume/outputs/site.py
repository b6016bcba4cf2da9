"""The web page's extras: schema.org JSON-LD, and the files it needs beside it."""

from __future__ import annotations

import functools
import json
import re
from html import unescape
from pathlib import Path
from typing import Any

from resume.content.view import Document, plain, safe_url
from resume.source.model import Resume
from resume.theme import fonts

ASSETS = "assets"


def person_json_ld(resume: Resume) -> str:
    """schema.org Person, safe inside <script>: no `<` can close the element early."""
    basics = resume.basics
    person: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": basics.name,
    }
    if basics.label:
        person["jobTitle"] = basics.label
    if basics.headline or basics.summary:
        person["description"] = plain(basics.summary or basics.headline)
    if basics.email:
        person["email"] = f"mailto:{basics.email}"
    if url := safe_url(basics.url):
        person["url"] = url
    if same_as := [u for p in basics.profiles if (u := safe_url(p.url))]:
        person["sameAs"] = same_as
    if basics.location and basics.location.city:
        person["address"] = {
            "@type": "PostalAddress",
            "addressLocality": basics.location.city,
            **({"addressRegion": basics.location.region} if basics.location.region else {}),
            **(
                {"addressCountry": basics.location.country_code}
                if basics.location.country_code
                else {}
            ),
        }
    if current := [w.name for w in resume.work if w.name and w.start_date and not w.end_date]:
        person["worksFor"] = [{"@type": "Organization", "name": name} for name in current]
    if schools := list(dict.fromkeys(e.institution for e in resume.education if e.institution)):
        person["alumniOf"] = [{"@type": "EducationalOrganization", "name": n} for n in schools]
    if languages := [lang.language for lang in resume.languages if lang.language]:
        person["knowsLanguage"] = languages
    if skills := [k for s in resume.skills for k in s.keywords]:
        person["knowsAbout"] = skills
    text = json.dumps(person, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def open_graph(resume: Resume, doc: Document) -> list[tuple[str, str]]:
    """OpenGraph properties: how the page looks when its address is shared."""
    properties = [
        ("og:type", "profile"),
        ("og:title", doc.name + (f" — {doc.label}" if doc.label else "")),
        ("og:description", doc.description),
    ]
    if url := safe_url(resume.basics.url):
        properties.append(("og:url", url))
    return properties


def fonts_for(families: list[str], html: str, css: str = "") -> list[Path]:
    """The font files the page needs: every style of the theme's families, and a fallback family
    only when it draws a character of the page's text (or of the CSS's generated content) that
    the families before it do not."""
    body = html.partition("<body")[2]
    text = unescape(re.sub(r"<[^>]*>", " ", body)) + "".join(
        re.findall(r'content:\s*"([^"]*)"', css)
    )
    left = {ord(char) for char in text if not char.isspace() and char.isprintable()}
    needed = list(dict.fromkeys(families))
    for family in needed:
        left -= _draws(family)
    for family in fonts.FALLBACK:
        if not left:
            break
        if drawn := left & _draws(family):
            needed.append(family)
            left -= drawn
    known = fonts.available()
    return [font.path for family in dict.fromkeys(needed) for font in known[family]]


@functools.cache
def _draws(family: str) -> frozenset[int]:
    """The code points the regular style of `family` draws (its other styles cover the same)."""
    from fontTools.ttLib import TTFont  # WeasyPrint's own dependency; only the page needs it here

    styles = fonts.available()[family]
    regular = next((f for f in styles if (f.weight, f.style) == ("400", "normal")), styles[0])
    with TTFont(regular.path, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def font_urls(files: list[Path]) -> dict[Path, str]:
    """Where each font file goes in the site's assets, relative to the stylesheet."""
    return {path: f"fonts/{path.name}" for path in files}
