"""The pipeline, top to bottom: load, validate, choose, view, template, render, write."""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from resume import provenance
from resume.content.locale import LABELS, language_of
from resume.content.select import tailor, variant_names
from resume.content.view import Document, make_document, plain
from resume.engine import log as engine_log
from resume.engine.references import OFFLINE, Refusal, loaded_from_elsewhere, locate
from resume.errors import Problem, UserError
from resume.outputs import site
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE, STYLES
from resume.source.jsonresume import json_resume_text
from resume.source.loader import load_source
from resume.source.model import OutputName, Resume
from resume.source.photo import Photo, PhotoProblem, find_photo
from resume.source.validate import validate
from resume.theme import fonts
from resume.theme.css import page_css, theme_css
from resume.theme.templating import environment, render_html
from resume.theme.themes import Theme, load_theme
from resume.write import Content, write_all

if TYPE_CHECKING:
    from resume.engine.fetcher import ConfinedFetcher
    from resume.engine.fit import Layout
    from resume.engine.log import EngineLog
    from resume.engine.pdf import Embedded, Pdf, PdfMeta, PdfRenderer

SOURCE_ATTACHMENT = "resume.json"  # the source, as JSON Resume, inside every PDF
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
    pages: int = 1  # the résumé fits itself onto this many pages
    date: datetime | None = None  # the build date; None: SOURCE_DATE_EPOCH, else the source's mtime
    variant: str | None = None  # a variant's name, or `all`
    origin: provenance.Origin | None = None  # None: the source's hash and git state, read now


@dataclass(frozen=True)
class Written:
    path: Path
    seconds: float
    pages: int | None = None
    note: str = ""  # e.g. how the résumé was fitted


@dataclass
class Result:
    written: list[Written] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def load_and_validate(source: Path, *, strict: bool = False) -> tuple[Resume, list[Problem]]:
    return validate(load_source(source), strict=strict)


def output_name(name: str, kind: str, variant: str | None = None) -> str:
    """`Aaron Wu` -> `Aaron_Wu_Resume.pdf` (`Aaron_Wu_Resume-backend.pdf` for a variant):
    words joined by underscores, nothing a path dislikes."""
    words = re.findall(r"[^\s/\\:*?\"<>|]+", name)
    return "_".join([*words, kind]) + (f"-{variant}" if variant else "") + ".pdf"


def render(options: RenderOptions, report: Callable[[Written], None] = lambda _: None) -> Result:
    """Render the source's outputs; with a variant, that variant's PDFs (every variant's for `all`)."""
    resume, warnings = load_and_validate(options.source, strict=options.strict)
    asked = options.variant
    if asked is None:
        return render_outputs(resume, options, Result(warnings=warnings), report)
    pdfs = [output for output in options.outputs if output != "site"]
    if not pdfs:
        raise UserError("a variant tailors the PDFs; the web page always shows the whole source")
    options = replace(options, outputs=pdfs)
    result = Result(warnings=warnings)
    for name in variant_names(resume, asked):
        render_outputs(tailor(resume, name), options, result, report, variant=name)
    return result


