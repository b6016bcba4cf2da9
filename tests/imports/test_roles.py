"""Consecutive jobs at one employer become one employer with its roles, in the order given."""

from __future__ import annotations

from resume.imports.roles import fold_roles


def test_consecutive_jobs_at_one_employer_become_its_roles() -> None:
    work = [
        {"name": "Acme", "url": "https://acme.example", "position": "Lead", "startDate": "2022"},
        {"name": " acme ", "position": "Engineer", "startDate": "2019", "highlights": ["x"]},
        {"name": "Globex", "position": "Intern", "startDate": "2018"},
    ]
    assert fold_roles(work) == [
        {
            "name": "Acme",
            "url": "https://acme.example",
            "roles": [
                {"position": "Lead", "startDate": "2022"},
                {"position": "Engineer", "startDate": "2019", "highlights": ["x"]},
            ],
        },
        {"name": "Globex", "position": "Intern", "startDate": "2018"},
    ]


def test_jobs_apart_or_without_a_position_or_a_name_stay_apart() -> None:
    apart = [{"name": "Acme", "position": "A"}, {"name": "B", "position": "B"}]
    apart += [{"name": "Acme", "position": "C"}]
    no_position = [{"name": "Acme", "position": "A"}, {"name": "Acme"}]
    no_name = [{"position": "A"}, {"position": "B"}]
    for work in (apart, no_position, no_name):
        assert fold_roles(work) == work
