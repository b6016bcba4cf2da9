"""PNG previews of the PDFs, for READMEs and pull requests: `<Name>_Resume.png` for the résumé
(`-1`, `-2`… when it takes more pages) and `<Name>_Portfolio-1.png`… one per portfolio page.

The previews are of the PDFs this plan makes: png asks the PDF targets for them, which make
them once per plan (OncePerPlan, in target.py), so a render of the PDFs and their previews lays each
out once, and `--only png` needs no PDF written. Pixels come from PDFium (pypdfium2), at the
plan's `png_dpi`; Pillow writes the PNGs without a time or text chunk, so rebuilds are
byte-identical."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from resume.errors import Problem
from resume.outputs.target import Rendered

if TYPE_CHECKING:
    from resume.plan import Plan

POINTS_PER_INCH = 72


def render(plan: Plan) -> Rendered:
    files: dict[Path, bytes | str] = {}
    problems: list[Problem] = []
    from resume.outputs import TARGETS  # the registry imports this module

    for output in ("resume", "portfolio"):
        made = TARGETS[output](plan)
        pdf = made.files[made.path]
        assert isinstance(pdf, bytes)
        pages = previews(pdf, plan.options.png_dpi)
        for number, png in enumerate(pages, start=1):
            files[preview_path(made.path, number, len(pages), output == "resume")] = png
        if output not in (plan.options.outputs or ()):  # else that target says them
            problems += made.problems
    first = next(iter(files))
    return Rendered(files, first, problems=problems)


def preview_path(pdf: Path, number: int, count: int, single_if_one: bool) -> Path:
    """`X.pdf` -> `X.png` for a one-page résumé, else `X-<page>.png`."""
    if single_if_one and count == 1:
        return pdf.with_suffix(".png")
    return pdf.with_name(f"{pdf.stem}-{number}.png")


def previews(pdf: bytes, dpi: int) -> list[bytes]:
    """Each page of `pdf` as a PNG at `dpi`, on white, without metadata."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page_png(document[index], dpi) for index in range(len(document))]
    finally:
        document.close()


def page_png(page: object, dpi: int) -> bytes:
    image = page.render(scale=dpi / POINTS_PER_INCH).to_pil().convert("RGB")  # type: ignore[attr-defined]
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=6)  # 9: 3x slower, 2 % smaller
    return out.getvalue()
