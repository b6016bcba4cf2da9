"""What a theme may make: a layout stops at a page limit, and a laid-out document may hold only
so many boxes. A stylesheet that makes pages tiny (`@page { size: 1in 1in }`) or breaks a page
after every element would otherwise multiply the layout's work; each limit is an error that
names it.

The page count is heard while WeasyPrint paginates (it tells its progress logger of every page
it makes), so the layout stops at the first page past the limit, not after the last one.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from xml.etree import ElementTree

from weasyprint.document import Document

from resume.errors import UserError

# Pages one layout of an output may make: fitting a résumé of --pages 10 lays out a few more.
MAX_PAGES = {"resume": 30, "portfolio": 300}
MAX_BOXES = 100_000  # boxes of one laid-out document; the sample portfolio has about 450
MAX_ELEMENTS = 20_000  # elements of a page's HTML, each at least one box; the sample has 340
MAX_DEPTH = 100  # elements inside each other; the built-in templates nest about 12 deep
_NAMES = {"resume": "résumé", "portfolio": "portfolio"}
_PAGE_MADE = "Step 5 - Creating layout - Page %d"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


class TooBig(UserError):
    """A document past one of the limits on what a theme may make."""


class _PageCounter(logging.Handler):
    def __init__(self, limit: int, output: str) -> None:
        super().__init__(logging.INFO)
        self.limit, self.output = limit, output

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        page = args[0] if isinstance(args, tuple) and args else None
        if record.msg == _PAGE_MADE and isinstance(page, int) and page > self.limit:
            raise TooBig(
                f"the {name_of(self.output)} would take more than {self.limit} "
                f"pages, the most a render lays out for it; does the theme make its pages small, "
                "its margins or type huge, or break a page after every element?"
            )


@contextlib.contextmanager
def pages_at_most(limit: int, output: str) -> Iterator[None]:
    """Stop the layout in the block with `TooBig` when it makes page `limit + 1`."""
    logger = logging.getLogger("weasyprint.progress")
    counter = _PageCounter(limit, output)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(counter)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # a page a line is for this counter, not for other listeners
    try:
        yield
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
        logger.propagate = propagate


def check_boxes(document: Document, output: str) -> None:
    """A laid-out document of more boxes than `MAX_BOXES` is an error."""
    count = 0
    for page in document.pages:
        for _box in page._page_box.descendants():
            count += 1
            if count > MAX_BOXES:
                raise TooBig(
                    f"the {name_of(output)} would be made of more than "
                    f"{MAX_BOXES:,} boxes, the most a render lays out; does the theme's "
                    "template repeat the document without end?"
                )


def check_html(html: str, output: str) -> None:
    """Before parsing, which takes time in the square of the nesting: the tags of `html`
    counted, and their nesting bounded generously (a sloppy page leaves some open)."""
    count = depth = 0
    for tag in _TAG.finditer(html):
        if tag[1]:
            depth -= 1
            continue
        count += 1
        if tag[2].lower() not in _VOID and not tag[3]:
            depth += 1
        if depth > 10 * MAX_DEPTH:
            raise too_deep(output)
        if count > MAX_ELEMENTS:
            raise too_many(output)


def check_tree(root: ElementTree.Element, output: str) -> None:
    """Before any layout: a page's HTML of more than `MAX_ELEMENTS` elements, or nested more
    than `MAX_DEPTH` deep, is an error (WeasyPrint would take long, then recurse too deep)."""
    count, level = 0, [(root, 1)]
    while level:
        element, depth = level.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise too_deep(output)
        if count > MAX_ELEMENTS:
            raise too_many(output)
        level += [(child, depth + 1) for child in element]


def name_of(output: str) -> str:
    return _NAMES.get(output, output)


def too_many(output: str) -> TooBig:
    return TooBig(
        f"the {name_of(output)} would be made of more than {MAX_ELEMENTS:,} elements, "
        "the most a render lays out; does the theme's template repeat them without end?"
    )


def too_deep(output: str) -> TooBig:
    return TooBig(
        f"the {name_of(output)}'s elements are nested more than {MAX_DEPTH} deep, the most a "
        "render lays out; does the theme's template nest them without end?"
    )
