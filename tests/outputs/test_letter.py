"""Cover letters: `letters/*.md` beside the source, one page each in the résumé's theme."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from resume.build import RenderOptions, render
from resume.check import check_pdf
from resume.cli.app import app
from resume.errors import UserError
from resume.source.letter import read_letter
from tests.conftest import DEFAULT_SOURCE
from tests.outputs.conftest import AllOutputs

NAME = "Aaron_Wu_Cover_Letter-acme.pdf"


def test_a_letter_renders_to_one_page_with_its_parts(all_outputs: AllOutputs) -> None:
    reader = pypdf.PdfReader(all_outputs.file(NAME))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for part in (
        "Aaron Wu",  # the masthead, as on the résumé
        "Architecting Resilient Backend Systems",
        "Acme Robotics",
        "1 Example Street",
        "March 1, 2026",  # the date in the locale
        "Backend Engineer, ref. 42",
        "Dear Jane Doe,",  # the default greeting
        "I am writing to apply for the Backend Engineer role",
        "Sincerely,",  # the default closing
    ):
        assert part in text, part
    assert text.rstrip().endswith("Aaron Wu")  # signed by the sender
    meta = reader.metadata
    assert meta is not None and meta.author == "Aaron Wu"
    assert meta.title == "Aaron Wu — Backend Engineer, ref. 42"


def test_a_short_letter_sits_balanced_on_its_page(all_outputs: AllOutputs) -> None:
    """Two short paragraphs: the recipient starts well below the masthead, a third of the room
    the letter does not need above it, and the signature ends above the page's lower third."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    page = next(iter(extract_pages(all_outputs.file(NAME))))
    tops = {
        box.get_text().split("\n")[0]: page.height - box.y1
        for box in page
        if isinstance(box, LTTextContainer)
    }
    headline = next(top for text, top in tops.items() if text.startswith("Architecting"))
    recipient, signature = tops["Jane Doe"], max(tops.values())
    assert recipient - headline > page.height / 8  # not crammed under the masthead
    assert signature < page.height * 2 / 3  # and not pushed to the foot either


def test_a_letter_passes_resume_check(all_outputs: AllOutputs) -> None:
    report = check_pdf(all_outputs.file(NAME))
    assert not report.problems, str(report)


def test_a_letter_uses_the_resume_theme_fonts(all_outputs: AllOutputs) -> None:
    fonts = set()
    page = pypdf.PdfReader(all_outputs.file(NAME)).pages[0]
    for font in page["/Resources"]["/Font"].values():
        fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("Source-Sans-3") for name in fonts)


def write_letter(tmp_path: Path, text: str) -> Path:
    source = tmp_path / "resume.yaml"
    source.write_bytes(DEFAULT_SOURCE.read_bytes())
    (tmp_path / "letters").mkdir()
    letter = tmp_path / "letters" / "globex.md"
    letter.write_text(text, encoding="utf-8")
    return source


def test_front_matter_mistakes_are_reported_at_line_and_column(tmp_path: Path) -> None:
    source = write_letter(tmp_path, "---\ncompany: Globex\n  subjct: x\n---\nHello\n")
    with pytest.raises(UserError) as raised:
        read_letter(source.parent / "letters" / "globex.md")
    assert str(raised.value).startswith(f"{source.parent / 'letters' / 'globex.md'}:3:")
    (source.parent / "letters" / "globex.md").write_text("---\ncompany: Globex\nsubjct: x\n---\n")
    with pytest.raises(UserError) as raised:
        read_letter(source.parent / "letters" / "globex.md")
    assert ":3:1: subjct: unknown field" in str(raised.value)


def test_an_unknown_variant_is_reported_where_it_is_written(tmp_path: Path) -> None:
    source = write_letter(tmp_path, "---\ncompany: Globex\nvariant: nope\n---\nHello\n")
    with pytest.raises(UserError) as raised:
        render(RenderOptions(source=source, out=tmp_path / "out", outputs=["letter"]))
    assert str(raised.value).startswith(
        f"{tmp_path / 'letters' / 'globex.md'}:3:10: variant: unknown variant 'nope'"
    )


def test_a_letter_too_long_fails_clearly_and_writes_nothing(tmp_path: Path) -> None:
    body = "\n\n".join(["Something I did that mattered a great deal. " * 12] * 14)
    source = write_letter(tmp_path, f"---\ncompany: Globex\n---\n{body}\n")
    with pytest.raises(UserError, match=r"globex\.md: the letter does not fit on one page"):
        render(RenderOptions(source=source, out=tmp_path / "out", outputs=["letter"]))
    assert not (tmp_path / "out").exists()


def test_resume_new_letter_writes_a_starter_that_renders(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_bytes(DEFAULT_SOURCE.read_bytes())
    result = CliRunner().invoke(app, ["new", str(source), "--letter", "acme"])
    assert result.exit_code == 0, result.output
    assert read_letter(tmp_path / "letters" / "acme.md").meta.company == "Acme"
    again = CliRunner().invoke(app, ["new", str(source), "--letter", "acme"])
    assert again.exit_code == 1 and "already exists" in again.output
    render(RenderOptions(source=source, out=tmp_path / "out", outputs=["letter"]))
    assert len(pypdf.PdfReader(tmp_path / "out" / "Aaron_Wu_Cover_Letter-acme.pdf").pages) == 1


def test_no_letters_is_a_warning_not_a_file(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_bytes(DEFAULT_SOURCE.read_bytes())
    result = render(RenderOptions(source=source, out=tmp_path / "out", outputs=["text", "letter"]))
    assert [written.path.name for written in result.written] == ["Aaron_Wu_Resume.txt"]
    assert any("no cover letter to render" in str(warning) for warning in result.warnings)
