"""A diff of content, not of lines: entries matched by who they are (a job by position and
employer), so that a swap is a move, an edit of a name is still one entry, and a highlight's
edit is marked word by word; basics and the other single parts compared field by field."""

from __future__ import annotations

from typing import Any

from resume.diff.content import EntryChange, FieldChange, diff_resumes
from resume.diff.words import Segment
from resume.source.model import Resume

ACME = {"name": "Acme", "position": "Engineer", "startDate": "2019", "highlights": ["Built it."]}
INITECH = {
    "name": "Initech",
    "position": "Tech Lead",
    "startDate": "2021",
    "highlights": ["Led a team of 5.", "Cut costs."],
}


def resume(**parts: Any) -> Resume:
    return Resume.model_validate({"basics": {"name": "Ada Lovelace"}, **parts})


def test_the_same_source_has_no_change() -> None:
    same = resume(work=[INITECH, ACME])
    assert diff_resumes(same, same) == []


def test_a_highlights_edit_is_marked_word_by_word() -> None:
    edited = {**INITECH, "highlights": ["Led a team of 7.", "Cut costs."]}
    assert diff_resumes(resume(work=[INITECH]), resume(work=[edited])) == [
        EntryChange(
            "work",
            "Tech Lead, Initech",
            "changed",
            0,
            0,
            [
                FieldChange(
                    "highlights[0]",  # counted from 0, as the source's lists are
                    "changed",
                    "Led a team of 5.",
                    "Led a team of 7.",
                    [
                        Segment("equal", "Led a team of "),
                        Segment("delete", "5"),
                        Segment("insert", "7"),
                        Segment("equal", "."),
                    ],
                )
            ],
        )
    ]


def test_a_swap_is_one_move_and_a_renamed_position_is_the_same_job() -> None:
    promoted = {**ACME, "position": "Senior Engineer"}
    changes = diff_resumes(resume(work=[INITECH, ACME]), resume(work=[promoted, INITECH]))
    assert [(c.kind, c.entry, c.old_index, c.new_index) for c in changes] == [
        ("changed", "Senior Engineer, Acme", 1, 0),
        ("moved", "Tech Lead, Initech", 0, 1),
    ]
    [position] = changes[0].fields
    assert (position.field, position.old, position.new) == (
        "position",
        "Engineer",
        "Senior Engineer",
    )


def test_entries_come_and_go_and_basics_are_named_after_the_person() -> None:
    old = resume(projects=[{"name": "Tiny Compiler"}], work=[ACME])
    new = Resume.model_validate(
        {"basics": {"name": "Ada King"}, "projects": [{"name": "Search"}], "work": [ACME]}
    )
    changes = diff_resumes(old, new)
    assert [(c.section, c.kind, c.entry) for c in changes] == [
        ("basics", "changed", "Ada King"),
        ("projects", "removed", "Tiny Compiler"),
        ("projects", "added", "Search"),
    ]
    assert [(f.field, f.old, f.new) for f in changes[0].fields] == [
        ("name", "Ada Lovelace", "Ada King")
    ]
