"""RenderCV YAML, every era: v1 (2024), v2.0-2.3 and v2.4+ (`settings:`). `cv` becomes
`basics`, each section's entries go to the section of ours that holds their kind (its title
decides between near kinds: awards or projects), `design` and `locale` to `render`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from resume.imports.base import Imported, clean, listed, text_of
from resume.imports.profiles import profile, web_address
from resume.imports.reading import Tree, tree_of
from resume.imports.rendercv_design import render_settings
from resume.imports.rendercv_entries import Placer
from resume.imports.roles import fold_roles

NAME = "RenderCV YAML"


def recognise(path: Path) -> bool:
    tree = tree_of(path)
    cv = tree.data.get("cv") if tree else None
    return isinstance(cv, dict) and ("name" in cv or "sections" in cv)


def read(path: Path) -> Imported:
    tree = tree_of(path)
    assert tree is not None  # recognised
    imported = Imported(path, NAME)
    cv = tree.data["cv"]
    placer = Placer(tree, imported)
    sections = cv.get("sections") if isinstance(cv.get("sections"), dict) else {}
    for title, entries in sections.items():
        placer.place(str(title), entries if isinstance(entries, list) else [entries])
    data = placer.data
    data["basics"] = {**_basics(cv, tree, imported), **data.get("basics", {})}
    if text_of(cv.get("summary")):  # cv.summary is the summary; a section's text goes to about
        basics = data["basics"]
        moved = [basics.get("summary"), basics.get("about")]
        basics["summary"] = text_of(cv["summary"])
        basics["about"] = "\n\n".join(filter(None, moved))
    if "work" in data:
        data["work"] = fold_roles(data["work"])
    data["render"] = render_settings(tree, imported, placer.order)
    imported.data = clean(data)
    placer.comment_titles()
    return imported


def _basics(cv: dict[str, Any], tree: Tree, imported: Imported) -> dict[str, Any]:
    basics: dict[str, Any] = {
        "name": text_of(cv.get("name")) or "Your Name",
        "label": text_of(cv.get("headline") or cv.get("label")),
        "email": _first(cv.get("email"), tree, imported, "email"),
        "phone": re.sub(r"^tel:", "", _first(cv.get("phone"), tree, imported, "phone")),
        "url": web_address(_first(cv.get("website"), tree, imported, "website")),
        "image": text_of(cv.get("photo")),
        "location": {"city": text_of(cv.get("location"))},
        "profiles": _profiles(cv),
    }
    if not text_of(cv.get("name")):
        imported.doubt(("basics", "name"), "the file names no one: write your name")
    if basics["image"]:
        imported.doubt(("basics", "image"), "RenderCV's photo: keep the file beside this source")
    return basics


def _first(value: Any, tree: Tree, imported: Imported, key: str) -> str:
    """The first of several (v2.3 allows lists of e-mails, phones, websites); the others noted."""
    if not isinstance(value, list):
        return text_of(value)
    for extra in value[1:]:
        imported.note(
            f"another {key} ({text_of(extra)}): the source holds one", tree.line(("cv", key))
        )
    return text_of(value[0]) if value else ""


def _profiles(cv: dict[str, Any]) -> list[dict[str, str]]:
    found = [
        profile(text_of(entry.get("network")), text_of(entry.get("username")))
        for entry in listed(cv.get("social_networks"))
        if isinstance(entry, dict)
    ]
    for entry in listed(cv.get("custom_connections")):
        if isinstance(entry, dict) and (url := web_address(text_of(entry.get("url")))):
            found.append({"network": text_of(entry.get("placeholder")), "url": url})
    return found
