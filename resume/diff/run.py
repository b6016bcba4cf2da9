"""`resume diff`, from the two sides to the printed report."""

from __future__ import annotations

from pathlib import Path

from resume.diff.content import diff_resumes
from resume.diff.report import Diff, as_json, as_markdown, as_text
from resume.diff.sources import read_side

FORMATS = {"text": as_text, "json": as_json, "markdown": as_markdown}


def run_diff(
    old_spec: str, new_spec: str | None, source: Path, form: str, on_page: bool, png: Path | None
) -> str:
    """The diff of `old_spec` and `new_spec` (None: the working tree), in `form`; with
    `on_page`, both rendered and their one-page résumés compared (WeasyPrint loads only then)."""
    old, new = read_side(old_spec, source), read_side(new_spec, source)
    diff = Diff(old.label, new.label, diff_resumes(old.resume, new.resume))
    if on_page:
        from resume.diff.pages import compare_pages

        diff.pages = compare_pages(old, new, source, png)
    return FORMATS[form](diff)
