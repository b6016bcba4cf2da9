"""RenderCV's `design` and `locale` as our `render`: theme, paper, accent colour, fonts of our
font package, body size, margins, date format, language. Each value is checked as the source's
loader will check it; one that our design cannot take is noted, not guessed."""

from __future__ import annotations

from typing import Any

from resume.imports.base import Imported, text_of
from resume.imports.design import checked_design
from resume.imports.reading import Tree

# RenderCV's themes and the one of ours nearest to each.
_THEMES = {
    "classic": "classic",
    "engineeringclassic": "classic",
    "engineeringresumes": "jake",
    "sb2nov": "jake",
    "moderncv": "modern",
    "harvard": "classic",
    "ember": "modern",
}
_SAME_FAMILIES = {"Charter": "XCharter"}
_PAGE_SIZES = {"letterpaper": "letter", "us-letter": "letter", "a4paper": "a4", "a4": "a4"}
_DATE_FORMATS = {
    "MONTH_ABBREVIATION YEAR": "MMM YYYY",
    "MONTH_NAME YEAR": "MMMM YYYY",
    "FULL_MONTH_NAME YEAR": "MMMM YYYY",
    "MONTH_IN_TWO_DIGITS/YEAR": "MM/YYYY",
    "YEAR-MONTH_IN_TWO_DIGITS": "YYYY-MM",
    "YEAR": "YYYY",
}
_LANGUAGES = {
    "english": "en", "german": "de", "french": "fr", "italian": "it", "spanish": "es",
    "portuguese": "pt", "turkish": "tr", "chinese": "zh", "japanese": "ja", "korean": "ko",
    "russian": "ru", "dutch": "nl", "polish": "pl", "danish": "da", "swedish": "sv",
    "norwegian": "no", "hindi": "hi", "indonesian": "id", "vietnamese": "vi", "mandarin_chinese": "zh",
}  # fmt: skip


def render_settings(tree: Tree, imported: Imported, order: list[str]) -> dict[str, Any]:
    """`render` for a RenderCV file: its theme's nearest, page, design, locale and the order
    of its sections."""
    design = tree.data.get("design") if isinstance(tree.data.get("design"), dict) else {}
    locale = _locale(tree.data)
    render: dict[str, Any] = {
        "theme": _THEMES.get(text_of(design.get("theme"))),
        "pageSize": _PAGE_SIZES.get(
            text_of(design.get("page_size") or _in(design, "page", "size"))
        ),
        "locale": _LANGUAGES.get(text_of(locale.get("language")).lower())
        or (text_of(locale.get("language")) if len(text_of(locale.get("language"))) == 2 else None),
        "design": _design(design, locale, tree, imported),
        "sections": {"resume": order} if order else {},
    }
    if render["theme"]:
        imported.doubt(
            ("render", "theme"), f"ours nearest RenderCV's {text_of(design.get('theme'))}"
        )
    return render


def _locale(data: dict[str, Any]) -> dict[str, Any]:
    """`locale` (v2), or v1's `locale_catalog`."""
    for key in ("locale", "locale_catalog"):
        if isinstance(data.get(key), dict):
            return dict(data[key])
    return {}


def _in(mapping: dict[str, Any], *keys: str) -> Any:
    """mapping[k1][k2]…, or None where a level is missing."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)  # type: ignore[assignment]
    return mapping


def _design(
    design: dict[str, Any], locale: dict[str, Any], tree: Tree, imported: Imported
) -> dict[str, Any]:
    fonts = _in(design, "typography", "font_family")
    body_font = fonts.get("body") if isinstance(fonts, dict) else fonts
    heading_font = fonts.get("name") if isinstance(fonts, dict) else None
    size = _in(design, "typography", "font_size")
    wanted = {
        "accent": design.get("color")
        or _in(design, "colors", "section_titles")
        or _in(design, "colors", "name"),
        "bodyFont": _ours(design.get("font") or _in(design, "text", "font_family") or body_font),
        "headingFont": _ours(heading_font) if heading_font != body_font else None,
        "size": design.get("font_size")
        or _in(design, "text", "font_size")
        or (size.get("body") if isinstance(size, dict) else size),
        "margins": _margins(design),
        "dateFormat": _date_format(design, locale),
        "present": text_of(locale.get("present"))
        if text_of(locale.get("present")).lower() != "present"
        else None,
    }
    return checked_design(wanted, imported, tree.line(("design",)))


def _ours(family: Any) -> Any:
    """Our package's name for a family RenderCV knows by another (XCharter is Charter, freed)."""
    return _SAME_FAMILIES.get(family, family) if isinstance(family, str) else family


def _margins(design: dict[str, Any]) -> list[str] | None:
    """[top, right, bottom, left] from v1's margins.page or v2's page.*_margin."""
    v1 = _in(design, "margins", "page")
    sides = ("top", "right", "bottom", "left")
    if isinstance(v1, dict):
        found = [text_of(v1.get(side)) for side in sides]
    else:
        found = [text_of(_in(design, "page", f"{side}_margin")) for side in sides]
    if not all(found):
        return None
    sides_found = [side.replace(" ", "") for side in found]
    return sides_found[:1] if len(set(sides_found)) == 1 else sides_found


def _date_format(design: dict[str, Any], locale: dict[str, Any]) -> str | None:
    template = text_of(
        _in(design, "templates", "single_date")
        or locale.get("date_template")
        or locale.get("date_style")
    )
    return _DATE_FORMATS.get(template) if template else None
