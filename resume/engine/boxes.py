"""One walk over a laid-out document for the boxes that play a role in the theme contract.

The base macros mark them (`data-role` = section, entry, entry-title, highlight; a section also
says which with `data-section`), styles/base.css documents them, and a theme that replaces the
macros keeps them. Fitting names the longest entries from them; condensing measures what it
could leave out. Neither needs to know a theme's class names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from weasyprint.document import Document
from weasyprint.formatting_structure import boxes


@dataclass(frozen=True)
class Part:
    """A box with a role, and the section and entry it sits in."""

    role: str
    box: boxes.Box
    element: Any  # the HTML element the box was made for
    section: str | None  # the `data-section` of the section around it (or its own)
    entry: Any  # the element of the entry around it, if any

    @property
    def height(self) -> float:
        """The height a block takes on its page, margins included; 0 for what is not a block."""
        return float(self.box.margin_height()) if isinstance(self.box, boxes.BlockBox) else 0.0


def parts(document: Document) -> Iterator[Part]:
    """Every box with a role, page by page, in the order of the document. An element split over
    pages comes once per page; its inner anonymous boxes never come."""
    for page in document.pages:
        yield from _walk(page._page_box, None, None, None)


def _walk(box: boxes.Box, parent: Any, section: str | None, entry: Any) -> Iterator[Part]:
    element: Any = getattr(box, "element", None)
    role = element.get("data-role") if element is not None and element is not parent else None
    if role == "section":
        section = element.get("data-section")
    if role:
        yield Part(role, box, element, section, entry)
    if role == "entry":
        entry = element
    for child in getattr(box, "children", None) or ():
        yield from _walk(child, element, section, entry)


def leaves(box: boxes.Box) -> Iterator[boxes.Box]:
    """Lines and childless boxes: a block split over pages is stretched, what it holds is not."""
    children = getattr(box, "children", None)
    if isinstance(box, boxes.LineBox) or not children:
        yield box
        return
    for child in children:
        yield from leaves(child)


def lines_in(box: boxes.Box) -> int:
    return sum(1 for leaf in leaves(box) if isinstance(leaf, boxes.LineBox))


def title_of(entry: Any, around: Any = None) -> str:
    """An entry's name as messages give it: its title, else the start of its text; a role's
    with its employer's after it (`around`, the entry that holds it): `Engineer, AMD`."""
    if around is not None:
        return f"{title_of(entry)}, {title_of(around)}"
    for element in entry.iter():
        if element.get("data-role") == "entry-title":
            return " ".join("".join(element.itertext()).split())
    return " ".join("".join(entry.itertext()).split())[:60]
