"""Reactive Resume's exports, v3, v4 and v5: rich text (HTML) as Markdown, hidden items and
sections left out with a note, custom sections where their title says."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

REAL = sorted((IMPORTS / "reactive-resume" / "files").glob("*.json"))

V4 = {
    "basics": {
        "name": "Ada Lovelace",
        "headline": "Analyst",
        "email": "ada@example.org",
        "location": "London",
        "url": {"label": "", "href": "https://ada.example.org"},
        "picture": {"url": "", "effects": {"hidden": False}},
        "customFields": [],
    },
    "sections": {
        "summary": {
            "name": "Summary",
            "visible": True,
            "content": "<p>Writes <strong>programs</strong>.</p>",
        },
        "experience": {
            "name": "Experience",
            "visible": True,
            "items": [
                {
                    "visible": True,
                    "company": "Engines Ltd",
                    "position": "Analyst",
                    "location": "London",
                    "date": "Jan 1843 - Present",
                    "summary": '<p>Wrote the <em>Notes</em>.</p><ul><li><p>Note G</p></li><li><p>A <a href="https://x.org">table</a></p></li></ul>',
                    "url": {"label": "", "href": "https://engines.example.org"},
                },
                {
                    "visible": False,
                    "company": "Secret Society",
                    "position": "Member",
                    "date": "1840",
                },
            ],
        },
        "volunteer": {
            "name": "Volunteering",
            "visible": False,
            "items": [{"visible": True, "organization": "Choir"}],
        },
        "custom": {
            "abc": {
                "name": "Honours",
                "visible": True,
                "items": [{"visible": True, "name": "Fellow", "date": "1842"}],
            }
        },
    },
    "metadata": {"theme": {"primary": "#0891b2"}, "page": {"format": "a4"}},
}
V3 = {
    "basics": {
        "name": "Ada Lovelace",
        "summary": "Writes **programs**.",
        "location": {"city": "London", "region": "", "address": "", "postalCode": "W1"},
        "profiles": [],
    },
    "sections": {
        "work": {
            "name": "Work",
            "visible": True,
            "items": [
                {
                    "name": "Engines Ltd",
                    "position": "Analyst",
                    "date": {"start": "1843-01", "end": ""},
                    "url": "https://engines.example.org",
                    "summary": "Wrote the Notes.",
                }
            ],
        },
        "education": {
            "name": "Education",
            "items": [
                {
                    "institution": "Home",
                    "degree": "Private",
                    "area": "Maths",
                    "grade": "A",
                    "date": {"start": "1830", "end": "1835"},
                    "courses": ["Calculus"],
                }
            ],
        },
    },
    "metadata": {"locale": "en", "colors": {"primary": "#7a1f1f"}},
}
V5 = {
    "picture": {"hidden": True, "url": "https://x.org/me.jpg"},
    "basics": {
        "name": "Ada Lovelace",
        "headline": "Analyst",
        "website": {"url": "https://ada.example.org", "label": ""},
        "customFields": [{"icon": "star", "text": "Harpist"}],
    },
    "summary": {"title": "About", "hidden": False, "content": "<p>Hello.</p>"},
    "sections": {
        "experience": {
            "title": "Experience",
            "hidden": False,
            "items": [
                {
                    "hidden": False,
                    "company": "Engines Ltd",
                    "position": "Analyst",
                    "period": "1843 - 1845",
                    "description": "<p>Notes.</p>",
                    "website": {"url": "https://engines.example.org"},
                }
            ],
        },
        "education": {
            "title": "Education",
            "hidden": False,
            "items": [{"hidden": True, "school": "Home", "degree": "Private"}],
        },
    },
}


def _text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2)


def _line(document: dict[str, Any], text: str) -> int:
    """The line of the file `_text(document)` that holds `text`."""
    return next(i for i, line in enumerate(_text(document).splitlines(), 1) if text in line)


def _import(tmp_path: Path, document: dict[str, Any]) -> Any:
    path = tmp_path / "export.json"
    path.write_text(_text(document), encoding="utf-8")
    imported = import_file(path)
    assert imported.format == "Reactive Resume JSON"
    source_text(imported, tmp_path / "out.yaml")
    return imported


def test_v4_rich_text_hidden_items_and_custom_sections(tmp_path: Path) -> None:
    imported = _import(tmp_path, V4)
    assert imported.data["basics"]["summary"] == "Writes **programs**."
    assert imported.data["work"] == [
        {
            "name": "Engines Ltd",
            "position": "Analyst",
            "location": "London",
            "startDate": "1843-01",
            "endDate": "present",
            "url": "https://engines.example.org",
            "summary": "Wrote the *Notes*.",
            "highlights": ["Note G", "A [table](https://x.org)"],
        }
    ]
    assert "volunteer" not in imported.data
    assert imported.data["awards"] == [{"title": "Fellow", "date": "1842"}]
    assert imported.data["render"] == {"pageSize": "a4", "design": {"accent": "#0891b2"}}
    assert [(n.line, n.message) for n in imported.notes] == [
        (
            _line(V4, '"company": "Secret Society"') - 2,  # the item's `{`
            "“Secret Society” is hidden in Reactive Resume: left out",
        ),
        (
            _line(V4, '"volunteer": {'),
            "section “Volunteering” is hidden in Reactive Resume: left out",
        ),
    ]


def test_v3_dates_as_ranges_and_markdown(tmp_path: Path) -> None:
    data = _import(tmp_path, V3).data
    assert data["basics"]["summary"] == "Writes **programs**."
    assert data["work"][0]["startDate"] == "1843-01" and "endDate" not in data["work"][0]
    assert data["education"] == [
        {
            "institution": "Home",
            "studyType": "Private",
            "area": "Maths",
            "score": "A",
            "startDate": "1830",
            "endDate": "1835",
            "courses": ["Calculus"],
        }
    ]
    assert data["render"] == {"locale": "en", "design": {"accent": "#7a1f1f"}}


def test_v5_periods_websites_and_hidden_flags(tmp_path: Path) -> None:
    imported = _import(tmp_path, V5)
    assert imported.data["basics"] == {
        "name": "Ada Lovelace",
        "label": "Analyst",
        "url": "https://ada.example.org",
        "summary": "Hello.",
    }
    assert imported.data["work"][0]["startDate"] == "1843"
    assert imported.data["work"][0]["url"] == "https://engines.example.org"
    assert "education" not in imported.data
    assert [n.message for n in imported.notes] == [
        "custom field “star: Harpist”: no field of ours holds it",
        "“Home” is hidden in Reactive Resume: left out",
    ]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_export_keeps_every_visible_job_and_school(tmp_path: Path, path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    sections = document["sections"]
    shown = [
        item
        for key in ("experience", "education")
        if sections.get(key, {}).get("visible", True)
        for item in sections.get(key, {}).get("items", [])
        if item.get("visible", True)
    ]
    jobs = {(e.get("name"), e.get("position")) for e in imported.data.get("work", [])}
    starts = {e.get("startDate", "")[:4] for e in imported.data.get("work", [])}
    schools = {e.get("institution") for e in imported.data.get("education", [])}
    for item in shown:
        if "company" in item:
            assert (item["company"].strip() or None, item["position"].strip() or None) in jobs
            if year := re.search(r"\d{4}", str(item.get("date"))):
                assert year[0] in starts
        else:
            assert item["institution"].strip() in schools
    assert imported.data["basics"]["name"] == document["basics"]["name"]
