"""Which addresses may become links: the web, mail and phone, written in full or as a bare domain;
never a script, a local file or a data: page, however the scheme is disguised."""

from __future__ import annotations

import pytest

from resume.source.links import link_problem, safe_url


@pytest.mark.parametrize(
    ("written", "linked"),
    [
        ("https://ada.example.org/work", "https://ada.example.org/work"),
        ("  http://ada.example.org  ", "http://ada.example.org"),
        ("mailto:ada@example.org", "mailto:ada@example.org"),
        ("tel:+44-20-7946-0000", "tel:+44-20-7946-0000"),
        ("github.com/ada", "https://github.com/ada"),
        ("ada.example.org:8080", "https://ada.example.org:8080"),
    ],
)
def test_web_mail_and_phone_addresses_are_links(written: str, linked: str) -> None:
    assert safe_url(written) == linked
    assert link_problem(written) is None


@pytest.mark.parametrize(
    "written",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",  # a browser ignores the tab and runs the script
        " javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "https://ada.example.org/\x07",
        "",
        "   ",
    ],
)
def test_anything_else_is_never_a_link(written: str) -> None:
    assert safe_url(written) is None


def test_the_writer_is_told_why_in_words() -> None:
    assert link_problem("javascript:alert(1)") == (
        "'javascript:alert(1)' is a javascript: address; links may be http, https, mailto or tel"
    )
    assert link_problem("my homepage") == (
        "'my homepage' is not a web address: write it in full, e.g. https://example.com"
    )
    assert link_problem("https://ada.example.org/\x07") == "a link cannot hold control characters"
