"""The résumé: fitted onto its pages (one by default). A JSON Resume document says nothing of
what one page leaves out: when it overflows even at the floors, it is condensed, with a warning."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from resume.engine import log as engine_log
from resume.errors import Problem
from resume.outputs.printed import pdf_meta, printable
from resume.outputs.target import Fit, Rendered, output_name

if TYPE_CHECKING:
    from resume.engine.fit import Fitted
    from resume.engine.pdf import Document
    from resume.plan import Plan
    from resume.source.model import Resume


def render(plan: Plan) -> Rendered:
    path = plan.out / output_name(plan.resume.basics.name, "Resume", plan.suffix)
    assert plan.pdf is not None  # the plan makes a renderer whenever a PDF is asked for
    with engine_log.collect() as heard:
        page = printable(plan, "resume", plan.resume)
        fitted, shown, problems = fit(plan, page.html)
        pdf = plan.pdf.write(fitted.document, pdf_meta(plan, page.doc, shown))
    fit_ = Fit(fitted.setting, fitted.passes, fitted.tightness, condensed=shown is not plan.resume)
    return Rendered(
        {path: pdf.data},
        path,
        pdf.pages,
        fit_,
        problems + heard.problems(str(path)),
        page.missing,
    )


def fit(plan: Plan, html: str) -> tuple[Fitted, Resume, list[Problem]]:
    """The résumé (`html`) laid out onto its pages, what of the source it shows, and the warning
    that says what it leaves out, if anything."""
    from resume.engine.condense import condense, hopeless_for, precut
    from resume.engine.fit import Overflow, fit_to_pages

    assert plan.pdf is not None
    pages = plan.pages
    cut = precut(plan.resume, pages) if plan.condense else None
    shown = cut.apply(plan.resume) if cut else plan.resume
    if cut:
        html = printable(plan, "resume", shown).html
    try:
        hopeless = hopeless_for(pages) if plan.condense else None
        fitted = fit_to_pages(
            functools.partial(plan.pdf.layout, html, output="resume"), pages, hopeless
        )
        warnings = [cut.describe(plan.resume, pages)] if cut else []
    except Overflow as overflow:
        if not plan.condense:
            raise
        layout = functools.partial(lay_out, plan)
        condensed = condense(plan.resume, layout, overflow, pages, cut)
        fitted, shown, warnings = condensed.fitted, condensed.resume, [condensed.warning]
    problems = [Problem(str(plan.source), None, None, w, warning=True) for w in warnings]
    return fitted, shown, problems


def lay_out(plan: Plan, resume: Resume, extra_css: str = "") -> Document:
    """`resume`'s one-page résumé laid out, with `extra_css` (fitting's overrides) last."""
    assert plan.pdf is not None
    return plan.pdf.layout(printable(plan, "resume", resume).html, extra_css, "resume")
