"""The person at the top of a résumé: the name, its neighbours by their shapes, a title."""

from __future__ import annotations

from pathlib import Path

from resume.imports import pdf


def test_a_page_without_section_headings_gives_the_name_and_a_note(tmp_path: Path) -> None:
    from weasyprint import HTML

    path = tmp_path / "letter.pdf"
    HTML(
        string="<h1>Ada Brook</h1><p>ada@example.org</p><p>Thank you for your time.</p>"
    ).write_pdf(path)
    imported = pdf.read(path)
    assert imported.data == {
        "basics": {
            "name": "Ada Brook",
            "email": "ada@example.org",
            "label": "Thank you for your time.",
        }
    }
    assert imported.unsure[("basics", "label")] == "the first line under the name, read as a title"
