"""Reactive Resume's JSON export, v3, v4 and v5: `basics` and `sections` of items, whose rich
text is HTML (v4, v5) or Markdown (v3). Hidden items and sections are left out, with a note;
custom sections go where their title says (an award, a project…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from resume.imports.base import Imported, clean, listed, mapping, text_of
from resume.imports.dates import parse_date, parse_range
from resume.imports.design import checked_design
from resume.imports.html import split_bullets, to_markdown
from resume.imports.profiles import web_address
from resume.imports.reading import Tree, tree_of
from resume.imports.rendercv_entries import target_of
from resume.source.parsed import FieldPath

NAME = "Reactive Resume JSON"


def recognise(path: Path) -> bool:
    tree = tree_of(path)
    return (
        tree is not None
        and isinstance(tree.data.get("basics"), dict)
        and isinstance(tree.data.get("sections"), dict)
    )


def read(path: Path) -> Imported:
    tree = tree_of(path)
    assert tree is not None  # recognised
    imported = Imported(path, NAME)
    data: dict[str, Any] = {"basics": _basics(tree, imported)}
    sections = tree.data["sections"]
    for key, section in sections.items():
        if key == "custom" and isinstance(section, dict):  # v4: custom sections by id
            for inner_id, inner in section.items():
                _section(tree, imported, data, ("sections", "custom", inner_id), inner)
        else:
            _section(tree, imported, data, ("sections", key), section)
    _section(tree, imported, data, ("summary",), tree.data.get("summary"))  # v5
    for index, custom in enumerate(listed(tree.data.get("customSections"))):  # v5
        _section(tree, imported, data, ("customSections", index), custom)
    data["render"] = _render(tree, imported)
    imported.data = clean(data)
    return imported


def _hidden(item: Any) -> bool:
    return isinstance(item, dict) and (item.get("visible") is False or item.get("hidden") is True)


def _title(section: dict[str, Any]) -> str:
    return text_of(section.get("name") or section.get("title"))


def _section(
    tree: Tree, imported: Imported, data: dict[str, Any], where: FieldPath, section: Any
) -> None:
    if not isinstance(section, dict):
        return
    key = str(where[-1]) if where in (("summary",), ("sections", where[-1])) else "custom"
    if _hidden(section):
        if section.get("items") or section.get("content"):
            imported.note(
                f"section “{_title(section)}” is hidden in Reactive Resume: left out",
                tree.line(where),
            )
        return
    if key == "summary":
        summary, bullets = split_bullets(_rich(section.get("content")))
        data["basics"]["summary"] = " ".join([summary, *bullets])
        return
    target, make = _MAKERS.get(key) or _custom(_title(section))
    for index, item in enumerate(listed(section.get("items"))):
        if not isinstance(item, dict):
            continue
        if _hidden(item):
            what = _first(item, "name", "title", "company", "institution", "school", "organization")
            imported.note(
                f"“{what}” is hidden in Reactive Resume: left out",
                tree.line((*where, "items", index)),
            )
            continue
        if target == "profiles":
            data["basics"].setdefault("profiles", []).append(make(item))
        else:
            data.setdefault(target, []).append(make(item))


def _custom(title: str) -> tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]:
    """A custom section's items, as the kind its title names (projects when it names none)."""
    target = target_of(title) or "projects"
    found = next(((t, m) for t, m in _MAKERS.values() if t == target), None)
    return found or _MAKERS["projects"]


def _rich(value: Any) -> str:
    return to_markdown(text_of(value))


def _first(item: dict[str, Any], *keys: str) -> str:
    return next((text_of(item[key]) for key in keys if text_of(item.get(key))), "")


def _link(item: dict[str, Any]) -> str | None:
    """`url` as text (v3), {href} (v4) or `website` {url} (v5)."""
    for key in ("url", "website"):
        value = item.get(key)
        text = (
            text_of(value.get("href") or value.get("url"))
            if isinstance(value, dict)
            else text_of(value)
        )
        if text and (address := web_address(text)):
            return address
    return None


def _period(item: dict[str, Any]) -> dict[str, str | None]:
    """startDate and endDate from `date` (text, or {start, end} in v3) or `period` (v5)."""
    value = item.get("date") or item.get("period")
    if isinstance(value, dict):
        start, end = (parse_date(text_of(value.get(k))) for k in ("start", "end"))
    else:
        start, end = parse_range(text_of(value))
    return {"startDate": start, "endDate": end}


def _one_date(item: dict[str, Any]) -> str | None:
    dates = _period(item)
    return dates["startDate"] or dates["endDate"]


def _story(item: dict[str, Any]) -> tuple[str, list[str]]:
    """The summary and the bullet points of an item's rich text."""
    return split_bullets(_rich(item.get("summary") or item.get("description")))


def _work(item: dict[str, Any]) -> dict[str, Any]:
    summary, highlights = _story(item)
    return {
        "name": _first(item, "company", "name"),
        "position": _first(item, "position"),
        "location": _first(item, "location"),
        **_period(item),
        "url": _link(item),
        "summary": summary,
        "highlights": highlights,
    }


def _volunteer(item: dict[str, Any]) -> dict[str, Any]:
    summary, highlights = _story(item)
    made = {
        "organization": _first(item, "organization", "name"),
        "position": _first(item, "position"),
    }
    return {
        **made,
        **_period(item),
        "url": _link(item),
        "summary": summary,
        "highlights": highlights,
    }


