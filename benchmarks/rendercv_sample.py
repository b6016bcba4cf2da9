"""RenderCV's own sample (`rendercv new "John Doe"`) in this project's source format, so the
benchmark renders the same content in both tools. Run once; its output is kept beside it.

    python benchmarks/rendercv_sample.py John_Doe_CV.yaml > benchmarks/john_doe.yaml

Every entry of the sample keeps its text; sections RenderCV names freely go where this format
has a place for them: the welcome lines are the summary, honours are awards, patents and
invited talks are publications (their kind as the publisher).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

PROFILE_URLS = {"LinkedIn": "https://linkedin.com/in/{}", "GitHub": "https://github.com/{}"}
LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)$")


def convert(sample: dict[str, Any]) -> dict[str, Any]:
    cv = sample["cv"]
    sections = cv["sections"]
    city, _, region = (cv.get("location") or "").partition(", ")
    basics = {
        "name": cv["name"],
        "email": cv.get("email"),
        "url": cv.get("website"),
        "summary": " ".join(sections.get("Welcome to RenderCV", [])),
        "location": {"city": city, "region": region or None},
        "profiles": [
            {
                "network": p["network"],
                "username": p["username"],
                "url": PROFILE_URLS[p["network"]].format(p["username"]),
            }
            for p in cv.get("social_networks") or []
        ],
    }
    source: dict[str, Any] = {"basics": basics}
    source["work"] = [work(entry) for entry in sections.get("experience", [])]
    source["education"] = [education(entry) for entry in sections.get("education", [])]
    source["projects"] = [project(entry) for entry in sections.get("projects", [])]
    source["publications"] = [publication(entry) for entry in sections.get("publications", [])]
    source["publications"] += [
        {"name": entry["number"], "publisher": "Patent"} for entry in sections.get("patents", [])
    ]
    source["publications"] += [
        {"name": entry["reversed_number"], "publisher": "Invited talk"}
        for entry in sections.get("invited_talks", [])
    ]
    source["awards"] = [{"title": e["bullet"]} for e in sections.get("selected_honors", [])]
    source["skills"] = [
        {"name": entry["label"], "keywords": [k.strip() for k in entry["details"].split(",")]}
        for entry in sections.get("skills", [])
    ]
    return drop_empty(source)


def dates(entry: dict[str, Any]) -> dict[str, Any]:
    start, end = entry.get("start_date") or entry.get("date"), entry.get("end_date")
    return {
        "startDate": str(start) if start else None,
        "endDate": str(end) if end and end != "present" else None,
    }


def highlights(entry: dict[str, Any]) -> list[str]:
    """RenderCV's nested bullets (`- a\\n  - b`) become one highlight: `a: b; c`."""
    flat = []
    for text in entry.get("highlights") or []:
        first, *nested = [line.strip().removeprefix("- ") for line in str(text).splitlines()]
        flat.append(f"{first}: {'; '.join(nested)}" if nested else first)
    return flat


def work(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": entry["company"],
        "position": entry.get("position"),
        "location": entry.get("location"),
        **dates(entry),
        "summary": entry.get("summary"),
        "highlights": highlights(entry),
    }


def education(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "institution": entry["institution"],
        "area": entry.get("area"),
        "studyType": entry.get("degree"),
        **dates(entry),
        "courses": highlights(entry),
    }


def project(entry: dict[str, Any]) -> dict[str, Any]:
    link = LINK.match(entry["name"])
    return {
        "name": link["text"] if link else entry["name"],
        "url": link["url"] if link else None,
        "description": entry.get("summary"),
        **dates(entry),
        "highlights": highlights(entry),
    }


def publication(entry: dict[str, Any]) -> dict[str, Any]:
    authors = ", ".join(entry.get("authors") or [])
    return {
        "name": entry["title"],
        "publisher": entry.get("journal"),
        "releaseDate": str(entry["date"]) if entry.get("date") else None,
        "url": f"https://doi.org/{entry['doi']}" if entry.get("doi") else entry.get("url"),
        "summary": authors or None,
    }


def drop_empty(value: Any) -> Any:
    """The converted source without the empty fields RenderCV's sample spells out."""
    if isinstance(value, dict):
        kept = {k: drop_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [drop_empty(v) for v in value]
    return value


def main() -> None:
    sample = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print('# RenderCV 2.8\'s sample (`rendercv new "John Doe"`), converted by rendercv_sample.py')
    print(yaml.safe_dump(convert(sample), allow_unicode=True, sort_keys=False, width=100), end="")


if __name__ == "__main__":
    main()
