"""Contact icons are inline SVG drawn from Font Awesome's outlines: hidden from screen readers,
with no text a PDF reader or an ATS could extract, and the link icon for a network without one."""

from __future__ import annotations

import re

import pytest

from resume.theme.icons import GLYPHS, icon


@pytest.mark.parametrize("kind", sorted(GLYPHS))
def test_every_contact_kind_draws_a_shape_and_no_text(kind: str) -> None:
    svg = str(icon(kind))
    assert svg.startswith('<svg class="icon icon-') and svg.endswith("</svg>")
    assert 'aria-hidden="true"' in svg and 'focusable="false"' in svg
    (path,) = re.findall(r' d="([^"]+)"', svg)
    assert path.startswith("M") and len(path) > 50  # an outline, not an empty glyph
    assert re.sub(r"<[^>]*>", "", svg) == ""  # no text between the tags


def test_the_network_is_named_in_any_case_and_an_unknown_one_gets_the_link() -> None:
    assert 'class="icon icon-github"' in icon("GitHub")
    assert 'class="icon icon-x-twitter"' in icon("Twitter")
    assert 'class="icon icon-stack-overflow"' in icon("Stack Overflow")
    assert 'class="icon icon-link"' in icon("MySpace")
