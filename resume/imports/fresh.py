"""FRESH (HackMyResume's format), JSON or YAML: `name`, `info`, `contact`, `employment.history`,
`education.history`, `skills.sets`, `writing`, `recognition`… mapped to ours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from resume.imports.base import Imported, clean, listed, mapping, text_of
from resume.imports.dates import parse_date
from resume.imports.profiles import web_address
from resume.imports.reading import Tree, tree_of

NAME = "FRESH (HackMyResume)"
_KEYS = {"info", "contact", "employment", "education", "skills", "social"}
_UNPLACED = ("governance", "samples", "extracurricular", "affiliation", "disposition", "references")


def recognise(path: Path) -> bool:
    tree = tree_of(path)
    if tree is None or "basics" in tree.data:
        return False
    meta = tree.data.get("meta")
    declared = isinstance(meta, dict) and text_of(meta.get("format")).upper().startswith("FRESH")
    return declared or (isinstance(tree.data.get("name"), str) and bool(_KEYS & set(tree.data)))


def read(path: Path) -> Imported:
    tree = tree_of(path)
    assert tree is not None  # recognised
    imported = Imported(path, NAME)
    doc = tree.data
    data: dict[str, Any] = {"basics": _basics(doc)}
    for key, (section, make) in _SECTIONS.items():
        for item in _items(doc, key):
            data.setdefault(section, []).append(make(item))
    data["skills"] = _skills(doc.get("skills"))
    for key in _UNPLACED:
        if doc.get(key):
            imported.note(f"`{key}`: no section of ours holds it", tree.line((key,)))
    _private(tree, imported)
    imported.data = clean(data)
    return imported


def _items(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The entries of a FRESH section: a list, or the `history` of a mapping."""
    value = doc.get(key)
    if isinstance(value, dict):
        value = value.get("history")
    return [item for item in listed(value) if isinstance(item, dict) and not item.get("private")]


def _private(tree: Tree, imported: Imported) -> None:
    """A note for each entry marked private, which is left out."""
    for key, value in tree.data.items():
        where: tuple[str, ...] = (key, "history") if isinstance(value, dict) else (key,)
        items = value.get("history") if isinstance(value, dict) else value
        for index, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and item.get("private"):
                line = tree.line((*where, index))
                imported.note(f"an entry of `{key}` marked private: left out", line)


def _basics(doc: dict[str, Any]) -> dict[str, Any]:
    info, contact = mapping(doc.get("info")), mapping(doc.get("contact"))
    location = mapping(doc.get("location"))
    return {
        "name": text_of(doc.get("name")) or "Your Name",
        "label": text_of(info.get("label")),
        "summary": " ".join(text_of(info.get("brief")).split()),
        "image": text_of(info.get("image")),
        "email": text_of(contact.get("email")),
        "phone": text_of(contact.get("phone")),
        "url": web_address(text_of(contact.get("website"))),
        "location": {
            "address": text_of(location.get("address")),
            "city": text_of(location.get("city")),
            "region": text_of(location.get("region")),
            "postalCode": text_of(location.get("code")),
            "countryCode": text_of(location.get("country"))
            if len(text_of(location.get("country"))) == 2
            else None,
        },
        "profiles": [
            {
                "network": text_of(s.get("network") or s.get("label")),
                "username": text_of(s.get("user")),
                "url": web_address(text_of(s.get("url"))),
            }
            for s in listed(doc.get("social"))
            if isinstance(s, dict)
        ],
    }


def _dates(item: dict[str, Any]) -> dict[str, str | None]:
    start = parse_date(text_of(item.get("start")))
    end = parse_date(text_of(item.get("end")))
    if item.get("current") is True:
        end = None
    return {"startDate": start, "endDate": end}


def _date(item: dict[str, Any]) -> str | None:
    return parse_date(text_of(item.get("date") or item.get("start")))


def _words(item: dict[str, Any], key: str = "keywords") -> list[str]:
    return [text_of(word) for word in listed(item.get(key)) if text_of(word)]


def _text(item: dict[str, Any], *keys: str) -> str:
    return next((" ".join(text_of(item[k]).split()) for k in keys if text_of(item.get(k))), "")


def _publisher(item: dict[str, Any]) -> str:
    publisher = item.get("publisher")
    return text_of(publisher.get("name")) if isinstance(publisher, dict) else text_of(publisher)


def _skills(skills: Any) -> list[dict[str, Any]]:
    if not isinstance(skills, dict):
        return []
    sets = [
        {
            "name": text_of(s.get("name")),
            "level": text_of(s.get("level")),
            "keywords": _words(s, "skills"),
        }
        for s in listed(skills.get("sets"))
        if isinstance(s, dict)
    ]
    one_by_one = [
        {"name": text_of(s.get("name")), "level": text_of(s.get("level"))}
        for s in listed(skills.get("list"))
        if isinstance(s, dict)
    ]
    return sets + one_by_one


_SECTIONS: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "employment": (
        "work",
        lambda i: {
            "name": _text(i, "employer"),
            "position": _text(i, "position"),
            "location": _text(i, "location"),
            "url": web_address(text_of(i.get("url"))),
            **_dates(i),
            "summary": _text(i, "summary"),
            "highlights": _words(i, "highlights"),
        },
    ),
    "education": (
        "education",
        lambda i: {
            "institution": _text(i, "institution"),
            "area": _text(i, "area", "title"),
            "studyType": _text(i, "studyType"),
            "score": _text(i, "grade", "gpa"),
            "url": web_address(text_of(i.get("url"))),
            **_dates(i),
            "courses": _words(i, "curriculum"),
        },
    ),
    "projects": (
        "projects",
        lambda i: {
            "name": _text(i, "title", "name"),
            "description": _text(i, "summary", "description"),
            "url": web_address(text_of(i.get("url") or i.get("repo"))),
            **_dates(i),
            "highlights": _words(i, "highlights"),
            "keywords": _words(i),
            "roles": [r for r in [_text(i, "role")] if r],
        },
    ),
    "service": (
        "volunteer",
        lambda i: {
            "organization": _text(i, "organization"),
            "position": _text(i, "position"),
            "url": web_address(text_of(i.get("url"))),
            **_dates(i),
            "summary": _text(i, "summary"),
            "highlights": _words(i, "highlights"),
        },
    ),
    "recognition": (
        "awards",
        lambda i: {
            "title": _text(i, "title"),
            "awarder": _text(i, "from"),
            "date": _date(i),
            "summary": _text(i, "summary"),
        },
    ),
    "writing": (
        "articles",
        lambda i: {
            "title": _text(i, "title"),
            "publisher": _publisher(i),
            "date": _date(i),
            "url": web_address(text_of(i.get("url"))),
            "summary": _text(i, "summary"),
        },
    ),
    "speaking": (
        "publications",
        lambda i: {
            "name": _text(i, "title"),
            "publisher": _text(i, "event"),
            "releaseDate": _date(i),
            "url": web_address(text_of(i.get("url"))),
            "summary": _text(i, "summary"),
            "type": "Talks",
        },
    ),
    "reading": (
        "reading",
        lambda i: {
            "title": _text(i, "title"),
            "author": _text(i, "author"),
            "url": web_address(text_of(i.get("url"))),
        },
    ),
    "languages": (
        "languages",
        lambda i: {"language": _text(i, "language"), "fluency": _text(i, "fluency", "level")},
    ),
    "interests": ("interests", lambda i: {"name": _text(i, "name"), "keywords": _words(i)}),
    "testimonials": (
        "references",
        lambda i: {"name": _text(i, "name"), "reference": _text(i, "quote")},
    ),
}
