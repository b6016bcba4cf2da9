"""The résumé: fitted onto its pages (one by default). A JSON Resume document says nothing of
what one page leaves out: when it overflows even at the floors, it is condensed, with a warning."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from resume.engine import log as engine_log
from resume.engine.warm import Recent
from resume.errors import Problem
from resume.outputs.printed import pdf_meta, printable
from resume.outputs.target import Fit, Rendered, output_name

if TYPE_CHECKING:
    from resume.engine.fit import Fitted
    from resume.engine.pdf import Document
    from resume.engine.predict import StyleFor
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
    cut = precut(plan.resume, pages, plan.page_size) if plan.condense else None
    shown = cut.apply(plan.resume) if cut else plan.resume
    if cut:
        html = printable(plan, "resume", shown).html
    try:
        hopeless = hopeless_for(pages) if plan.condense else None
        fitted = fitted_before(plan, html) or fit_to_pages(
            functools.partial(plan.pdf.layout, html, output="resume"),
            functools.partial(plan.pdf.styles, html),
            pages,
            hopeless,
        )
        FITTED.put((plan.pdf.css, html, pages), fitted_again(fitted))
        warnings = [cut.describe(plan.resume, pages)] if cut else []
    except Overflow as overflow:
        if not plan.condense:
            raise
        layout, probe = functools.partial(lay_out, plan), functools.partial(styles_of, plan)
        condensed = condense(plan.resume, layout, overflow, pages, cut, probe)
        fitted, shown, warnings = condensed.fitted, condensed.resume, [condensed.warning]
    problems = [Problem(str(plan.source), None, None, w, warning=True) for w in warnings]
    return fitted, shown, problems


# How the same résumé (theme, HTML, pages) was fitted last in this process (watch mode, say):
# laid out once more with the same extra CSS it gives the very same document, in one pass.
FITTED: Recent[tuple[str, str, int], tuple[str, float, str]] = Recent(8)


def fitted_again(fitted: Fitted) -> tuple[str, float, str]:
    return fitted.css, fitted.tightness, fitted.setting


def fitted_before(plan: Plan, html: str) -> Fitted | None:
    from resume.engine.fit import Fitted

    assert plan.pdf is not None
    known = FITTED.get((plan.pdf.css, html, plan.pages))
    if known is None:
        return None
    css, tightness, setting = known
    return Fitted(plan.pdf.layout(html, css, "resume"), tightness, 1, setting, css)


def styles_of(plan: Plan, resume: Resume, extra_css: str = "") -> StyleFor:
    """The computed styles of `resume`'s one-page résumé with `extra_css`, not laid out."""
    assert plan.pdf is not None
    return plan.pdf.styles(html_of(plan, resume), extra_css)


def lay_out(plan: Plan, resume: Resume, extra_css: str = "") -> Document:
    """`resume`'s one-page résumé laid out, with `extra_css` (fitting's overrides) last."""
    assert plan.pdf is not None
    return plan.pdf.layout(html_of(plan, resume), extra_css, "resume")


_LAST_HTML: list[tuple[Plan, Resume, str]] = []  # condensing asks again for what it laid out


def html_of(plan: Plan, resume: Resume) -> str:
    """`resume`'s one-page résumé as HTML, made once for the layouts and probes of a cut."""
    for known_plan, known, html in _LAST_HTML:
        if known_plan is plan and known is resume:
            return html
    html = printable(plan, "resume", resume).html
    _LAST_HTML[:] = [(plan, resume, html)]
    return html
