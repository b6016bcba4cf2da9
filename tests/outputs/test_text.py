"""The plain-text résumé, as pasted into an application form."""

from __future__ import annotations

import re
from pathlib import Path

from resume.build import RenderOptions, render
from resume.cli.app import parse_only
from resume.plan import ALL_OUTPUTS
from tests import oracle
from tests.conftest import DEFAULT_SOURCE
from tests.outputs.conftest import AllOutputs


def test_text_holds_every_highlight_the_resume_shows_with_bullets(all_outputs: AllOutputs) -> None:
    text = all_outputs.file("Aaron_Wu_Resume.txt").read_text(encoding="utf-8")
    want = oracle.expected(all_outputs.source, "resume")  # from the source as written
    assert len(want.highlights) > 10
    lines = text.splitlines()
    for highlight in want.highlights:
        assert f"• {highlight}" in lines  # one paragraph per line, a bullet before it
    assert text.count("•") == len(want.highlights)
    # the labels the PDF uses, each section once, in its order
    titles = [title.upper() for title in want.titles]
    assert [line for line in lines if line in titles] == titles
    assert lines[0] == "Aaron Wu"
    assert oracle.missing(want, text) == []


def test_text_has_no_markdown_or_html_left(all_outputs: AllOutputs) -> None:
    text = all_outputs.file("Aaron_Wu_Resume.txt").read_text(encoding="utf-8")
    assert "GraphRAG" in text  # written **GraphRAG** in the source
    assert not re.search(r"\*\*|__|<[a-z/][^>]*>|\]\(|&amp;|&#", text)
    assert "Backend Systems & Intelligent" in text  # an ampersand stays an ampersand


def test_text_does_not_hold_what_only_the_portfolio_shows(all_outputs: AllOutputs) -> None:
    text = all_outputs.file("Aaron_Wu_Resume.txt").read_text(encoding="utf-8")
    assert "Designing Data-Intensive Applications" not in text  # the reading list
    assert "READING" not in text


def test_the_source_render_outputs_pick_what_a_plain_render_makes(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text(
        DEFAULT_SOURCE.read_text(encoding="utf-8")
        + "\nrender:\n  outputs: [text, markdown, html]\n",
        encoding="utf-8",
    )
    render(RenderOptions(source=source, out=tmp_path / "out"))
    made = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert made == ["Aaron_Wu_Portfolio.md", "Aaron_Wu_Resume.txt", "assets", "index.html"]


def test_only_all_names_every_output() -> None:
    assert parse_only("all") == list(ALL_OUTPUTS)
    assert parse_only("text, docx") == ["text", "docx"]
    assert parse_only(None) is None  # the source's render.outputs, else the three
