"""A JSON Resume file is read leniently, each rule with a warning at the value's place; the
same quirk in a YAML source stays an error (our own format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from resume.errors import UserError
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.validate import validate


def read(tmp_path: Path, text: str, name: str = "resume.json") -> tuple[Resume, list[str]]:
    """The model of `text` as a source file, and its warnings as printed (without the file)."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    resume, problems = validate(load_source(source))
    assert all(p.warning for p in problems)
    return resume, [str(p).removeprefix(f"{source}:") for p in problems]


def read_data(tmp_path: Path, data: dict[str, Any]) -> tuple[Resume, list[str]]:
    return read(tmp_path, json.dumps(data, indent=2, ensure_ascii=False))


@pytest.mark.parametrize(
    ("key", "slip"),
    [("higlights", "left out"), ("hihglights", "swapped"), ("highlightss", "added"),
     ("hignlights", "changed"), ("Highlights", "case")],
)  # fmt: skip
def test_each_kind_of_slip_is_read_as_the_key(tmp_path: Path, key: str, slip: str) -> None:
    resume, warnings = read_data(tmp_path, {"basics": {"name": "A"}, "work": [{key: ["x"]}]})
    assert [h.text for h in resume.work[0].highlights] == ["x"], slip
    assert warnings[0].endswith(f"work[0].{key}: misspelt key, read as `highlights`")


def test_a_misspelt_key_is_read_as_the_key_it_is_one_slip_from(tmp_path: Path) -> None:
    text = """{
  "basics": {"name": "Ada Example"},
  "work": [{"name": "Acme", "higlights": ["Shipped it"]}]
}"""
    resume, warnings = read(tmp_path, text)
    assert [h.text for h in resume.work[0].highlights] == ["Shipped it"]
    assert warnings == ["3:29: warning: work[0].higlights: misspelt key, read as `highlights`"]


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ({"location_type": "remote"}, "not one slip away, though similar"),
        ({"highlight": "one", "highlights": ["two"]}, "the key it is near is written too"),
        ({"higlights": "one", "hihglights": ["two"]}, "two keys are near the same key"),
        ({"nam": ["a", "list"]}, "a list where the near key holds text"),
    ],
)
def test_an_unknown_key_is_ignored_with_a_hint(
    tmp_path: Path, entry: dict[str, Any], why: str
) -> None:
    resume, warnings = read_data(tmp_path, {"basics": {"name": "A"}, "work": [entry]})
    assert all("unknown key, ignored" in w for w in warnings), why
    assert len(warnings) == len([k for k in entry if k != "highlights"])
    assert resume.work[0].name is None


def test_the_hint_is_kept_for_a_near_miss(tmp_path: Path) -> None:
    _, warnings = read_data(tmp_path, {"basics": {"name": "A"}, "certifications": []})
    assert warnings == [
        "5:3: warning: certifications: unknown key, ignored; did you mean `certificates`?"
    ]


def test_a_misspelt_key_in_yaml_is_still_an_error(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text("basics:\n  name: A\nwork:\n  - higlights: [x]\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"work\[0\]\.higlights: unknown key; did you mean"):
        validate(load_source(source))


def test_translations_use_the_language_rendered_or_the_first(tmp_path: Path) -> None:
    summary = {"de": "Hallo", "en": "Hello"}
    resume, warnings = read_data(tmp_path, {"basics": {"name": "A", "summary": summary}})
    assert (resume.basics.summary, warnings) == ("Hello", [])  # English unless a locale says
    data = {"basics": {"name": "A", "summary": summary}, "render": {"locale": "de-AT"}}
    assert read_data(tmp_path, data)[0].basics.summary == "Hallo"
    only = {"basics": {"name": "A", "summary": {"de": "Hallo", "fr": "Salut"}}}
    resume, warnings = read_data(tmp_path, only)
    assert resume.basics.summary == "Hallo"
    assert warnings == [
        "4:16: warning: basics.summary: translations (de, fr): none in `en`, the `de` one is used"
    ]


def test_other_mappings_where_text_belongs_are_joined(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "A"},
        "work": [{"name": "Acme", "location": {"city": "Oslo", "countryCode": "NO"}}],
        "interests": [{"name": {"name": "Chess", "url": "https://chess.example"}}],
    }
    resume, warnings = read_data(tmp_path, data)
    assert resume.work[0].location == "Oslo, NO"
    assert resume.interests[0].name == "Chess"  # the same key inside: that one
    assert [w.split(": ", 3)[-1] for w in warnings] == [
        "a mapping where text belongs, its values joined",
        "a mapping where text belongs, read as its `name`",
    ]


def test_lists_and_text_change_places(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "A", "summary": ["First.", "Second."]},
        "work": [{"name": "Acme", "highlights": "Shipped it"}],
        "skills": [{"name": "Go", "keywords": "concurrency"}],
    }
    resume, warnings = read_data(tmp_path, data)
    assert resume.basics.summary == "First.\n\nSecond."
    assert [h.text for h in resume.work[0].highlights] == ["Shipped it"]
    assert resume.skills[0].keywords == ["concurrency"]
    assert [w.split(": ", 2)[-1] for w in warnings] == [
        "basics.summary: a list where text belongs, read as paragraphs",
        "work[0].highlights: a single text, read as a list of one",
        "skills[0].keywords: a single text, read as a list of one",
    ]


