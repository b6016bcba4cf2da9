"""RenderCV YAML of every era: each entry type lands in the section of ours that holds it, the
title of a section decides between near kinds, consecutive roles at one employer become
`roles`; checked against what the files say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

REAL = sorted(IMPORTS.glob("rendercv*/files/*.yaml"))

EVERY_KIND = """\
cv:
  name: Ada Lovelace
  headline: Analyst
  location: London, UK
  email: ada@example.org
  phone: tel:+44-20-7946-0000
  website: https://ada.example.org
  social_networks:
    - network: GitHub
      username: ada
    - network: LinkedIn
      username: linkedin.com/in/ada-l
  sections:
    Profile:
      - Writes the **first** programs, see [notes](https://ada.example.org/notes).
      - Reads Babbage.
    Motto:
      - That brain of mine is something more than merely mortal.
    Work History:
      - company: Analytical Engines Ltd
        position: Senior Analyst
        start_date: 1843-01
        end_date: present
        location: London
        highlights:
          - Published the *Notes*, with [Note G](https://ada.example.org/g).
      - company: Analytical Engines Ltd
        position: Analyst
        start_date: 1840-05
        end_date: 1842-12
      - company: Royal Society
        position: Correspondent
        date: Summer 1839
    education:
      - institution: Home tutoring
        area: Mathematics
        degree: Private
        start_date: 1830
        end_date: 1835
        highlights:
          - "**Final grade:** 4.0/4.0"
          - Calculus with De Morgan
    Side Projects:
      - name: Difference Engine notes
        date: '[github.com/ada/notes](https://github.com/ada/notes)'
        summary: Annotated translation
    Honors:
      - name: Honorary fellow
        date: 1842-06
    Skills:
      - label: Mathematics
        details: Calculus, Algebra (Boolean, linear); Analysis
    Languages:
      - label: French
        details: Fluent
    Certifications:
      - bullet: Engine operation, first class
    Papers:
      - number: Sketch of the Analytical Engine
      - title: Notes on the Engine
        authors: [A. Lovelace, C. Babbage]
        doi: 10.1000/xyz123
        journal: Scientific Memoirs
        date: 1843-09
    Talks:
      - reversed_number: On engines, Royal Institution
    Other information:
      - bullet: Plays the harp
      - bullet: "**Tools:** Loom, punched cards"
"""


def _import(tmp_path: Path, text: str, name: str = "cv.yaml") -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    imported = import_file(path)
    assert imported.format == "RenderCV YAML"
    source_text(imported, tmp_path / "out.yaml")  # validates, or raises
    return imported.data


@pytest.fixture
def every_kind(tmp_path: Path) -> dict[str, Any]:
    return _import(tmp_path, EVERY_KIND)


def test_cv_fields_become_basics(every_kind: dict[str, Any]) -> None:
    basics = every_kind["basics"]
    assert basics["name"] == "Ada Lovelace"
    assert basics["label"] == "Analyst"
    assert basics["phone"] == "+44-20-7946-0000"
    assert basics["location"] == {"city": "London, UK"}
    assert basics["profiles"] == [
        {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
        {"network": "LinkedIn", "username": "ada-l", "url": "https://linkedin.com/in/ada-l"},
    ]


def test_text_sections_become_the_summary_and_about_with_markdown_kept(
    every_kind: dict[str, Any],
) -> None:
    basics = every_kind["basics"]
    assert basics["summary"] == (
        "Writes the **first** programs, see [notes](https://ada.example.org/notes). Reads Babbage."
    )
    assert basics["about"] == "That brain of mine is something more than merely mortal."


def test_consecutive_jobs_at_one_employer_become_its_roles(every_kind: dict[str, Any]) -> None:
    engines, society = every_kind["work"]
    assert engines["name"] == "Analytical Engines Ltd"
    assert engines["location"] == "London"
    assert [(r["position"], r["startDate"], r.get("endDate")) for r in engines["roles"]] == [
        ("Senior Analyst", "1843-01", "present"),
        ("Analyst", "1840-05", "1842-12"),
    ]
    assert engines["roles"][0]["highlights"] == [
        "Published the *Notes*, with [Note G](https://ada.example.org/g)."
    ]
    # A season with a year is our date with a note; one date is a point in time, not ongoing.
    assert society["startDate"] == society["endDate"] == "1839 (Summer)"


def test_each_entry_type_lands_where_its_title_says(every_kind: dict[str, Any]) -> None:
    assert every_kind["education"] == [
        {
            "institution": "Home tutoring",
            "area": "Mathematics",
            "studyType": "Private",
            "startDate": "1830",
            "endDate": "1835",
            "score": "4.0/4.0",
            "courses": ["Calculus with De Morgan"],
        }
    ]
    assert every_kind["projects"] == [
        {
            "name": "Difference Engine notes",
            "description": "Annotated translation",
            "url": "https://github.com/ada/notes",
        }
    ]
    assert every_kind["awards"] == [{"title": "Honorary fellow", "date": "1842-06"}]
    assert every_kind["skills"] == [
        {"name": "Mathematics", "keywords": ["Calculus", "Algebra (Boolean, linear)", "Analysis"]},
        {"name": "Tools", "keywords": ["Loom", "punched cards"]},  # a bullet's label says
    ]
    assert every_kind["languages"] == [{"language": "French", "fluency": "Fluent"}]
    assert every_kind["certificates"] == [{"name": "Engine operation, first class"}]
    assert every_kind["publications"] == [
        {"name": "Sketch of the Analytical Engine", "type": "Papers"},
        {
            "name": "Notes on the Engine",
            "publisher": "Scientific Memoirs",
            "releaseDate": "1843-09",
            "url": "https://doi.org/10.1000/xyz123",
            "summary": "A. Lovelace, C. Babbage",
            "type": "Papers",
        },
        {"name": "On engines, Royal Institution", "type": "Talks"},
    ]


def test_the_order_of_sections_is_kept_for_the_resume(every_kind: dict[str, Any]) -> None:
    assert every_kind["render"]["sections"]["resume"] == [
        "work", "education", "projects", "awards", "skills", "languages", "certificates",
        "publications",
    ]  # fmt: skip


def test_what_has_no_place_is_noted_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(EVERY_KIND, encoding="utf-8")
    notes = [(note.line, note.message) for note in import_file(path).notes]
    line = EVERY_KIND.splitlines().index("      - bullet: Plays the harp") + 1
    assert (
        line,
        "“Plays the harp” (section “Other information”): no section of ours holds it",
    ) in notes


def test_titles_not_ours_are_said_beside_the_section(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(EVERY_KIND, encoding="utf-8")
    text, _ = source_text(import_file(path), tmp_path / "out.yaml")
    assert "work:  # from RenderCV's “Work History”" in text
    assert "projects:  # from RenderCV's “Side Projects”" in text


def _entries(path: Path) -> list[dict[str, Any]]:
    sections = yaml.safe_load(path.read_text(encoding="utf-8"))["cv"].get("sections") or {}
    return [e for entries in sections.values() for e in entries or [] if isinstance(e, dict)]


def _jobs(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(employer, position, start) of every job and volunteering, roles included."""
    found = set()
    for entry in data.get("work", []) + data.get("volunteer", []):
        employer = entry.get("name") or entry.get("organization") or ""
        for role in entry.get("roles") or [entry]:
            found.add((employer, role.get("position", ""), role.get("startDate", "")))
    return found


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_file_keeps_every_employer_title_date_and_school(path: Path) -> None:
    data = import_file(path).data
    jobs = _jobs(data)
    schools = {e["institution"] for e in data.get("education", [])}
    for entry in _entries(path):
        if "company" in entry:
            job = (str(entry["company"]).strip(), str(entry["position"]).strip())
            assert job in {(employer, position) for employer, position, _ in jobs}
            if entry.get("start_date"):
                assert (*job, str(entry["start_date"])) in jobs
        if "institution" in entry:
            assert str(entry["institution"]).strip() in schools
    assert data["basics"]["name"] == yaml.safe_load(path.read_text(encoding="utf-8"))["cv"]["name"]
