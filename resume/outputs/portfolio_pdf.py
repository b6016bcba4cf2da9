"""The portfolio: every role in full, projects, articles and the reading list, on as many
pages as it takes, the last of them never less than a third full (last_page.py)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from resume.engine import log as engine_log
from resume.engine import warm
from resume.outputs.printed import pdf_meta, printable
from resume.outputs.target import Rendered, output_name

if TYPE_CHECKING:
    from resume.engine.pdf import Document, PdfRenderer
    from resume.outputs.run import Run
    from resume.plan import Plan


def render(plan: Plan, run: Run) -> Rendered:
    assert plan.pdf is not None  # the plan makes a renderer whenever a PDF is asked for
    path = plan.out / output_name(plan.resume.basics.name, "Portfolio", plan.suffix)

    with engine_log.collect() as heard:
        page = printable(plan, "portfolio", plan.resume)
        renderer = plan.pdf
        laid_out = warm.laid_out(
            ("portfolio", renderer.base_url, renderer.css, page.html),
            lambda: lay_out(renderer, page.html),
            renderer.fetcher,
        )
        pdf = renderer.write(laid_out, pdf_meta(plan, page.doc, plan.resume))
    return Rendered(
        {path: pdf.data}, path, pdf.pages, problems=heard.problems(str(path)), missing=page.missing
    )


def lay_out(renderer: PdfRenderer, html: str) -> Document:
    """The portfolio laid out with no short last page (engine/last_page.py), then again where a
    paragraph ends with one word alone and a small change avoids it (engine/wraps.py)."""
    from resume.engine.last_page import balanced
    from resume.engine.wraps import unstrand

    layout = functools.partial(renderer.layout, html, output="portfolio")
    spaced = balanced(layout)
    return unstrand(spaced.document, layout, spaced.css).document
