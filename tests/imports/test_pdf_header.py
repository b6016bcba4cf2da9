"""The person at the top of a résumé: the name, its neighbours by their shapes, a title."""

from __future__ import annotations

from pathlib import Path

from resume.imports import pdf
from resume.imports.pdf_header import Found, header_links, note_handles, read_header
from resume.imports.pdf_layout import Line, Run, Segment


def _line(*texts: str) -> Line:
    return Line(0, 700, [Segment(0, 100, [Run(text, 10, False, False)]) for text in texts])


def test_the_names_neighbours_by_their_shapes() -> None:
    found = Found({"basics": {"name": "Avery Keuben"}})
    read_header(
        [
            _line("Software Developer"),
            _line("Calgary, AB"),
            _line("avery@example.org | +1-403-922-5169 | github.com/akeuben | averyk.dev"),
            _line("akeuben42"),
        ],
        found,
    )
    header_links(["mailto:other@example.org", "https://www.linkedin.com/in/avery-k/"], found)
    note_handles(found)
    assert found.data["basics"] == {
        "name": "Avery Keuben",
        "label": "Software Developer",
        "location": {"city": "Calgary", "region": "AB"},
        "email": "avery@example.org",
        "phone": "+1-403-922-5169",
        "profiles": [
            {"network": "GitHub", "username": "akeuben", "url": "https://github.com/akeuben"},
            {
                "network": "LinkedIn",
                "username": "avery-k",
                "url": "https://www.linkedin.com/in/avery-k/",
            },
        ],
        "url": "https://averyk.dev",
    }
    assert found.unsure == {
        "basics.label": "the first line under the name, read as a title",
        "basics.location": "read “Calgary, AB” as city, region",
    }
    assert found.notes == ["user names whose network an icon showed, to add as profiles: akeuben42"]


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
