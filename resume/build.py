"""The pipeline, top to bottom: load, validate, choose, view, template, render, write."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from resume import fonts, site
from resume.errors import Problem, UserError
from resume.loader import load_source
from resume.locale import LABELS, language_of
from resume.model import OutputName, Resume
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE, STYLES
from resume.styles import page_css, theme_css
from resume.templating import environment, render_html
from resume.themes import Theme, load_theme
from resume.validate import validate
from resume.view import Document, make_document
from resume.write import write_atomic

OUTPUTS: tuple[OutputName, ...] = ("resume", "portfolio", "site")
DEFAULT_THEME = "compact"


@dataclass(frozen=True)
class RenderOptions:
    source: Path = DEFAULT_SOURCE
    out: Path = DEFAULT_OUT
    theme: str | None = None
    outputs: Sequence[OutputName] = OUTPUTS
    page_size: str | None = None
    strict: bool = False


@dataclass(frozen=True)
class Written:
    path: Path
    seconds: float
    pages: int | None = None


@dataclass
class Result:
    written: list[Written] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def load_and_validate(source: Path, *, strict: bool = False) -> tuple[Resume, list[Problem]]:
    return validate(load_source(source), strict=strict)


def output_name(name: str, kind: str) -> str:
    """`Aaron Wu` -> `Aaron_Wu_Resume.pdf`: words joined by underscores, nothing a path dislikes."""
    words = re.findall(r"[^\s/\\:*?\"<>|]+", name)
    return "_".join([*words, kind]) + ".pdf"


def render(options: RenderOptions, report: Callable[[Written], None] = lambda _: None) -> Result:
    resume, warnings = load_and_validate(options.source, strict=options.strict)
    theme = load_theme(
        options.theme or resume.render.theme or DEFAULT_THEME, relative_to=options.source.parent
    )
    result = Result(warnings=warnings)
    page_size = (
        options.page_size or resume.render.page_size or default_page_size(resume.render.locale)
    )
    labels = LABELS[language_of(resume.render.locale)]
    env = environment(theme)

    if any(output != "site" for output in options.outputs):
        from resume.native import load_weasyprint

        load_weasyprint()  # only when a PDF is made, and before anything else imports it
        from resume.fetcher import ConfinedFetcher
        from resume.pdf import PdfRenderer

        fetcher = ConfinedFetcher([options.source.parent, *theme.folders, STYLES, fonts.FONT_DIR])
        css = theme_css(theme) + page_css(page_size, labels["page"], labels["of"])
        renderer = PdfRenderer(css, options.source.parent, fetcher)

    for output in options.outputs:
        started = time.perf_counter()
        doc = make_document(resume, output)
        if output == "site":
            path = write_site(resume, theme, env, options.out, doc)
            pages = None
        else:
            pdf = renderer.render(render_html(env, doc))
            if output == "resume" and pdf.pages != 1:
                raise UserError(f"the résumé takes {pdf.pages} pages; it must fit on one")
            kind = "Resume" if output == "resume" else "Portfolio"
            path = options.out / output_name(resume.basics.name, kind)
            write_atomic(path, pdf.data)
            pages = pdf.pages
        written = Written(path, time.perf_counter() - started, pages)
        result.written.append(written)
        report(written)
    return result


def default_page_size(locale: str | None) -> str:
    """Letter where it is the custom (the US and Canada, and when no locale says otherwise), else A4."""
    if not locale or "-" not in locale.replace("_", "-"):
        return "letter" if language_of(locale) == "en" else "a4"
    region = locale.replace("_", "-").split("-")[1].upper()
    return "letter" if region in {"US", "CA", "MX", "PH", "CL", "CO", "VE"} else "a4"


def write_site(
    resume: Resume, theme: Theme, env: jinja2.Environment, out: Path, doc: Document
) -> Path:
    """`index.html` with its stylesheet and fonts in `assets/`: a folder any static host can serve."""
    assets = out / site.ASSETS
    font_files = fonts.files_of([theme.body_font, theme.heading_font])
    for font in font_files:
        target = assets / "fonts" / font.name
        if not target.exists() or target.stat().st_size != font.stat().st_size:
            write_atomic(target, font.read_bytes())
    write_atomic(assets / "style.css", theme_css(theme, site.font_urls(font_files)))
    downloads = [
        {"href": output_name(resume.basics.name, kind), "label": doc.labels[kind.lower()]}
        for kind in ("Resume", "Portfolio")
    ]
    html = render_html(
        env,
        doc,
        stylesheets=[f"{site.ASSETS}/style.css"],
        downloads=downloads,
        person_json_ld=Markup(site.person_json_ld(resume)),
    )
    path = out / "index.html"
    write_atomic(path, html)
    return path
