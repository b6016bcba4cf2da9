"""work[].roles in the source: the employer's span, the rules, and JSON Resume's form of roles
(one work entry per role, folded back on reading). The messages of a bad source are in
tests/cases/errors/roles.yaml."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from resume.errors import UserError
from resume.source.jsonresume import to_json_resume
from resume.source.loader import load_source
from resume.source.model import Resume, Role, Work
from resume.source.roles import ROLE_OF
from resume.source.tags import all_tags
from resume.source.validate import validate

PROMOTED = Path(__file__).parent.parent / "cases" / "roles" / "promoted.yaml"


def read(tmp_path: Path, text: str, name: str = "source.yaml") -> tuple[Resume, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    resume, problems = validate(load_source(path))
    return resume, [str(problem) for problem in problems]


def work_json(*entries: dict[str, Any]) -> str:
    return json.dumps({"basics": {"name": "Ada"}, "work": list(entries)}, indent=2)


def test_an_employers_span_runs_from_the_first_start_to_the_last_end() -> None:
    def employer(*dates: tuple[str | None, str | None]) -> Work:
        roles = [Role(position="X", start_date=s, end_date=e) for s, e in dates]
        return Work(name="AMD", roles=roles)

    assert employer(("2022-03", None), ("2019-06", "2022-02")).span() == ("2019-06", "present")
    assert employer(("2021", "2023-05"), ("2018-02", "2020")).span() == ("2018-02", "2023-05")
    assert employer(("2021", "2023 (Summer)")).span() == ("2021", "2023 (Summer)")
    assert employer(("2022", "present"), ("2020", "2021")).span() == ("2020", "present")
    assert Work(name="AMD", start_date="2020", end_date="2021").span() == ("2020", "2021")


def test_roles_tags_count_as_used(tmp_path: Path) -> None:
    resume, warnings = read(tmp_path, PROMOTED.read_text(encoding="utf-8"))
    assert warnings == []  # the variant's `firmware` is on a role and a role's highlight
    assert {"firmware", "hardware", "testing"} <= all_tags(resume)
    (amd, _) = resume.work
    assert [role.position for role in amd.roles] == [
        "Senior Firmware Engineer",
        "Firmware Engineer",
    ]


def test_a_role_that_ends_in_its_start_year_is_in_order(tmp_path: Path) -> None:
    text = "basics: {name: A}\nwork:\n  - name: B\n    roles:\n"
    text += "      - {position: C, startDate: 2021-05, endDate: 2021}\n"
    text += "      - {position: D, startDate: 2020, endDate: present}\n"
    resume, warnings = read(tmp_path, text)
    assert warnings == [] and len(resume.work[0].roles) == 2


def test_the_export_has_one_entry_per_role_marked_with_its_employer() -> None:
    resume, _ = validate(load_source(PROMOTED))
    work = to_json_resume(resume)["work"]
    assert [(w["name"], w["position"]) for w in work] == [
        ("AMD", "Senior Firmware Engineer"),
        ("AMD", "Firmware Engineer"),
        ("Lumen Robotics", "Embedded Intern"),
    ]
    assert work[0][ROLE_OF] == work[1][ROLE_OF] == {"employer": 0, "tags": ["firmware", "hardware"]}
    assert ROLE_OF not in work[2] and "roles" not in work[0]
    assert work[0]["location"] == work[1]["location"] == "Austin, TX"
    assert "endDate" not in work[0] and work[1]["endDate"] == "2022-02"  # ongoing: left out
    assert work[0]["tags"] == ["firmware"] and "tags" not in work[1]
    assert work[1]["highlightTags"] == [[], ["testing"]]


def test_consecutive_entries_of_one_employer_are_read_as_its_roles(tmp_path: Path) -> None:
    text = work_json(
        {"company": "Acme", "position": "Lead", "startDate": "2021-01"},
        {"name": "Acme", "position": "Engineer", "startDate": "2019-01", "endDate": "2020-12"},
        {"name": "Initech", "position": "Intern", "url": "javascript:alert(1)"},
        {"name": "Acme", "position": "Contractor", "startDate": "2017"},
    )
    resume, warnings = read(tmp_path, text, "resume.json")
    acme, initech, later = resume.work
    assert acme.name == "Acme" and [r.position for r in acme.roles] == ["Lead", "Engineer"]
    assert acme.span() == ("2019-01", "present") and acme.position is None
    assert initech.url is None and later.position == "Contractor" and not later.roles
    lines = text.splitlines()
    first = next(n for n, line in enumerate(lines, 1) if '"company"' in line) - 1
    link = next(n for n, line in enumerate(lines, 1) if "javascript" in line)
    folded = f"resume.json:{first}:5: warning: work[0]: 2 entries at Acme read as one employer"
    assert any(folded in w for w in warnings), warnings
    # What is found after folding is still reported where the file says it.
    assert any(f"resume.json:{link}:" in w and "work[1].url" in w for w in warnings), warnings


def test_entries_that_differ_in_place_or_have_no_position_are_not_folded(tmp_path: Path) -> None:
    text = work_json(
        {"name": "Acme", "position": "Lead", "location": "Berlin"},
        {"name": "Acme", "position": "Engineer", "location": "Paris"},
        {"name": "Acme", "summary": "Consulting"},
    )
    resume, warnings = read(tmp_path, text, "resume.json")
    assert [w.position for w in resume.work] == ["Lead", "Engineer", None]
    assert not any("roles" in w or "employer" in w for w in warnings)


def test_a_json_file_with_roles_that_break_the_rules_still_renders(tmp_path: Path) -> None:
    roles = [{"position": "Engineer", "startDate": "2021", "endDate": "2020"}]
    text = work_json({"name": "Acme", "position": "Lead", "roles": roles})
    resume, warnings = read(tmp_path, text, "resume.json")
    (acme,) = resume.work
    assert acme.position is None and acme.roles[0].end_date is None
    assert any("work[0].position: belongs to a role" in w and "left out" in w for w in warnings)
    ends = "work[0].roles[0].endDate: the role ends (2020) before it starts (2021); left out"
    assert any(ends in w for w in warnings), warnings
    with pytest.raises(UserError):  # ours, in YAML: an error
        read(tmp_path, yaml.safe_dump(json.loads(text)))
