"""The render plan: everything a render needs, resolved once, before any output is made."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from resume import output_specs, provenance
from resume.content.locale import LABELS, default_page_size, language_of
from resume.content.select import tailor, variant_names
from resume.engine import log as engine_log
from resume.errors import Problem, UserError
from resume.limits import DEFAULT_TIMEOUT
from resume.output_specs import OutputName
from resume.paths import DEFAULT_OUT, DEFAULT_SOURCE, STYLES
from resume.source.loader import format_of
from resume.source.model import IMPORTED_FROM, Resume
from resume.source.photo import Photo
from resume.source.translations import languages_asked
from resume.source.validate import Valid
from resume.theme import fonts
from resume.theme.css import page_css, theme_styles
from resume.theme.overrides import overrides_from
from resume.theme.templating import environment
from resume.theme.themes import Theme, load_theme

if TYPE_CHECKING:
    from resume.engine.pdf import PdfRenderer

OUTPUTS: tuple[OutputName, ...] = output_specs.defaults()
ALL_OUTPUTS: tuple[OutputName, ...] = tuple(output_specs.names())
DEFAULT_THEME = "compact"


@dataclass(frozen=True)
class RenderOptions:
    source: Path = DEFAULT_SOURCE
    out: Path = DEFAULT_OUT
    theme: str | None = None
    outputs: Sequence[OutputName] | None = None  # None: the source's `render.outputs`, else OUTPUTS
    page_size: str | None = None
    strict: bool = False
    pages: int | None = None  # the résumé fits itself onto this many pages; None: the theme's (1)
    date: datetime | None = None  # the build date; None: SOURCE_DATE_EPOCH, else the source's mtime
    variant: str | None = None  # a variant's name, or `all`
    origin: provenance.Origin | None = None  # None: the source's hash and git state, read now
    png_dpi: int = 150  # the PNG previews' resolution
    timeout: float = DEFAULT_TIMEOUT  # seconds a render may take; 0: no limit (see limits.py)
    lang: str | None = None  # languages of `render.languages` to render, comma-separated; None: all


@dataclass(frozen=True)
class Plan:
    """One render, resolved: what to show (the source as the variant tailors it), how it looks
    (the theme, its templates and CSS), and what makes the PDFs. Targets read it, never change it."""

    options: RenderOptions
    resume: Resume
    variant: str | None
    photo: Photo | None
    theme: Theme
    env: jinja2.Environment
    page_size: str
    labels: dict[str, str]
    date: datetime
    condense: bool  # may the résumé leave things out to fit? (see engine/condense.py)
    pdf: PdfRenderer | None  # None when no PDF is asked for
    problems: tuple[Problem, ...] = ()  # what making the plan heard, e.g. a font that failed
    provenance: dict[str, str] = field(default_factory=dict)  # for the PDFs' XMP
    language: str | None = None  # one of `render.languages`, when the source lists them
    languages: tuple[str, ...] = ()  # all of them, the first with the plain file names

    @property
    def translated(self) -> str | None:
        """The language, when it is not the first: its files carry it in their names."""
        first = self.languages[0] if self.languages else None
        return self.language if self.language != first else None

    @property
    def suffix(self) -> str | None:
        """What the file names add: the variant, then the language (not the first's):
        `Aaron_Wu_Resume-backend-de.pdf`."""
        return "-".join(part for part in (self.variant, self.translated) if part) or None

    @property
    def folder(self) -> Path:
        """Where the web page goes: `out/`, and `out/de/` for a language after the first."""
        return self.out / self.translated if self.translated else self.out

    @property
    def source(self) -> Path:
        return self.options.source

    @property
    def out(self) -> Path:
        return self.options.out

    @property
    def pages(self) -> int:
        """The résumé's pages: --pages, else the theme's allowance (a CV's may be several)."""
        return self.options.pages or self.theme.pages

    def reference_files(self) -> list[Path]:
        """The files a refused reference can be written in: the theme's CSS and templates, the
        source."""
        templates = sorted(
            path
            for folder in self.theme.template_dirs
            for path in folder.rglob("*.html")
            if path.is_file()
        )
        return [*self.theme.stylesheets, *templates, self.source]


def make_plans(valid: Valid, options: RenderOptions) -> Iterator[Plan]:
    """The plans of the source's outputs, one per language it renders in (`render.languages`,
    or those --lang names), each multiplied by the variants asked for."""
    if not valid.languages:
        if options.lang and options.lang != "all":
            raise UserError(f"--lang {options.lang}: the source lists no render.languages")
        yield from variant_plans(valid, options)
        return
    for language in languages_asked(valid.languages, options.lang):
        translated = replace(valid, resume=valid.translations[language])
        for plan in variant_plans(translated, options):
            yield replace(plan, language=language, languages=valid.languages)


def variant_plans(valid: Valid, options: RenderOptions) -> Iterator[Plan]:
    """The plan of the source's outputs; with a variant, of that variant's PDFs (of every
    variant's for `all`)."""
    asked = options.variant
    if options.outputs is None:
        options = replace(options, outputs=valid.resume.render.outputs or OUTPUTS)
    assert options.outputs is not None
    if asked is None:
        yield make_plan(valid, options, None)
        return
    if not [output for output in options.outputs if output != "site"]:
        raise UserError("a variant tailors the PDFs; the web page always shows the whole source")
    options = replace(options, outputs=[output for output in options.outputs if output != "site"])
    for name in variant_names(valid.resume, asked):
        yield make_plan(valid, options, name)


def make_plan(valid: Valid, options: RenderOptions, variant: str | None) -> Plan:
    resume = tailor(valid.resume, variant) if variant else valid.resume
    theme = replace(
        resolve_theme(options, resume.render.theme), overrides=overrides_from(resume.render)
    )
    page_size = (
        options.page_size or resume.render.page_size or default_page_size(resume.render.locale)
    )
    labels = LABELS[language_of(resume.render.locale)]
    pdf, problems, record = None, [], {}
    if any(output in output_specs.printed() for output in options.outputs or ()):
        styles = theme_styles(theme)
        css = styles.text + page_css(page_size, labels["page"], labels["of"])
        with engine_log.collect() as heard:
            pdf = pdf_renderer(css, options.source, theme)
        # What the stylesheet's fonts say concerns the theme.
        problems = styles.problems + heard.problems(str(theme.folders[0]))
        origin = options.origin or provenance.origin_of(options.source)
        theme_name = options.theme or resume.render.theme or DEFAULT_THEME
        pages = options.pages or theme.pages
        settings = provenance.Settings(theme_name, page_size, pages, variant)
        record = provenance.record(origin, settings)
    return Plan(
        options=options,
        resume=resume,
        variant=variant,
        photo=valid.photo,
        theme=theme,
        env=environment(theme),
        page_size=page_size,
        labels=labels,
        date=options.date or source_date(options.source),
        condense=condensable(resume, options) and variant is None,
        pdf=pdf,
        problems=tuple(problems),
        provenance=record,
    )


def resolve_theme(options: RenderOptions, in_source: str | None) -> Theme:
    """The theme asked for on the command line, else in the source (`in_source`), else the
    default. A folder on the command line is relative to where the command runs; one in the
    source, to the source. Render and watch both ask here."""
    if options.theme:
        return load_theme(options.theme, relative_to=Path.cwd())
    return load_theme(in_source or DEFAULT_THEME, relative_to=options.source.parent)


def condensable(resume: Resume, options: RenderOptions) -> bool:
    """A JSON Resume document that states no selection has no say in what a page leaves out,
    nor has a source `resume import` made from another tool's file (its `meta.importedFrom`,
    until its author removes it), so either may be condensed to fit; --strict asks for the
    overflow error instead."""
    if options.strict or resume.variants:
        return False
    if resume.meta and (resume.meta.model_extra or {}).get(IMPORTED_FROM):
        return True
    return format_of(options.source).forgives.overflow and resume.render.sections.resume is None


def pdf_renderer(css: str, source: Path, theme: Theme) -> PdfRenderer:
    from resume.engine.native import load_weasyprint

    load_weasyprint()  # only when a PDF is made, and before anything else imports it
    from resume.engine.fetcher import ConfinedFetcher
    from resume.engine.pdf import PdfRenderer

    # All a render may read: the source's folder, the theme (with what it extends), the fonts.
    fetcher = ConfinedFetcher([source.parent, *theme.folders, STYLES, fonts.FONT_DIR])
    return PdfRenderer(css, source.parent, fetcher, functools.partial(fallback_faces, theme, css))


def fallback_faces(theme: Theme, css: str, html: str) -> str:
    """The @font-face rules of the fallback fonts that `html` (and `css`'s generated content)
    needs beyond the theme's fonts."""
    return fonts.font_face_css(fonts.fallbacks_for(theme.fonts, fonts.shown_text(html, css)))


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