def _education(item: dict[str, Any]) -> dict[str, Any]:
    summary, highlights = _story(item)
    return {
        "institution": _first(item, "institution", "school"),
        "studyType": _first(item, "studyType", "degree"),
        "area": _first(item, "area"),
        "score": _first(item, "score", "grade"),
        **_period(item),
        "url": _link(item),
        "courses": [*(listed(item.get("courses"))), *highlights] + ([summary] if summary else []),
    }


def _project(item: dict[str, Any]) -> dict[str, Any]:
    summary, highlights = _story(item)
    description = _first(item, "description") if item.get("summary") else ""
    return {
        "name": _first(item, "name", "title"),
        "description": " ".join(filter(None, [description, summary])),
        **_period(item),
        "url": _link(item),
        "keywords": [text_of(k) for k in listed(item.get("keywords"))],
        "highlights": highlights,
    }


def _prose(item: dict[str, Any]) -> str:
    summary, highlights = _story(item)
    return " ".join(filter(None, [summary, *highlights]))


_MAKERS: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "experience": ("work", _work),
    "work": ("work", _work),
    "volunteer": ("volunteer", _volunteer),
    "education": ("education", _education),
    "projects": ("projects", _project),
    "skills": (
        "skills",
        lambda i: {
            "name": _first(i, "name"),
            "level": _first(i, "description", "proficiency", "level"),
            "keywords": [text_of(k) for k in listed(i.get("keywords"))],
        },
    ),
    "languages": (
        "languages",
        lambda i: {
            "language": _first(i, "name", "language"),
            "fluency": _first(i, "description", "fluency", "level"),
        },
    ),
    "interests": (
        "interests",
        lambda i: {
            "name": _first(i, "name"),
            "keywords": [text_of(k) for k in listed(i.get("keywords"))],
        },
    ),
    "hobbies": ("interests", lambda i: {"name": _first(i, "name")}),
    "awards": (
        "awards",
        lambda i: {
            "title": _first(i, "title", "name"),
            "awarder": _first(i, "awarder"),
            "date": _one_date(i),
            "summary": _prose(i),
        },
    ),
    "certifications": (
        "certificates",
        lambda i: {
            "name": _first(i, "name", "title"),
            "issuer": _first(i, "issuer"),
            "date": _one_date(i),
            "url": _link(i),
        },
    ),
    "publications": (
        "publications",
        lambda i: {
            "name": _first(i, "name", "title"),
            "publisher": _first(i, "publisher"),
            "releaseDate": _one_date(i),
            "url": _link(i),
            "summary": _prose(i),
        },
    ),
    "references": (
        "references",
        lambda i: {
            "name": " — ".join(
                filter(None, [_first(i, "name"), _first(i, "relationship", "position")])
            ),
            "reference": _prose(i),
        },
    ),
    "profiles": (
        "profiles",
        lambda i: {
            "network": _first(i, "network"),
            "username": _first(i, "username"),
            "url": _link(i),
        },
    ),
}


def _basics(tree: Tree, imported: Imported) -> dict[str, Any]:
    basics = tree.data["basics"]
    location = basics.get("location")
    picture = basics.get("picture") or basics.get("photo") or tree.data.get("picture") or {}
    hidden = isinstance(picture, dict) and (
        _hidden(picture) or (picture.get("effects") or {}).get("hidden") is True
    )
    found = {
        "name": _first(basics, "name") or "Your Name",
        "label": _first(basics, "headline", "label"),
        "email": _first(basics, "email"),
        "phone": _first(basics, "phone"),
        "url": _link(basics),
        "image": None
        if hidden
        else (text_of(picture.get("url")) if isinstance(picture, dict) else text_of(picture)),
        "location": _location(location),
        "summary": _rich(basics.get("summary")) if basics.get("summary") else None,
    }
    if not _first(basics, "name"):
        imported.doubt(("basics", "name"), "the file names no one: write your name")
    for index, field in enumerate(listed(basics.get("customFields"))):
        if isinstance(field, dict) and _first(field, "value", "text"):
            imported.note(
                f"custom field “{_first(field, 'name', 'icon')}: {_first(field, 'value', 'text')}”: no field of ours holds it",
                tree.line(("basics", "customFields", index)),
            )
    return found


def _location(location: Any) -> dict[str, str]:
    if isinstance(location, dict):  # v3
        return {
            "address": text_of(location.get("address")),
            "city": text_of(location.get("city")),
            "region": text_of(location.get("region")),
            "postalCode": text_of(location.get("postalCode")),
        }
    return {"city": text_of(location)}


def _render(tree: Tree, imported: Imported) -> dict[str, Any]:
    """Paper, language, accent colour and font (v4's metadata.theme and typography.font, v3's
    metadata.colors and typography.family)."""
    meta = mapping(tree.data.get("metadata"))
    colours = mapping(meta.get("theme")) or mapping(meta.get("colors"))
    typography = mapping(meta.get("typography"))
    font = mapping(typography.get("font")) or mapping(typography.get("family"))
    wanted = {"accent": colours.get("primary"), "bodyFont": font.get("family") or font.get("body")}
    page_format = text_of(mapping(meta.get("page")).get("format")).lower()
    return {
        "pageSize": page_format if page_format in ("a4", "letter") else None,
        "locale": text_of(meta.get("locale")) or None,
        "design": checked_design(wanted, imported, tree.line(("metadata",))),
    }
