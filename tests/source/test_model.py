"""The model: what it accepts, what it documents, and JSON Resume as it stands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from resume.errors import UserError
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.parsed import Source
from resume.source.validate import validate
from resume.source.yaml_format import YAML
from tests.conftest import DEFAULT_SOURCE, SHARED

JSON_RESUMES = sorted((SHARED / "jsonresume").glob("**/*.json"))
JSON_RESUMES = [p for p in JSON_RESUMES if "fixtures" not in p.parts and p.name != "schema.json"]


def source_of(data: dict[str, Any]) -> Source:
    return Source(Path("test.yaml"), data, YAML)


def test_every_field_is_described() -> None:
    schema = Resume.model_json_schema(by_alias=True)
    missing = []
    for name, definition in schema["$defs"].items():
        for field, spec in definition.get("properties", {}).items():
            if "description" not in spec:
                missing.append(f"{name}.{field}")
    missing += [f for f, spec in schema["properties"].items() if "description" not in spec]
    assert not missing


def test_default_source_is_valid_without_warnings() -> None:
    resume, warnings = validate(load_source(DEFAULT_SOURCE))
    assert warnings == []
    assert resume.basics.name == "Aaron Wu"
    assert [w.position for w in resume.work] == [
        "Systems Infrastructure Engineer Intern",
        "Research Assistant (Federated Learning)",
        "Technical Lead",
        "R&D Intern",
    ]
    assert len(resume.projects) == 4 and len(resume.articles) == 3 and len(resume.reading) == 6


@pytest.mark.skipif(not JSON_RESUMES, reason="../shared/jsonresume is not beside the checkout")
@pytest.mark.parametrize("path", JSON_RESUMES, ids=[p.name for p in JSON_RESUMES])
def test_json_resume_documents_validate_as_they_stand(path: Path) -> None:
    resume, _warnings = validate(load_source(path))
    assert resume.basics.name == json.loads(path.read_text(encoding="utf-8"))["basics"]["name"]


def test_highlights_accept_strings_and_tagged_entries() -> None:
    data = {
        "basics": {"name": "A"},
        "work": [{"highlights": ["plain", {"text": "tagged", "tags": ["ai"]}]}],
    }
    resume, _ = validate(source_of(data))
    assert [(h.text, h.tags) for h in resume.work[0].highlights] == [
        ("plain", []),
        ("tagged", ["ai"]),
    ]


@pytest.mark.parametrize("value", [2020, "2020", "2020-02", "2020-02-29", "present", "Present"])
def test_dates_accepted(value: object) -> None:
    resume, _ = validate(source_of({"basics": {"name": "A"}, "work": [{"startDate": value}]}))
    assert resume.work[0].start_date in {"2020", "2020-02", "2020-02-29", "present"}


@pytest.mark.parametrize("value", ["2020-00", "2020-13", "20-01", "Jan 2020", "2020-01-32"])
def test_dates_refused(value: str) -> None:
    with pytest.raises(UserError, match=r"work\[0\]\.startDate"):
        validate(source_of({"basics": {"name": "A"}, "work": [{"startDate": value}]}))


def test_every_problem_is_reported_at_once() -> None:
    data = {"basics": {"nam": "A"}, "work": [{"position": 1.5, "startDate": "x"}], "skills": "Go"}
    with pytest.raises(UserError) as caught:
        validate(source_of(data))
    problems = {(p.field, p.warning) for p in caught.value.problems}
    assert problems == {
        ("basics", False),  # `name` is required
        ("basics.nam", False),  # unknown key; did you mean `name`?
        ("work[0].startDate", False),  # 'x' is not a date
        ("skills[0]", True),  # a text, read as `name: Go`
    }


def test_strict_turns_warnings_into_errors() -> None:
    data = {"basics": {"name": "A", "pronouns": "she/her"}}
    _, warnings = validate(source_of(data))
    assert [w.warning for w in warnings] == [True]
    with pytest.raises(UserError, match=r"basics\.pronouns: unknown key"):
        validate(source_of(data), strict=True)
