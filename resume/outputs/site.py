"""The web page: `index.html` with its stylesheet, fonts and photo in `assets/`, a folder any
static host can serve; it carries schema.org JSON-LD and OpenGraph, and links to the PDFs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from resume.content.locale import language_name
from resume.content.public import for_the_web, unchosen_private_fields
from resume.content.view import Document, make_document, plain, safe_url
from resume.engine.references import OFFLINE, Refusal, loaded_from_elsewhere, locate
from resume.errors import Problem
from resume.outputs.target import Rendered, output_name
from resume.source.model import Location, Resume
from resume.source.model_base import split_date
from resume.theme import fonts
from resume.theme.css import theme_styles
from resume.theme.templating import render_html
from resume.theme.webfonts import web_fonts
from resume.write import Content

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

ASSETS = "assets"


def render(plan: Plan, run: Run) -> Rendered:
    """`index.html` with `assets/`; in a source's second language and after, `de/index.html`
    (say) with `assets/de/`: its own stylesheet and fonts (cut to what it shows), and a
    manifest of its own, so that rendering one language (--lang) leaves the others' files."""
    shown = for_the_web(plan.resume)  # without what render.site.hide names
    photo_file = plan.photo if shown.basics.image else None
    assets = assets_folder(plan)
    photo = f"{assets_href(plan)}/{photo_file.file_name}" if photo_file else ""
    doc = make_document(shown, "site", photo=photo)
    files, in_use, left_out = site_files(plan, doc, shown)
    page = plan.folder / "index.html"
    if photo_file:
        files[assets / photo_file.file_name] = photo_file.data
    missing = set(fonts.uncovered(fonts.shown_text(str(files[page])), plan.theme.fonts))
    problems = site_problems(plan, files) + left_out
    if warning := unchosen_private_fields(plan.resume):
        problems.append(Problem(str(plan.source), None, None, warning, warning=True))
    owned = {assets: {path for path in [*files, *in_use] if path.parent.is_relative_to(assets)}}
    return Rendered(files, page, problems=problems, missing=missing, owned=owned)


def site_files(
    plan: Plan, doc: Document, shown: Resume
) -> tuple[dict[Path, Content], list[Path], list[Problem]]:
    """`index.html`, its stylesheet, its fonts (cut to what it shows), and the files the theme's
    CSS names (copied into `assets/theme/`); with the font files, and what the CSS left out.
    `shown` is the source as the page shows it (see content/public.py)."""
    files: dict[Path, Content] = {}
    assets, theme = assets_folder(plan), plan.theme
    downloads = [
        {
            "href": up(plan) + output_name(doc.name, kind, plan.suffix),
            "label": doc.labels["download"].format(what=doc.labels[kind.lower()]),
        }
        for kind in ("Resume", "Portfolio")
    ]
    html = render_html(
        plan.env,
        doc,
        stylesheets=[f"{assets_href(plan)}/style.css"],
        downloads=downloads,
        open_graph=open_graph(shown, doc),
        person_json_ld=Markup(person_json_ld(shown)),
        alternates=alternates(plan),
    )
    css = "\n".join(sheet.read_text(encoding="utf-8") for sheet in theme.stylesheets)
    text = fonts.shown_text(html, css)
    families = [theme.body_font, theme.heading_font]
    fallbacks = fonts.fallbacks_for(families, text)
    known = fonts.available()
    paths = [font.path for family in [*families, *fallbacks] for font in known[family]]
    shipped = web_fonts(list(dict.fromkeys(paths)), text)
    in_use = [assets / "fonts" / name for name in shipped.files]
    files.update(zip(in_use, shipped.files.values(), strict=True))
    styles = theme_styles(
        theme, shipped.urls, theme_asset_url, shipped.ranges, printed=False, fallbacks=fallbacks
    )
    for path, url in styles.files.items():
        files[assets / url] = path.read_bytes()
    files[assets / "style.css"] = styles.text
    files[plan.folder / "index.html"] = html
    return files, in_use, styles.problems


def up(plan: Plan) -> str:
    """The way from the page's folder to `out/`: `../` from `out/de/`."""
    return "../" if plan.translated else ""


def assets_folder(plan: Plan) -> Path:
    """`out/assets/`, or `out/assets/de/` for the page in a language after the first."""
    assets = plan.out / ASSETS
    return assets / plan.translated if plan.translated else assets


