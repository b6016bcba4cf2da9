"""Rich text from other tools (HTML) as our Markdown, and its bullet points as highlights."""

from __future__ import annotations

from resume.imports.html import split_bullets, to_markdown


def test_html_becomes_markdown_paragraphs_and_bullets() -> None:
    html = "<p>Led a <strong>team</strong> of four.</p><ul><li>Cut costs</li><li>Hired</li></ul>"
    assert to_markdown(html) == "Led a **team** of four.\n\n* Cut costs\n* Hired"


def test_pictures_scripts_and_styles_are_dropped_with_what_they_hold() -> None:
    html = '<p>Hi<img src="x.png" alt="me"><style>p{color:red}</style><script>alert(1)</script></p>'
    assert to_markdown(html) == "Hi"


def test_text_without_tags_is_kept_as_written() -> None:
    assert to_markdown("  5 < 6 and a > b  ") == "5 < 6 and a > b"


def test_bullets_become_highlights_and_the_rest_prose() -> None:
    markdown = "Built things.\nShipped them.\n\n* First point\n  goes on\n2. Second point\n- \n"
    assert split_bullets(markdown) == (
        "Built things. Shipped them.",
        ["First point goes on", "Second point"],
    )
