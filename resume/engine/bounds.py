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
from collections.abc import Iterator

from weasyprint.document import Document

from resume.errors import UserError

# Pages one layout of an output may make: fitting a résumé of --pages 10 lays out a few more.
MAX_PAGES = {"resume": 30, "portfolio": 300}
MAX_BOXES = 100_000  # boxes of one laid-out document; the sample portfolio has about 450
_NAMES = {"resume": "résumé", "portfolio": "portfolio"}
_PAGE_MADE = "Step 5 - Creating layout - Page %d"


class TooBig(UserError):
    """A document past one of the limits on what a theme may make."""


class _PageCounter(logging.Handler):
    def __init__(self, limit: int, output: str) -> None:
        super().__init__(logging.INFO)
        self.limit, self.output = limit, output

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == _PAGE_MADE and record.args and int(record.args[0]) > self.limit:  # type: ignore[index, call-overload]
            raise TooBig(
                f"the {_NAMES.get(self.output, self.output)} would take more than {self.limit} "
                f"pages, the most a render lays out for it; does the theme make its pages tiny "
                "(@page size) or break a page after every element?"
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
                    f"the {_NAMES.get(output, output)} would be made of more than "
                    f"{MAX_BOXES:,} boxes, the most a render lays out; does the theme's "
                    "template repeat the document without end?"
                )


def too_deep(output: str) -> TooBig:
    return TooBig(
        f"the {_NAMES.get(output, output)}'s elements are nested too deeply to lay out; "
        "does the theme's template nest them without end?"
    )
