"""The warm, incremental rebuild: what it reuses is still right (the bytes of a cold render),
and an edit lays out only what it changed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from resume.build import RenderOptions
from resume.engine.native import load_weasyprint
from resume.serve.session import Preview, Session
from tests.serve.conftest import edit, own_source

# The source as written: `reading` is shown by the portfolio (and the web page), not the résumé.
READING_TITLE = "Designing Data-Intensive Applications"
SUMMARY_START = "Backend Software Engineer deeply focused"


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How many times each output was laid out."""
    load_weasyprint()
    from resume.engine.pdf import PdfRenderer

    counted: Counter[str] = Counter()
    lay_out = PdfRenderer.layout

    def counting(
        self: PdfRenderer, html: str, extra_css: str = "", output: str = "portfolio"
    ) -> Any:
        counted[output] += 1
        return lay_out(self, html, extra_css, output)

    monkeypatch.setattr(PdfRenderer, "layout", counting)
    yield counted


def rebuilt(session: Session) -> Preview:
    shown: list[Preview] = []
    session.rebuild(shown.append, lambda: False)
    assert not shown[-1].error and not shown[-1].error_problems, shown[-1].error_problems
    return shown[-1]


def cold(source: Path, out: Path, only: str) -> bytes:
    """The PDF a new `resume render --only` process makes of `source`."""
    subprocess.run(
        [sys.executable, "-m", "resume", "render", str(source), "--out", str(out), "--only", only],
        check=True,
        capture_output=True,
        env={**os.environ, "RESUME_CACHE": str(out / "cache")},
    )
    kind = "Resume" if only == "resume" else "Portfolio"
    return next(out.glob(f"*_{kind}.pdf")).read_bytes()


def test_a_portfolio_only_edit_lays_out_no_resume_and_the_bytes_are_a_cold_renders(
    tmp_path: Path, layouts: Counter[str]
) -> None:
    source = own_source(tmp_path / "source")
    session = Session(RenderOptions(source=source, out=tmp_path / "out"))
    rebuilt(session)
    assert layouts["resume"] >= 1 and layouts["portfolio"] >= 1  # the first render: everything
    layouts.clear()

    edit(source, READING_TITLE, "Designing Data-Intensive Applications, Second Edition")
    preview = rebuilt(session)
    assert set(layouts) == {"portfolio"}  # the résumé was written again, not laid out
    assert preview.resume is not None and preview.portfolio is not None
    assert preview.resume.read_bytes() == cold(source, tmp_path / "cold-resume", "resume")
    assert preview.portfolio.read_bytes() == cold(source, tmp_path / "cold-portfolio", "portfolio")


def test_a_resume_edit_lays_out_the_resume_again(tmp_path: Path, layouts: Counter[str]) -> None:
    source = own_source(tmp_path / "source")
    session = Session(RenderOptions(source=source, out=tmp_path / "out"))
    rebuilt(session)
    layouts.clear()
    edit(source, SUMMARY_START, "Zanzibar engineer deeply focused")
    preview = rebuilt(session)
    assert layouts["resume"] >= 1
    assert "Zanzibar engineer" in preview.pages[0].text


def test_a_changed_file_beside_the_css_makes_everything_again(
    tmp_path: Path, layouts: Counter[str]
) -> None:
    """A theme's image is not in its CSS text: a new one is laid out all the same."""
    source = own_source(tmp_path / "source")
    theme = tmp_path / "source" / "themes" / "papered"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: papered\nextends: compact\n", encoding="utf-8")
    (theme / "theme.css").write_text("body { background: url(paper.png); }\n", encoding="utf-8")
    (theme / "paper.png").write_bytes(png(255, 255, 255))
    session = Session(RenderOptions(source=source, out=tmp_path / "out", theme=str(theme)))
    before = rebuilt(session).resume
    assert before is not None
    white = before.read_bytes()
    layouts.clear()
    rebuilt(session)
    assert not layouts  # nothing changed: nothing laid out
    (theme / "paper.png").write_bytes(png(250, 240, 200))  # a new paper, the same CSS
    preview = rebuilt(session)
    assert layouts["resume"] >= 1 and layouts["portfolio"] >= 1
    assert preview.resume is not None and preview.resume.read_bytes() != white
    cold_out = tmp_path / "cold"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "resume",
            "render",
            str(source),
            "--out",
            str(cold_out),
            "--only",
            "resume",
            "--theme",
            str(theme),
        ],
        check=True,
        capture_output=True,
    )
    assert preview.resume.read_bytes() == next(cold_out.glob("*_Resume.pdf")).read_bytes()


def png(*colour: int) -> bytes:
    from PIL import Image

    image, out = Image.new("RGB", (4, 4), colour), io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
