"""What the PDF reader takes each piece of text for, by its shape: dates as people print them
(in several languages) read as our YYYY-MM forms, section headings in several languages, and a
résumé laid out in two columns read column by column."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.imports import pdf
from resume.imports.pdf_structure import section_kind
from resume.imports.pdf_text import Span, date_span, phones_in, profile_of, urls_in


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Sept 2022 – present", Span("2022-09", "present")),
        ("Aug. 2020 to May 2024", Span("2020-08", "2024-05")),
        ("2018-2023", Span("2018", "2023")),
        ("Feb ‑ May 2022", Span("2022-02", "2022-05")),
        ("05/2021 - 05/2023", Span("2021-05", "2023-05")),
        ("2024", Span("2024", "2024")),
        ("2024년 3월 – 현재", Span("2024-03", "present")),
        ("2019年3月 - 2021年7月", Span("2019-03", "2021-07")),
        ("März 2019 – heute", Span("2019-03", "present")),
        ("janv. 2020 – aujourd’hui", Span("2020-01", "present")),
    ],
)
def test_dates_as_printed_read_as_our_dates(printed: str, read: Span) -> None:
    assert date_span(printed) == read


@pytest.mark.parametrize("printed", ["2 years 7 months", "Calgary, AB", "GPA 4.0/4.0"])
def test_what_holds_no_date_is_none(printed: str) -> None:
    assert date_span(printed) is None


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


def test_contacts_by_their_shapes() -> None:
    line = "+1-403-922-5169 | (201) 898-9735 | 2018-2023 | github.com/akeuben | Node.js"
    assert phones_in(line) == ["+1-403-922-5169", "(201) 898-9735"]
    assert urls_in(line) == ["https://github.com/akeuben"]
    assert profile_of("https://www.linkedin.com/in/avery-keuben/") == {
        "network": "LinkedIn",
        "username": "avery-keuben",
        "url": "https://www.linkedin.com/in/avery-keuben/",
    }


SIDEBAR = """
<style>
  @page { size: letter; margin: 36pt }
  body { font-family: sans-serif; font-size: 10pt; display: flex; gap: 30pt }
  aside { width: 150pt } main { width: 360pt }
  h1 { font-size: 26pt } h2 { font-size: 14pt; font-weight: bold }
  .row { display: flex; justify-content: space-between } .row b { font-weight: bold }
</style>
<aside>
  <h1>Mira Okafor</h1>
  <h2>Contact</h2>
  <p>mira@example.org</p><p>+44 20 7946 0958</p><p>Leeds, UK</p>
  <p>GitHub</p><p>mira-ok</p>
  <h2>Languages</h2><p>English (Native), French (Fluent)</p>
</aside>
<main>
  <h2>Experience</h2>
  <div class="row"><span><b>Platform Engineer</b>, Northwind Trading</span><span>Mar 2021 – present</span></div>
  <ul><li>Cut deploy time from forty minutes to six by caching container layers.</li>
      <li>Ran the on-call rotation for eleven services.</li></ul>
  <div class="row"><span><b>Software Developer</b>, Fabrikam Labs</span><span>Jun 2017 – Feb 2021</span></div>
  <ul><li>Wrote the billing service that replaced three spreadsheets.</li></ul>
  <h2>Education</h2>
  <div class="row"><span><b>University of Leeds</b>, BSc in Computer Science</span><span>2014 – 2017</span></div>
</main>
"""


def test_a_two_column_resume_is_read_column_by_column(tmp_path: Path) -> None:
    from weasyprint import HTML

    path = tmp_path / "two-columns.pdf"
    HTML(string=SIDEBAR).write_pdf(path)
    data = pdf.read(path).data
    basics = data["basics"]
    assert (basics["name"], basics["email"], basics["phone"]) == (
        "Mira Okafor",
        "mira@example.org",
        "+44 20 7946 0958",
    )
    assert basics["profiles"] == [{"network": "GitHub", "username": "mira-ok"}]
    assert [
        (job["position"], job["name"], job["startDate"], job.get("endDate")) for job in data["work"]
    ] == [
        ("Platform Engineer", "Northwind Trading", "2021-03", "present"),
        ("Software Developer", "Fabrikam Labs", "2017-06", "2021-02"),
    ]
    assert data["work"][0]["highlights"] == [
        "Cut deploy time from forty minutes to six by caching container layers.",
        "Ran the on-call rotation for eleven services.",
    ]
    assert data["education"] == [
        {
            "institution": "University of Leeds",
            "startDate": "2014",
            "endDate": "2017",
            "studyType": "BSc",
            "area": "Computer Science",
        }
    ]
    assert data["languages"] == [
        {"language": "English", "fluency": "Native"},
        {"language": "French", "fluency": "Fluent"},
    ]


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
