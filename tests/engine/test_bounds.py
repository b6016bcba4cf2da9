"""The limits on what a theme may make, each an error that names it: pages per layout (heard
while WeasyPrint paginates, so the layout stops there) and boxes per laid-out document."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from resume.engine import bounds
from tests.conftest import DEFAULT_SOURCE


def render(out: Path, only: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["render", str(DEFAULT_SOURCE), "--only", only, "--out", str(out)]
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def test_the_portfolio_stops_at_its_page_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(bounds.MAX_PAGES, "portfolio", 2)  # the sample's portfolio has 3
    code, stderr = render(tmp_path / "out", "portfolio")
    assert (code, stderr.splitlines()[0]) == (
        1,
        "error: the portfolio would take more than 2 pages, the most a render lays out for it; "
        "does the theme make its pages small, its margins or type huge, or break a page after "
        "every element?",
    )
    assert not (tmp_path / "out").exists()


def test_a_document_of_too_many_boxes_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(bounds, "MAX_BOXES", 50)
    code, stderr = render(tmp_path / "out", "resume")
    assert (code, stderr.splitlines()[0]) == (
        1,
        "error: the résumé would be made of more than 50 boxes, the most a render lays out; "
        "does the theme's template repeat the document without end?",
    )


def test_the_sample_is_far_inside_every_limit(tmp_path: Path) -> None:
    code, stderr = render(tmp_path / "out", "resume,portfolio")
    assert (code, stderr) == (0, "")
