"""A résumé's structure from its layout: section headings in several languages, and entries
whose dates stand in a column before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.imports import pdf
from resume.imports.pdf_structure import section_kind


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Relevant Experience", "work"),
        ("Research Experience", "work"),
        ("Berufserfahrung", "work"),
        ("경력", "work"),
        ("Education & Certificates", "education"),
        ("Formation", "education"),
        ("Technical Projects", "projects"),
        ("Compétences", "skills"),
        ("Skills and Technologies", "skills"),
        ("Publications", "publications"),
        ("Honors & Awards", "awards"),
        ("Summary", "summary"),
        ("Additional Information", ""),
    ],
)
def test_section_headings_in_several_languages(heading: str, section: str) -> None:
    assert section_kind(heading) == section


DATES_FIRST = """
<style>
  @page { size: letter; margin: 40pt } body { font-family: serif; font-size: 10pt }
  h1 { font-size: 28pt; font-weight: normal } h2 { font-size: 14pt; font-weight: normal }
  .entry { display: flex } .when { width: 100pt; padding-right: 10pt; text-align: right;
  font-size: 9pt } .what { width: 400pt } b { font-weight: bold }
</style>
<h1>Jonas Vik</h1>
<p>jonas@example.org · +47 912 34 567 · Oslo, Norway</p>
<h2>Experience</h2>
<div class="entry"><div class="when">Jan 2020 – present</div><div class="what">
  <b>Senior Developer</b>, Fjord Systems
  <ul><li>Moved the billing platform to event sourcing.</li><li>Mentored four new hires.</li></ul>
</div></div>
<div class="entry"><div class="when">2016 – 2019</div><div class="what">
  <b>Developer</b>, Nordkapp AS<ul><li>Built the mobile app's offline sync.</li></ul>
</div></div>
<h2>Education</h2>
<div class="entry"><div class="when">2012 – 2016</div><div class="what">
  <b>University of Oslo</b>, MSc in Informatics
</div></div>
"""


def test_dates_in_a_column_before_the_entries_are_theirs(tmp_path: Path) -> None:
    """As moderncv sets them: right-aligned in a narrow column, close to the heading."""
    from weasyprint import HTML

    path = tmp_path / "dates-first.pdf"
    HTML(string=DATES_FIRST).write_pdf(path)
    data = pdf.read(path).data
    jobs = [
        (job["position"], job["name"], job["startDate"], job["endDate"]) for job in data["work"]
    ]
    assert jobs == [
        ("Senior Developer", "Fjord Systems", "2020-01", "present"),
        ("Developer", "Nordkapp AS", "2016", "2019"),
    ]
    assert data["work"][1]["highlights"] == ["Built the mobile app's offline sync."]
    assert data["education"] == [
        {
            "institution": "University of Oslo",
            "startDate": "2012",
            "endDate": "2016",
            "studyType": "MSc",
            "area": "Informatics",
        }
    ]
