"""Every tag a source uses, wherever it is written: on an entry, on one of an employer's roles, on
a highlight of either (the tags `resume match` and the variants choose by)."""

from __future__ import annotations

from resume.source.model import Resume
from resume.source.tags import all_tags


def test_tags_are_found_on_entries_roles_and_highlights() -> None:
    resume = Resume.model_validate(
        {
            "basics": {"name": "Mira Castellanos"},
            "work": [
                {
                    "name": "AMD",
                    "tags": ["hardware"],
                    "roles": [
                        {
                            "position": "Senior Firmware Engineer",
                            "tags": ["firmware"],
                            "highlights": [{"text": "Cut boot time by 40%.", "tags": ["boot"]}],
                        },
                        {"position": "Firmware Engineer", "highlights": ["Wrote a driver."]},
                    ],
                }
            ],
            "projects": [
                {"name": "Lab", "highlights": [{"text": "3,000 tests a night.", "tags": ["qa"]}]}
            ],
            "skills": [{"name": "C", "tags": ["systems"]}],
            "awards": [{"title": "Best paper", "tags": ["research"]}],
        }
    )
    assert all_tags(resume) == {"hardware", "firmware", "boot", "qa", "systems", "research"}


def test_a_source_without_tags_has_none() -> None:
    resume = Resume.model_validate(
        {"basics": {"name": "Ada"}, "work": [{"name": "Engines", "highlights": ["Built one."]}]}
    )
    assert all_tags(resume) == set()