def render_outputs(
    resume: Resume,
    options: RenderOptions,
    result: Result,
    report: Callable[[Written], None],
    variant: str | None = None,
) -> Result:
    """Render every output in memory, then write them all at once: a render that fails or is
    interrupted leaves the previous outputs as they were."""
    # A folder on the command line is relative to where the command runs; one in the source, to it.
    if options.theme:
        theme = load_theme(options.theme, relative_to=Path.cwd())
    else:
        theme = load_theme(resume.render.theme or DEFAULT_THEME, relative_to=options.source.parent)
    batch: list[Written] = []
    page_size = (
        options.page_size or resume.render.page_size or default_page_size(resume.render.locale)
    )
    labels = LABELS[language_of(resume.render.locale)]
    env = environment(theme)
    files: dict[Path, Content] = {}
    photo = photo_of(options.source, resume)

    with engine_log.collect() as log:
        if any(output != "site" for output in options.outputs):
            from resume.engine.native import load_weasyprint

            load_weasyprint()  # only when a PDF is made, and before anything else imports it
            from resume.engine.fetcher import ConfinedFetcher
            from resume.engine.pdf import PdfRenderer

            fetcher = ConfinedFetcher(readable_folders(options.source, theme))
            log.output = str(theme.folders[0])  # what the stylesheet's fonts say concerns the theme
            css = theme_css(theme) + page_css(page_size, labels["page"], labels["of"])
            renderer = PdfRenderer(css, options.source.parent, fetcher)
            date = options.date or source_date(options.source)
            source_file = embedded_source(resume)
            origin = options.origin or provenance.origin_of(options.source)
            theme_name = options.theme or resume.render.theme or DEFAULT_THEME
            record = provenance.record(
                origin, provenance.Settings(theme_name, page_size, options.pages, variant)
            )

        missing: set[str] = set()
        for output in options.outputs:
            started = time.perf_counter()
            doc = make_document(resume, output)
            note = ""
            if photo:
                doc = replace(doc, photo=photo_url(photo, output))
            if output == "site":
                files.update(site_files(resume, theme, env, options.out, doc))
                page = str(files[options.out / "index.html"])
                missing.update(fonts.uncovered(visible_text(page), theme.fonts))
                if photo:
                    files[options.out / site.ASSETS / photo.file_name] = photo.data
                path, pages = options.out / "index.html", None
            else:
                kind = "Resume" if output == "resume" else "Portfolio"
                path = options.out / output_name(resume.basics.name, kind, variant)
                log.output = str(path)
                html = render_html(env, doc)
                unprintable = fonts.uncovered(visible_text(html), theme.fonts)
                missing.update(unprintable)
                html = leave_out(unprintable, html)
                meta = pdf_meta(resume, doc, date, source_file, record)
                if output == "resume":
                    pdf, note = resume_pdf(
                        renderer,
                        env,
                        resume,
                        doc,
                        html,
                        unprintable,
                        meta,
                        options,
                        variant,
                        result,
                    )
                else:
                    pdf = renderer.render(html, meta)
                files[path], pages = pdf.data, pdf.pages
            batch.append(Written(path, time.perf_counter() - started, pages, note))

    references = reference_files(options.source, theme)
    found: list[Problem] = []
    if any(output != "site" for output in options.outputs):
        found += render_problems(fetcher, log, references)
    if "site" in options.outputs:
        found += site_problems(files, options.out, references)
    found += glyph_warnings(sorted(missing), theme, options.source)
    result.warnings += [p for p in found if p not in result.warnings]  # once for all variants
    if options.strict and any(p.warning for p in result.warnings):
        raise UserError(problems=[replace(p, warning=False) for p in result.warnings])
    write_all(files)
    for written in batch:
        report(written)
    result.written += batch
    return result


def resume_pdf(
    renderer: PdfRenderer,
    env: jinja2.Environment,
    resume: Resume,
    doc: Document,
    html: str,
    unprintable: list[str],
    meta: PdfMeta,
    options: RenderOptions,
    variant: str | None,
    result: Result,
) -> tuple[Pdf, str]:
    """The résumé fitted onto its pages, and how it was fitted. A JSON Resume document says
    nothing of what one page leaves out: when it overflows, it is condensed, with a warning."""
    from resume.engine.condense import condensable, condense
    from resume.engine.fit import Overflow, fit_to_pages

    try:
        fitted = fit_to_pages(functools.partial(renderer.layout, html), options.pages)
    except Overflow as overflow:
        if options.strict or variant or not condensable(resume, options.source):
            raise
        layout_of = resume_layout(env, renderer, doc.photo, unprintable)
        condensed = condense(resume, layout_of, overflow, options.pages)
        fitted = replace(condensed.fitted, passes=condensed.passes)
        meta = replace(
            meta,
            files=(embedded_source(condensed.resume),),
            provenance={**meta.provenance, "condensed": "true"},
        )
        warning = Problem(str(options.source), None, None, condensed.warning, warning=True)
        result.warnings.append(warning)
    note = ""
    if fitted.tightness or fitted.passes > 1:
        note = f"fitted: {fitted.setting}, {fitted.passes} layout passes"
    return renderer.write(fitted.document, meta), note


def resume_layout(
    env: jinja2.Environment, renderer: PdfRenderer, photo: str, unprintable: list[str]
) -> Callable[[Resume], Layout]:
    """How to lay out the résumé of a shortened source (see condense.py)."""

    def layout_of(shorter: Resume) -> Layout:
        doc = replace(make_document(shorter, "resume"), photo=photo)
        return functools.partial(renderer.layout, leave_out(unprintable, render_html(env, doc)))

    return layout_of


def visible_text(html: str) -> str:
    """What a reader sees of `html`: its text without tags, scripts or the head."""
    body = re.sub(r"(?s)<head>.*?</head>|<script.*?</script>|<[^>]+>", " ", html)
    return unescape(body)


def leave_out(characters: list[str], html: str) -> str:
    """`html` without `characters`: else the machine's fonts, or a .notdef box, would draw them."""
    return html.translate(dict.fromkeys(map(ord, characters))) if characters else html


def glyph_warnings(missing: list[str], theme: Theme, source: Path) -> list[Problem]:
    """Characters no font of the theme or the bundled fallbacks draws: they would print as boxes."""
    if not missing:
        return []
    shown = ", ".join(f"'{char}' (U+{ord(char):04X})" for char in missing)
    message = (
        f"no font of theme '{theme.name}' ({', '.join(theme.fonts)}) or its fallbacks "
        f"({', '.join(fonts.FALLBACK)}) has {shown}; the PDFs leave it out, the web page keeps it"
    )
    return [Problem(str(source), None, None, message, warning=True)]


