"""PNG previews: one for the résumé, one per portfolio page, the same bytes on a rebuild."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PIL import Image

from resume.outputs.run import Run
from resume.plan import RenderOptions, make_plans
from resume.source.validate import read_source
from tests.conftest import DEFAULT_SOURCE
from tests.outputs.conftest import AllOutputs


def test_one_png_for_the_resume_and_one_per_portfolio_page(all_outputs: AllOutputs) -> None:
    portfolio_pages = len(pypdf.PdfReader(all_outputs.file("Aaron_Wu_Portfolio.pdf")).pages)
    pngs = sorted(path.name for path in all_outputs.out.glob("*.png"))
    assert pngs == sorted(
        [
            "Aaron_Wu_Resume.png",
            *(f"Aaron_Wu_Portfolio-{n}.png" for n in range(1, portfolio_pages + 1)),
        ]
    )
    with Image.open(all_outputs.file("Aaron_Wu_Resume.png")) as image:
        width, height = image.size  # letter at the default 150 dpi; PDFium rounds up
        assert (width, height) in {(1275, 1650), (1275, 1651), (1276, 1651)}
        assert len(image.getcolors(2**24) or []) > 50  # text, not a blank page
        assert "tIME" not in image.info and not image.text  # type: ignore[attr-defined]


def test_png_rebuilds_are_byte_identical(all_outputs: AllOutputs) -> None:
    for path in all_outputs.out.glob("*.png"):
        assert path.read_bytes() == (all_outputs.again / path.name).read_bytes(), path.name


def test_text_and_markdown_rebuilds_are_byte_identical(all_outputs: AllOutputs) -> None:
    for name in ("Aaron_Wu_Resume.txt", "Aaron_Wu_Portfolio.md"):
        assert all_outputs.file(name).read_bytes() == (all_outputs.again / name).read_bytes()


def test_the_previews_reuse_the_pdfs_the_plan_made(tmp_path: Path) -> None:
    """png asks the render's Run for the PDFs: a render lays each PDF out once, whoever asks."""
    options = RenderOptions(source=DEFAULT_SOURCE, out=tmp_path, outputs=["resume", "png"])
    plan = next(make_plans(read_source(DEFAULT_SOURCE), options))
    run = Run()
    made = run.make(plan, "resume")
    assert run.make(plan, "resume") is made
    previews = run.make(plan, "png")
    assert run.made["resume"] is made  # the previews' PDF is the one made first
    assert previews.path == tmp_path / "Aaron_Wu_Resume.png"
    assert not previews.problems  # the résumé's own target reports them, not twice
