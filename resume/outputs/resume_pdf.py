"""The résumé: fitted onto its pages (one by default). A JSON Resume document says nothing of
what one page leaves out: when it overflows even at the floors, it is condensed, with a warning."""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING

from resume.engine import log as engine_log
from resume.engine import warm
from resume.errors import Problem
from resume.outputs.printed import pdf_meta, printable
from resume.outputs.target import Fit, Rendered, output_name

if TYPE_CHECKING:
    from resume.engine.fit import Fitted
    from resume.engine.pdf import Document
    from resume.engine.predict import StyleFor
    from resume.outputs.run import Run
    from resume.plan import Plan
    from resume.source.model import Resume


def render(plan: Plan, run: Run) -> Rendered:
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
        pdf = plan.pdf
        fitted = warm.laid_out(
            ("resume", pdf.base_url, pdf.css, html, str(pages), str(plan.condense)),
            lambda: unstranded(
                plan,
                html,
                fitted_before(plan, html)
                or fit_to_pages(
                    functools.partial(pdf.layout, html, output="resume"),
                    functools.partial(pdf.styles, html),
                    pages,
                    hopeless,
                ),
            ),
            pdf.fetcher,
        )
        warm.FITTED.put((plan.pdf.css, html, pages), fitted_again(fitted))
        warnings = [cut.describe(plan.resume, pages)] if cut else []
    except Overflow as overflow:
        if not plan.condense:
            raise
        layouts = CutLayouts(plan)
        condensed = condense(plan.resume, layouts.lay_out, overflow, pages, cut, layouts.styles)
        shown, warnings = condensed.resume, [condensed.warning]
        fitted = unstranded(plan, layouts.html(shown), condensed.fitted)
    problems = [Problem(str(plan.source), None, None, w, warning=True) for w in warnings]
    return fitted, shown, problems


def unstranded(plan: Plan, html: str, fitted: Fitted) -> Fitted:
    """`fitted` laid out again where a paragraph ends with one word alone and a small change
    avoids it (engine/wraps.py): after fitting, which it never undoes (no line more)."""
    from resume.engine.wraps import unstrand

    assert plan.pdf is not None
    layout = functools.partial(plan.pdf.layout, html, output="resume")
    done = unstrand(fitted.document, layout, fitted.css)
    return dataclasses.replace(fitted, document=done.document, css=done.css)


def fitted_again(fitted: Fitted) -> tuple[str, float, str]:
    return fitted.css, fitted.tightness, fitted.setting


def fitted_before(plan: Plan, html: str) -> Fitted | None:
    from resume.engine.fit import Fitted

    assert plan.pdf is not None
    known = warm.FITTED.get((plan.pdf.css, html, plan.pages))
    if known is None:
        return None
    css, tightness, setting = known
    return Fitted(plan.pdf.layout(html, css, "resume"), tightness, 1, setting, css)


class CutLayouts:
    """What condensing lays out and probes: the one-page résumé of a cut of the source, its HTML
    made once for the several layouts and probes of the same cut."""

    def __init__(self, plan: Plan) -> None:
        assert plan.pdf is not None
        self.plan, self.pdf = plan, plan.pdf
        self.last: tuple[Resume, str] | None = None

    def html(self, resume: Resume) -> str:
        if self.last is None or self.last[0] is not resume:
            self.last = (resume, printable(self.plan, "resume", resume).html)
        return self.last[1]

    def lay_out(self, resume: Resume, extra_css: str = "") -> Document:
        """`resume`'s one-page résumé laid out, with `extra_css` (fitting's overrides) last."""
        return self.pdf.layout(self.html(resume), extra_css, "resume")

    def styles(self, resume: Resume, extra_css: str = "") -> StyleFor:
        """The computed styles of `resume`'s one-page résumé with `extra_css`, not laid out."""
        return self.pdf.styles(self.html(resume), extra_css)