def test_numbers_become_text_and_nulls_are_left_out(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "A", "phone": 5551234, "email": None},
        "work": [None, {"name": "Acme", "highlights": [None, "Shipped"]}],
        "references": 0,
        "education": [{"institution": "Uni", "score": 3.9, "courses": [101, None]}],
    }
    resume, warnings = read_data(tmp_path, data)
    assert resume.basics.phone == "5551234" and resume.basics.email is None
    assert [w.name for w in resume.work] == ["Acme"]
    assert [h.text for h in resume.work[0].highlights] == ["Shipped"]
    assert resume.references == []
    assert (resume.education[0].score, resume.education[0].courses) == ("3.9", ["101"])
    messages = [w.split(": ", 3)[-1] for w in warnings]
    assert messages.count("is empty (null), left out") == 4
    assert "the number 5551234, read as text" in messages
    assert "0 where a list belongs, left out" in messages


def test_nested_entries_are_flattened(tmp_path: Path) -> None:
    text = """{
  "basics": {"name": "A"},
  "work": [[{"name": "Acme"}, {"name": "Initech"}], {"name": "Hooli"}]
}"""
    resume, warnings = read(tmp_path, text)
    assert [w.name for w in resume.work] == ["Acme", "Initech", "Hooli"]
    assert warnings == ["3:12: warning: work[0]: a list inside the list, its items read in place"]


def test_a_key_written_twice_keeps_the_last(tmp_path: Path) -> None:
    text = '{"basics": {"name": "Tom",\n "name": "Thomas"}}'
    resume, warnings = read(tmp_path, text)
    assert resume.basics.name == "Thomas"
    assert warnings == [
        "2:2: warning: basics.name: written twice (first on line 1); the last one is used"
    ]


@pytest.mark.parametrize("data", [{}, {"basics": {"label": "Analyst"}}, {"basics": None}])
def test_a_missing_name_is_empty_and_said(tmp_path: Path, data: dict[str, Any]) -> None:
    resume, warnings = read_data(tmp_path, data)
    assert resume.basics.name == ""
    assert any(
        "basics.name: " in w and "the files are named Resume.pdf and Portfolio.pdf" in w
        for w in warnings
    )


def test_what_the_model_still_refuses_is_left_out(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "A", "url": "javascript:alert(1)"},
        "render": {"pageSize": "A5"},
        "articles": [{"url": "https://a.example"}],
    }
    resume, warnings = read_data(tmp_path, data)
    assert resume.basics.url is None
    assert resume.render.page_size is None
    assert resume.articles == []
    assert any("basics.url: " in w and w.endswith("; left out") for w in warnings)
    assert any("articles[0]: has no `title`, left out" in w for w in warnings)


def test_html_in_text_is_shown_as_text(tmp_path: Path) -> None:
    """Raw HTML stays text (markdown-it with html off): the reader sees what was written."""
    from resume.content.view import inline

    data = {"basics": {"name": "A", "summary": "One<br>two <a href='x'>link</a>"}}
    resume, _ = read_data(tmp_path, data)
    assert inline(resume.basics.summary) == "One&lt;br&gt;two &lt;a href='x'&gt;link&lt;/a&gt;"


def test_mappings_inside_a_list_of_text_are_joined(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "A"},
        "projects": [{"name": "P", "roles": [{"title": "Lead", "since": 2020}, "Author"]}],
    }
    resume, warnings = read_data(tmp_path, data)
    assert resume.projects[0].roles == ["Lead, 2020", "Author"]
    assert [w.split(": ", 2)[-1] for w in warnings] == [
        "projects[0].roles[0]: a mapping where text belongs, its values joined"
    ]


def test_without_a_name_the_files_are_named_for_what_they_are(tmp_path: Path) -> None:
    from resume.content.view import make_document
    from resume.outputs.target import output_name

    resume, _ = read_data(tmp_path, {"basics": {"label": "Analyst"}})
    assert output_name(resume.basics.name, "Resume") == "Resume.pdf"
    assert output_name(resume.basics.name, "Portfolio") == "Portfolio.pdf"
    assert make_document(resume, "resume").title == "Résumé"