def site_problems(files: dict[Path, Content], out: Path, references: list[Path]) -> list[Problem]:
    """What a theme makes the web page load from elsewhere: a visitor's browser would call out."""
    page, css = files[out / "index.html"], files.get(out / site.ASSETS / "style.css", "")
    urls = loaded_from_elsewhere(str(page), css if isinstance(css, str) else css.decode())
    return [locate(Refusal(url, OFFLINE, "the web page would load"), references) for url in urls]


def photo_of(source: Path, resume: Resume) -> Photo | None:
    try:
        return find_photo(source.parent, resume.basics.image)
    except PhotoProblem:
        return None  # validation has reported it


def photo_url(photo: Photo, output: OutputName) -> str:
    """The web page carries the photo in its assets; a PDF reads it through the fetcher."""
    if output == "site":
        return f"{site.ASSETS}/{photo.file_name}"
    return photo.path.as_uri() if photo.path else photo.data_uri


def readable_folders(source: Path, theme: Theme) -> list[Path]:
    """All a render may read: the source's folder, the theme (with what it extends), the fonts."""
    return [source.parent, *theme.folders, STYLES, fonts.FONT_DIR]


def reference_files(source: Path, theme: Theme) -> list[Path]:
    """The files a refused reference can be written in: the theme's CSS and templates, the source."""
    templates = sorted(
        path for folder in theme.template_dirs for path in folder.rglob("*.html") if path.is_file()
    )
    return [*theme.stylesheets, *templates, source]


def render_problems(fetcher: ConfinedFetcher, log: EngineLog, files: list[Path]) -> list[Problem]:
    """What the fetcher refused, located in the files, then what WeasyPrint said."""
    from resume.engine.fetcher import locate

    problems = [locate(refusal, files) for refusal in fetcher.refused]
    problems += [
        Problem(output, None, None, message, warning=True)
        for message, output in log.messages.items()
    ]
    return problems


LETTER_REGIONS = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "PR", "DO", "SV"}


def default_page_size(locale: str | None) -> str:
    """Letter where it is the custom (the Americas' letter countries, the Philippines, and plain
    English, whose readers mostly are), A4 everywhere else."""
    parts = (locale or "en").replace("_", "-").split("-")
    language = parts[0].lower()
    region = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), "")
    if region:
        return "letter" if region in LETTER_REGIONS else "a4"
    return "letter" if language == "en" else "a4"


def source_date(source: Path) -> datetime:
    """The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else the source's own
    modification time; never the clock, so a rebuild of the same source gives the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise UserError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970"
            ) from None
    return datetime.fromtimestamp(int(source.stat().st_mtime), UTC)


def embedded_source(resume: Resume) -> Embedded:
    """The source as JSON Resume, carried in every PDF so that `resume export` recovers it."""
    from resume.engine.pdf import Embedded

    data = json_resume_text(resume)
    return Embedded(
        SOURCE_ATTACHMENT, data.encode("utf-8"), "The source of this document (JSON Resume)"
    )


def pdf_meta(
    resume: Resume, doc: Document, date: datetime, source: Embedded, record: dict[str, str]
) -> PdfMeta:
    from resume.engine.pdf import PdfMeta

    basics = resume.basics
    return PdfMeta(
        title=doc.title,
        author=basics.name,
        subject=plain(basics.headline or basics.label) or doc.description,
        keywords=list(dict.fromkeys(doc.keywords)),
        lang=(resume.render.locale or doc.lang).replace("_", "-"),
        date=date,
        files=(source,),
        provenance=record | {"output": doc.output},
    )


def site_files(
    resume: Resume, theme: Theme, env: jinja2.Environment, out: Path, doc: Document
) -> dict[Path, Content]:
    """`index.html` with its stylesheet and fonts in `assets/`: a folder any static host can serve."""
    files: dict[Path, Content] = {}
    assets = out / site.ASSETS
    downloads = [
        {"href": output_name(resume.basics.name, kind), "label": doc.labels[kind.lower()]}
        for kind in ("Resume", "Portfolio")
    ]
    html = render_html(
        env,
        doc,
        stylesheets=[f"{site.ASSETS}/style.css"],
        downloads=downloads,
        open_graph=site.open_graph(resume, doc),
        person_json_ld=Markup(site.person_json_ld(resume)),
    )
    css = "\n".join(sheet.read_text(encoding="utf-8") for sheet in theme.stylesheets)
    font_files = site.fonts_for([theme.body_font, theme.heading_font], html, css)
    for font in font_files:
        target = assets / "fonts" / font.name
        if not target.exists() or target.stat().st_size != font.stat().st_size:
            files[target] = font.read_bytes()
    files[assets / "style.css"] = theme_css(theme, site.font_urls(font_files))
    files[out / "index.html"] = html
    return files
