"""FRESH résumés (HackMyResume), JSON or YAML, checked against what the files say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

REAL = sorted((IMPORTS / "fresh" / "files").iterdir())

FRESH_YAML = """\
name: Ada Lovelace
meta:
  format: FRESH@0.6.0
info:
  label: Analyst
  brief: Writes programs.
contact:
  email: ada@example.org
  website: ada.example.org
employment:
  history:
    - employer: Engines Ltd
      position: Analyst
      start: 1843-01
      current: true
      highlights: [Note G]
    - employer: Secret Society
      position: Member
      private: true
writing:
  - title: Sketch of the Analytical Engine
    publisher: {name: Scientific Memoirs}
    date: 1843-09
governance:
  - summary: Chairs the harp society
"""


def _line(text: str) -> int:
    return next(i for i, line in enumerate(FRESH_YAML.splitlines(), 1) if text in line)


def test_fresh_yaml_with_a_private_entry_and_what_has_no_place(tmp_path: Path) -> None:
    path = tmp_path / "resume.yaml"
    path.write_text(FRESH_YAML, encoding="utf-8")
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    assert imported.format == "FRESH (HackMyResume)"
    assert imported.data["basics"] == {
        "name": "Ada Lovelace",
        "label": "Analyst",
        "summary": "Writes programs.",
        "email": "ada@example.org",
        "url": "https://ada.example.org",
    }
    assert imported.data["work"] == [
        {
            "name": "Engines Ltd",
            "position": "Analyst",
            "startDate": "1843-01",
            "highlights": ["Note G"],
        }
    ]
    assert imported.data["articles"] == [
        {
            "title": "Sketch of the Analytical Engine",
            "publisher": "Scientific Memoirs",
            "date": "1843-09",
        }
    ]
    assert [(n.line, n.message) for n in imported.notes] == [
        (_line("governance:"), "`governance`: no section of ours holds it"),
        (_line("- employer: Secret Society"), "an entry of `employment` marked private: left out"),
    ]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_fresh_file_keeps_its_jobs_and_schools(tmp_path: Path, path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    jobs = {(e["name"], e["position"], e.get("startDate")) for e in imported.data["work"]}
    for job in document["employment"]["history"]:
        assert (job["employer"], job["position"], job.get("start")) in jobs
    schools = {e["institution"] for e in imported.data["education"]}
    assert {e["institution"] for e in document["education"]["history"]} <= schools
    assert imported.data["basics"]["name"] == document["name"]
