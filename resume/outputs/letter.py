"""Cover letters: `letters/<stem>.md` beside the source -> `<Name>_Cover_Letter-<stem>.pdf`, in the
résumé's theme (its masthead, fonts and colours), fitted onto one page like the résumé, failing
clearly when even the tightest readable setting leaves it too long."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from resume.content.locale import language_of
from resume.content.select import tailor
from resume.content.view import block, inline, make_document
from resume.engine import log as engine_log
from resume.errors import Problem, UserError
from resume.outputs.printed import pdf_meta
from resume.outputs.target import Rendered, output_name
from resume.source.letter import Letter, letters_beside, read_letter
from resume.theme import fonts
from resume.theme.templating import render_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from resume.engine.fit import Fitted
    from resume.engine.pdf import Document
    from resume.outputs.run import Run
    from resume.plan import Plan
    from resume.source.model import Resume

MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
DATE_FORMAT = {"en": "{month} {day}, {year}", "en-GB": "{day} {month} {year}"}
DATE_FORMAT |= {"de": "{day}. {month} {year}", "fr": "{day} {month} {year}"}
DATE_FORMAT |= {"zh": "{year}年{number}月{day}日"}
GREETING = {"en": "Dear {to},", "de": "Sehr geehrte Damen und Herren,", "fr": "Madame, Monsieur,"}
GREETING |= {"zh": "尊敬的{to}："}
NOBODY = {"en": "Hiring Manager", "zh": "招聘负责人"}
CLOSING = {"en": "Sincerely,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,"}
CLOSING |= {"zh": "此致敬礼"}
SUBJECT = {"en": "Cover letter", "de": "Anschreiben", "fr": "Lettre de motivation", "zh": "求职信"}


def render(plan: Plan, run: Run) -> Rendered:
    """Every letter beside the source (with --variant, those whose front matter names it);
    none is no error, but a warning says where they go."""
    files: dict[Path, bytes | str] = {}
    problems: list[Problem] = []
    missing: set[str] = set()
    if plan.translated:  # a letter is written in one language: the source's first
        return Rendered({}, plan.source.parent / "letters")
    for path in letters_beside(plan.source):
        letter = read_letter(path)
        if plan.variant and letter.meta.variant != plan.variant:
            continue  # a variant's render makes that variant's letters; the others, the plain one
        made = render_letter(plan, letter)
        files |= made.files
        problems += made.problems
        missing |= made.missing
    if not files:
        where = plan.source.parent / "letters"
        message = f"no cover letter to render: write one as {where}/<name>.md (resume new --letter <name>)"
        return Rendered(
            {}, where, problems=[Problem(str(plan.source), None, None, message, warning=True)]
        )
    first = next(iter(files))
    return Rendered(files, first, 1, problems=problems, missing=missing)


def render_letter(plan: Plan, letter: Letter) -> Rendered:
    from resume.engine.fit import Overflow, fit_to_pages

    assert plan.pdf is not None
    resume = letter_resume(plan, letter)
    name = output_name(resume.basics.name, "Cover_Letter", letter.stem)
    path = plan.out / name
    doc = make_document(resume, "resume")
    context = letter_context(plan, letter)
    subject = letter.meta.subject or SUBJECT[doc.lang]
    title = f"{resume.basics.name} — {subject}"
    doc = dataclasses.replace(doc, output="letter", sections=[], title=title)
    html = render_html(plan.env, doc, letter=context)
    missing = fonts.uncovered(Markup(html).striptags(), plan.theme.fonts)
    html = html.translate(dict.fromkeys(map(ord, missing))) if missing else html
    with engine_log.collect() as heard:
        try:
            layout = functools.partial(plan.pdf.layout, html)
            fitted = fit_to_pages(layout, functools.partial(plan.pdf.styles, html), spread=False)
        except Overflow as overflow:
            first = str(overflow).split("\n")[0].replace("the résumé", "the letter")
            raise UserError(f"{letter.path}: {first}\nShorten the letter by that much.") from None
        meta = dataclasses.replace(pdf_meta(plan, doc, resume), subject=subject)
        pdf = plan.pdf.write(balanced(layout, fitted), meta)
    return Rendered(
        {path: pdf.data}, path, pdf.pages, problems=heard.problems(str(path)), missing=set(missing)
    )


def balanced(layout: Callable[[str], Document], fitted: Fitted) -> Document:
    """A short letter sits balanced on its page, not crammed at the top: a third of the room it
    does not need goes above it (under the masthead), two thirds stay below."""
    from resume.engine.fit import body_line, measure

    room = -measure(fitted.document, 1).overflow
    if len(fitted.document.pages) > 1 or room < 4 * body_line(fitted.document):
        return fitted.document
    document = layout(fitted.css + f".letter-page {{ padding-top: {room / 3:.2f}px; }}")
    return document if len(document.pages) == 1 else fitted.document


def letter_resume(plan: Plan, letter: Letter) -> Resume:
    """The résumé whose header the letter takes: the front matter's `variant` of it, if any."""
    variant = letter.meta.variant
    if not variant or variant == plan.variant:
        return plan.resume
    if variant not in plan.resume.variants:
        known = ", ".join(plan.resume.variants) or "none defined"
        message = f"unknown variant '{variant}'; the source's variants are: {known}"
        raise UserError(problems=[letter.problem("variant", message)])
    return tailor(plan.resume, variant)


def letter_context(plan: Plan, letter: Letter) -> dict[str, object]:
    """What the template shows: recipient, date, subject, greeting, body and closing."""
    meta = letter.meta
    lang = language_of(plan.resume.render.locale)
    to = meta.to or ""
    greeting = meta.greeting or GREETING[lang].format(to=to or NOBODY.get(lang, ""))
    return {
        "to": to,
        "company": meta.company or "",
        "address": [line for line in (meta.address or "").splitlines() if line.strip()],
        "date": letter_date(meta.date, plan, lang),
        "subject": meta.subject or "",
        "greeting": greeting,
        "body": block(letter.body),
        "closing": meta.closing or CLOSING[lang],
        "sender": plan.resume.basics.name,
        "subject_html": inline(meta.subject),
    }


def letter_date(written: str | None, plan: Plan, lang: str) -> str:
    """`written` (YYYY-MM-DD is spelt out in the locale; other text is kept), else the build
    date."""
    if written and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", written.strip()):
        return written
    year, month, day = (
        map(int, written.split("-"))
        if written
        else (plan.date.year, plan.date.month, plan.date.day)
    )
    locale = (plan.resume.render.locale or "en").replace("_", "-")
    pattern = DATE_FORMAT.get(locale) or DATE_FORMAT[lang]
    months = MONTH_NAMES.get(lang, MONTH_NAMES["en"]).split()
    return pattern.format(month=months[month - 1], day=day, year=year, number=month)
