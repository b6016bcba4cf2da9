"""Condensing a long JSON Resume onto one page: what no page could hold is cut before any
layout, and the rest takes a handful of layouts, not one per stage of a 100-page document."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf

from resume.build import RenderOptions, render
from resume.engine.condense import precut
from resume.source.validate import read_source

ROLE = {
    "name": "Pied Piper",
    "position": "Engineer",
    "summary": "Built the compression engine.",
    "highlights": ["Shipped the middle-out algorithm", "Led a team of five", "Cut costs"],
}


def roles(count: int, folder: Path) -> Path:
    """A JSON Resume with `count` roles, the most recent first."""
    work = [
        {**ROLE, "name": f"Company {n}", "startDate": f"{2024 - n // 2:04d}-01-01"}
        for n in range(count)
    ]
    source = {"basics": {"name": "Richard Hendriks", "label": "CEO"}, "work": work}
    path = folder / f"roles-{count}.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    return path


def test_entries_no_page_could_hold_are_cut_before_layout(tmp_path: Path) -> None:
    long = read_source(roles(400, tmp_path)).resume
    cut = precut(long)
    assert cut is not None
    # Each role takes at least its title and two highlights' lines of 12 px.
    assert cut.max_entries == {"work": int((14 - 0.8) * 96 // 36)}  # a page no taller than legal
    on_letter = precut(long, page_size="letter")  # 11 in: fewer entries could be there
    assert on_letter is not None and on_letter.max_entries == {"work": int((11 - 0.8) * 96 // 36)}
    assert precut(long, pages=2) is not None
    assert cut.max_entries["work"] < precut(long, pages=2).max_entries["work"]  # type: ignore[union-attr]
    assert precut(read_source(roles(20, tmp_path)).resume) is None


def test_four_hundred_roles_are_condensed_in_few_layouts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = render(RenderOptions(source=roles(400, tmp_path), out=out, outputs=("resume",)))
    [written] = result.written
    assert written.fit is not None and written.fit.condensed
    assert written.fit.passes <= 3, written.fit  # the design, the cut at the floor, loosened
    assert len(pypdf.PdfReader(written.path).pages) == 1
    [warning] = [w.message for w in result.warnings if "leaves out" in w.message]
    assert "of 400 roles (the oldest)" in warning
    text = pypdf.PdfReader(written.path).pages[0].extract_text()
    assert "Company 0" in text and "Company 399" not in text  # the most recent are kept


def test_the_last_resort_goes_down_to_the_newest_entry_of_a_short_section(tmp_path: Path) -> None:
    """A section already cut to two entries can still give up one (found on a real file whose
    newest roles were long: the rounds stopped at the section's length)."""
    from resume.engine.condense import Cut, Measured, _entry_steps

    two = read_source(roles(2, tmp_path)).resume
    shown = Measured(entries={"work": [120.0, 80.0]})
    steps = list(_entry_steps(two, ["work"], shown, cap=None, last_resort=True))
    assert len(steps) == 1
    cut = Cut()
    step, gain = steps[0]
    step(cut)
    assert cut.max_entries == {"work": 1} and gain == 80.0  # the older one goes
