"""Leaders drawn from left to right.

WeasyPrint lays a leader's copies out from the line's right edge leftwards and draws them in
that order. pdfminer.six (many résumé parsers) builds its lines from the glyphs in the order
they are drawn, so a leader drawn backwards breaks an entry's heading line into three (title,
dots, dates), which it then reads as blocks apart, the dates after the entry's bullets. Drawn
from left to right, the title, the dots and the dates are one line to it, as they are to the
eye and to every other reader."""

from __future__ import annotations

from weasyprint.document import Document
from weasyprint.formatting_structure import boxes


def draw_leaders_left_to_right(document: Document) -> None:
    """Put each leader's copies in the order of their position on the line."""
    for page in document.pages:
        for box in page._page_box.descendants():
            if box.is_leader and isinstance(box, boxes.InlineBox):
                box.children = tuple(sorted(box.children, key=lambda copy: copy.position_x))