def assets_href(plan: Plan) -> str:
    """The assets folder as the page links it: `assets`, `../assets/de` from `de/index.html`."""
    return f"../{ASSETS}/{plan.translated}" if plan.translated else ASSETS


def alternates(plan: Plan) -> list[dict[str, Any]]:
    """The page in each of the source's languages (none for a source in one): for
    `<link rel="alternate" hreflang>` and the language switch."""
    if len(plan.languages) < 2:
        return []
    first = plan.languages[0]
    return [
        {
            "lang": language.replace("_", "-"),
            "name": shown_name(language, plan.languages),
            "href": (
                "index.html"
                if language == plan.language
                else up(plan) + ("" if language == first else f"{language}/") + "index.html"
            ),
            "current": language == plan.language,
            "first": language == first,
        }
        for language in plan.languages
    ]


def shown_name(language: str, languages: tuple[str, ...]) -> str:
    """A language by its own name; with its region when two share the name (English (GB))."""
    name = language_name(language)
    if [language_name(other) for other in languages].count(name) < 2:
        return name
    region = language.replace("_", "-").partition("-")[2]
    return f"{name} ({region})" if region else name


def theme_asset_url(path: Path) -> str:
    """Where a file the theme's CSS names goes, relative to the stylesheet: named by its
    content, so two themes' `paper.png` never overwrite each other."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    return f"theme/{path.stem}-{digest}{path.suffix}"


def site_problems(plan: Plan, files: dict[Path, Content]) -> list[Problem]:
    """What a theme makes the web page load from elsewhere: a visitor's browser would call out."""
    page, css = files[plan.folder / "index.html"], files[assets_folder(plan) / "style.css"]
    urls = loaded_from_elsewhere(str(page), css if isinstance(css, str) else css.decode())
    references = plan.reference_files()
    return [locate(Refusal(url, OFFLINE, "the web page would load"), references) for url in urls]


def person_json_ld(resume: Resume) -> str:
    """schema.org Person, safe inside <script>: no `<` can close the element early."""
    basics = resume.basics
    person: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": basics.name,
    }
    if basics.label:
        person["jobTitle"] = basics.label
    if basics.headline or basics.summary:
        person["description"] = plain(basics.summary or basics.headline)
    if basics.email:
        person["email"] = f"mailto:{basics.email}"
    if basics.phone:
        person["telephone"] = basics.phone
    if url := safe_url(basics.url):
        person["url"] = url
    if same_as := [u for p in basics.profiles if (u := safe_url(p.url))]:
        person["sameAs"] = same_as
    if basics.location and basics.location.city:
        person["address"] = _address(basics.location)
    person.update(_affiliations(resume))
    if languages := [lang.language for lang in resume.languages if lang.language]:
        person["knowsLanguage"] = languages
    if skills := [k for s in resume.skills for k in s.keywords]:
        person["knowsAbout"] = skills
    text = json.dumps(person, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _address(location: Location) -> dict[str, str]:
    address = {"@type": "PostalAddress", "addressLocality": location.city or ""}
    if location.region:
        address["addressRegion"] = location.region
    if location.country_code:
        address["addressCountry"] = location.country_code
    return address


def _ongoing(start: str | None, end: str | None) -> bool:
    """Begun and not ended (an employer's span is computed from its roles)."""
    return bool(start) and (not end or split_date(end)[0] == "present")


def _affiliations(resume: Resume) -> dict[str, Any]:
    """Where the person works now, and the schools they went to."""
    found: dict[str, Any] = {}
    if current := [w.name for w in resume.work if w.name and _ongoing(*w.span())]:
        found["worksFor"] = [{"@type": "Organization", "name": name} for name in current]
    if schools := list(dict.fromkeys(e.institution for e in resume.education if e.institution)):
        found["alumniOf"] = [{"@type": "EducationalOrganization", "name": n} for n in schools]
    return found


def open_graph(resume: Resume, doc: Document) -> list[tuple[str, str]]:
    """OpenGraph properties: how the page looks when its address is shared."""
    properties = [
        ("og:type", "profile"),
        ("og:title", doc.name + (f" — {doc.label}" if doc.label else "")),
        ("og:description", doc.description),
    ]
    if url := safe_url(resume.basics.url):
        properties.append(("og:url", url))
    return properties
