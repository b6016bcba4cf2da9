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
    from resume.outputs.run import Run
    from resume.plan import Plan


def render(plan: Plan, run: Run) -> Rendered:
    assert plan.pdf is not None  # the plan makes a renderer whenever a PDF is asked for
    path = plan.out / output_name(plan.resume.basics.name, "Portfolio", plan.suffix)
    from resume.engine.last_page import balanced

    with engine_log.collect() as heard:
        page = printable(plan, "portfolio", plan.resume)
        renderer = plan.pdf
        laid_out = warm.laid_out(
            ("portfolio", renderer.base_url, renderer.css, page.html),
            lambda: (
                balanced(functools.partial(renderer.layout, page.html, output="portfolio")).document
            ),
            renderer.fetcher,
        )
        pdf = renderer.write(laid_out, pdf_meta(plan, page.doc, plan.resume))
    return Rendered(
        {path: pdf.data}, path, pdf.pages, problems=heard.problems(str(path)), missing=page.missing
    )
