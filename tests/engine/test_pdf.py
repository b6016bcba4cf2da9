"""The last guard before a PDF is written: a font WeasyPrint gave a custom encoding (it drew a
.notdef box) fails the render, since pypdf and pdfminer.six would read it as garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.engine.fetcher import ConfinedFetcher
from resume.engine.pdf import PdfRenderer
from resume.errors import UserError
from resume.theme.fonts import FONT_DIR, font_face_css

CSS = font_face_css(["Source Sans 3"]) + "body { font-family: 'Source Sans 3' }"


def renderer(tmp_path: Path) -> PdfRenderer:
    return PdfRenderer(CSS, tmp_path, ConfinedFetcher([tmp_path, FONT_DIR]), lambda _: "")


def test_a_glyph_no_font_has_fails_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Source-Sans-3 lacks was drawn as an empty box"):
        made = renderer(tmp_path)
        made.write(made.layout("<p>Mail me \uf0e0 today</p>"))


def test_text_every_font_draws_is_written(tmp_path: Path) -> None:
    made = renderer(tmp_path)
    assert made.write(made.layout("<p>Mail me today</p>")).data.startswith(b"%PDF-")
