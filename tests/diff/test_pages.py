"""What `resume diff --render` says of a page, from the sources each side's PDF carries: what
condensing now leaves out or no longer does, and which changes the page shows. No render: the
sides are built as the PDFs' embedded sources would be."""

from __future__ import annotations

from resume.diff.pages import SidePdf, compare
from resume.source.loader import load_source
from resume.source.model import Project, Resume
from resume.source.validate import validate
from tests.conftest import ROOT

NOTE = "{} pt type, leading 1.15, margins 0.40 in"  # the setting of the fit (Fit.setting)


def long_resume() -> Resume:
    resume, _ = validate(load_source(ROOT / "tests" / "cases" / "fit" / "double.yaml"))
    return resume


def without_last_projects(resume: Resume, count: int) -> Resume:
    return resume.model_copy(update={"projects": resume.projects[:-count] if count else []})


def test_a_new_project_pushes_the_oldest_off_the_page() -> None:
    old = long_resume()
    new = old.model_copy(
        update={"projects": [Project(name="Newest Thing", highlights=[]), *old.projects]}
    )
    before = SidePdf(None, 1, NOTE.format("9.1"), old, without_last_projects(old, 1))
    after = SidePdf(None, 1, NOTE.format("9.3"), new, without_last_projects(new, 2))
    change = compare(None, before, after)
    pushed = old.projects[-2]
    assert change.left_out == [f"projects: {pushed.name}"]  # its highlights go without saying
    assert change.back_in == []
    assert change.fitting == (
        "9.1 pt type, leading 1.15, margins 0.40 in",
        "9.3 pt type, leading 1.15, margins 0.40 in",
    )
    assert [(c.kind, c.entry) for c in change.shown] == [
        ("removed", pushed.name),
        ("added", "Newest Thing"),
    ]


def test_a_shorter_source_brings_back_what_was_left_out_but_not_what_it_deleted() -> None:
    old = long_resume()
    new = without_last_projects(old, 1)  # the source itself drops the last project
    before = SidePdf(None, 1, NOTE.format("9.1"), old, without_last_projects(old, 2))
    after = SidePdf(None, 1, NOTE.format("9.1"), new, new)
    change = compare("backend", before, after)
    assert change.pdf == "résumé, variant backend"
    assert change.back_in == [f"projects: {old.projects[-2].name}"]
    assert change.left_out == []
