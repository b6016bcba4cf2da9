"""What a PDF says about itself, as a library catalogue, a screen reader and `resume export` read
it: title, author, subject without markdown, keywords once each, the language of its labels,
the build date, and the source of what it shows (the condensed résumé when it was condensed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from resume.content.view import make_document
from resume.outputs.printed import leave_out, pdf_meta
from resume.plan import Plan, RenderOptions, make_plans
from resume.source.validate import read_source

SOURCE = """\
basics:
  name: Aaron Wu
  label: Backend Engineer
  headline: Search and *agents*
work:
  - {name: AMD, position: Engineer, startDate: 2021-03, highlights: [Built search.]}
skills:
  - {name: Languages, keywords: [Go, Python, Go]}
render:
  locale: de_AT
"""
BUILT = datetime(2024, 5, 17, tzinfo=UTC)


def plan_of(tmp_path: Path) -> Plan:
    source = tmp_path / "resume.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    options = RenderOptions(source=source, out=tmp_path, outputs=["text"], date=BUILT)
    [plan] = make_plans(read_source(source), options)
    return plan


def test_the_pdf_describes_the_person_in_the_sources_language(tmp_path: Path) -> None:
    plan = plan_of(tmp_path)
    meta = pdf_meta(plan, make_document(plan.resume, "resume"), plan.resume)
    assert (meta.title, meta.author, meta.subject) == (
        "Aaron Wu — Lebenslauf",
        "Aaron Wu",
        "Search and agents",
    )
    assert (meta.keywords, meta.lang, meta.date) == (["Go", "Python"], "de-AT", BUILT)
    assert meta.provenance == {"output": "resume"}
    [embedded] = meta.files
    assert embedded.name == "resume.json"
    assert json.loads(embedded.data)["skills"][0]["keywords"] == ["Go", "Python", "Go"]


def test_a_condensed_resume_carries_what_it_shows_and_says_so(tmp_path: Path) -> None:
    plan = plan_of(tmp_path)
    shown = plan.resume.model_copy(update={"skills": []})
    meta = pdf_meta(plan, make_document(shown, "resume"), shown)
    assert meta.provenance == {"output": "resume", "condensed": "true"}
    assert "skills" not in json.loads(meta.files[0].data)


def test_characters_no_font_draws_are_left_out_and_nothing_else() -> None:
    assert leave_out(["☃", "\U0001f680"], "<p>Snow ☃ and 🚀 rockets</p>") == (
        "<p>Snow  and  rockets</p>"
    )
    assert leave_out([], "<p>☃</p>") == "<p>☃</p>"
