"""A résumé laid out in two columns (a sidebar beside the main text) is read column by
column."""

from __future__ import annotations

from pathlib import Path

from resume.imports import pdf

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
