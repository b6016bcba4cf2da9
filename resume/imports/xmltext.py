"""Finding things in an XML tree by their names without namespaces or case: Europass wrote
`workexperience` in 2013, `WorkExperience` later, and prefixes (`hr:`, `oa:`) everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from resume.imports.html import to_markdown
from resume.imports.xml import local


def children(element: Element | None, name: str) -> Iterator[Element]:
    """The children of `element` called `name` (any namespace, any case)."""
    if element is None:
        return
    for child in element:
        if local(child.tag).lower() == name.lower():
            yield child


def find(element: Element | None, path: str) -> Element | None:
    """The first element at `path` (`A/B/C`) below `element`."""
    for name in path.split("/"):
        element = next(children(element, name), None)
    return element


def find_all(element: Element | None, path: str) -> list[Element]:
    """Every element at `path`: the last name repeats, under the first match of the others."""
    *parents, last = path.split("/")
    parent = find(element, "/".join(parents)) if parents else element
    return list(children(parent, last))


def text(element: Element | None, path: str = "") -> str:
    """The text at `path` (or of `element` itself), whitespace tidied."""
    found = find(element, path) if path else element
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def rich(element: Element | None, path: str) -> str:
    """HTML text at `path` (Europass stores rich text escaped), as Markdown."""
    found = find(element, path)
    return to_markdown("".join(found.itertext())) if found is not None else ""
