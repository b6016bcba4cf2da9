"""The web page's extras: schema.org JSON-LD, and the files it needs beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from resume.model import Resume
from resume.view import plain, safe_url

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
    if skills := [k for s in resume.skills for k in s.keywords]:
        person["knowsAbout"] = skills
    text = json.dumps(person, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def font_urls(files: list[Path]) -> dict[Path, str]:
    """Where each font file goes in the site's assets, relative to the stylesheet."""
    return {path: f"fonts/{path.name}" for path in files}
