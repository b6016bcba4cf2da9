"""A source exported as RenderCV YAML, and read back by `resume import`: what both tools hold
comes back."""

from __future__ import annotations

from pathlib import Path

import yaml

from resume.imports import import_file, source_text
from resume.source.loader import load_source
from resume.source.rendercv import rendercv_text
from resume.source.validate import validate
from tests.conftest import ROOT


def test_the_example_goes_to_rendercv_and_back(tmp_path: Path) -> None:
    resume, _ = validate(load_source(ROOT / "data" / "example.yaml"))
    exported = tmp_path / "Zofia_CV.yaml"
    exported.write_text(rendercv_text(resume), encoding="utf-8")
    document = yaml.safe_load(exported.read_text(encoding="utf-8"))
    assert document["design"] == {"theme": "classic"}
    assert "null" not in exported.read_text(encoding="utf-8")  # RenderCV refuses nulls

    imported = import_file(exported)
    source_text(imported, tmp_path / "back.yaml")  # validates
    data = imported.data
    assert data["basics"]["name"] == resume.basics.name
    assert [(w["name"], w["position"], w["startDate"]) for w in data["work"]] == [
        (w.name, w.position, w.start_date) for w in resume.work
    ]
    assert [e["institution"] for e in data["education"]] == [
        e.institution for e in resume.education
    ]
    assert [(s["name"], s["keywords"]) for s in data["skills"]] == [
        (s.name, s.keywords) for s in resume.skills
    ]
    assert [(a["title"], a["awarder"]) for a in data["awards"]] == [
        (a.title, a.awarder) for a in resume.awards
    ]
    assert [(c["name"], c["issuer"]) for c in data["certificates"]] == [
        (c.name, c.issuer) for c in resume.certificates
    ]
    assert [(p["name"], p["publisher"]) for p in data["publications"]] == [
        (p.name, p.publisher) for p in resume.publications
    ]
    assert [v["organization"] for v in data["volunteer"]] == [
        v.organization for v in resume.volunteer
    ]
    assert [lang["language"] for lang in data["languages"]] == [
        lang.language for lang in resume.languages
    ]
    assert data["basics"]["summary"] == resume.basics.summary
