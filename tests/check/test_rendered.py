"""`resume check SOURCE`, as the pre-commit hook `resume-check` runs it: the source's résumé and
portfolio rendered into a temporary folder, each checked and named after the source, and nothing
left behind. One small render."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from resume.check.rendered import check_rendered, is_source

SOURCE = """\
basics: {name: Ada Lovelace, label: Programmer, email: ada@example.org}
work:
  - name: Analytical Engines
    position: Programmer
    startDate: 1842-09
    highlights: [Wrote the first published program.]
"""


@pytest.mark.parametrize(
    ("name", "source"),
    [("cv.yaml", True), ("cv.YML", True), ("cv.json", True), ("cv.pdf", False), ("cv", False)],
)
def test_a_source_is_told_from_a_pdf_by_its_name(name: str, source: bool) -> None:
    assert is_source(Path(name)) is source


def test_the_sources_pdfs_are_checked_and_nothing_is_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    source = tmp_path / "cv.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    reports = check_rendered(source)
    assert [str(report.path) for report in reports] == [
        f"{source} → Ada_Lovelace_Resume.pdf",
        f"{source} → Ada_Lovelace_Portfolio.pdf",
    ]
    assert [report.problems for report in reports] == [[], []]
    # (WeasyPrint keeps a folder of its own there for the process's fonts.)
    assert [p for p in (tmp_path / "tmp").iterdir() if p.name.startswith("resume-check-")] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.yaml", "tmp"]
