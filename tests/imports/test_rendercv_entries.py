"""RenderCV's entries: an entry's keys say its kind, and the section's title (in several
languages) says which section of ours it goes to."""

from __future__ import annotations

from typing import Any

import pytest

from resume.imports.rendercv_entries import kind_of, shorten, target_of


@pytest.mark.parametrize(
    ("title", "section"),
    [
        ("Volunteer_Work", "volunteer"),
        ("Honors and Awards", "awards"),
        ("Licenses & Certifications", "certificates"),
        ("Selected_Publications", "publications"),
        ("Sprachen", "languages"),
        ("Hobbies", "interests"),
        ("About Me", "summary"),
        ("Technical Skills", "skills"),
        ("Progetti", "projects"),
        ("Esperienze lavorative", "work"),
        ("Expérience", "work"),
        ("Formazione", "education"),
        ("Leadership Experience", "volunteer"),  # the first that matches: not work
        ("Miscellaneous", None),
    ],
)
def test_a_sections_title_says_where_it_goes(title: str, section: str | None) -> None:
    assert target_of(title) == section


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ({"institution": "MIT", "area": "Physics", "company": "x"}, "education"),
        ({"company": "Acme", "position": "Engineer"}, "experience"),
        ({"title": "A paper", "authors": ["Ada"]}, "publication"),
        ({"label": "Languages", "details": "Python"}, "one_line"),
        ({"bullet": "Did a thing"}, "text"),
        ({"number": "First"}, "text"),
        ({"name": "A prize", "date": "2020"}, "normal"),
        ("Just a sentence.", "text"),
        ({"colour": "red"}, "unknown"),
    ],
)
def test_an_entrys_keys_say_its_kind(entry: Any, kind: str) -> None:
    assert kind_of(entry) == kind


def test_a_long_text_is_shortened_for_a_note() -> None:
    assert shorten("x" * 60) == "x" * 60
    assert shorten("x" * 61) == "x" * 59 + "…"
