"""Each reader's verdict on a PDF, as `resume check` reports it: a line of facts per reader, and
its problems by name (words lost or out of order, with where; words glued; a highlight without
its bullet; a reader that could not read the file at all)."""

from __future__ import annotations

from pathlib import Path

from resume.check import Report
from resume.check.extractors import Extracted
from resume.check.readers import check_readers
from resume.source.model import Resume

RESUME = Resume.model_validate(
    {
        "basics": {"name": "Ada Lovelace", "email": "ada@example.org"},
        "work": [
            {
                "name": "Engines",
                "position": "Programmer",
                "startDate": "2021-03",
                "highlights": ["Wrote the first program.", "Found the bug."],
            }
        ],
    }
)
# The page's text as a good reader gives it: 18 words, a bullet before each highlight.
READ = (
    "Ada Lovelace\nada@example.org\nExperience\nProgrammer, Engines\nMar 2021 – Present\n"
    "• Wrote the first program.\n• Found the bug.\n"
)


def verdicts(*texts: Extracted) -> Report:
    report = Report(Path("Ada_Lovelace_Resume.pdf"))
    check_readers(RESUME, "resume", texts, report, 1234, "compact")
    return report


def test_a_reader_that_reads_every_word_in_order_has_no_problem() -> None:
    report = verdicts(Extracted("pypdf", READ), Extracted("pdftotext", READ))
    assert report.facts == [
        (
            "source",
            "resume.json (1,234 bytes): 100.0% of the 18 words its résumé shows are in the text,"
            " in order",
        ),
        ("fields", "1 entries and 2 highlights; read by pypdf, pdftotext"),
        ("pypdf", "100.0% of the words in order, 0 glued, 0 field problem(s)"),
        ("pdftotext", "100.0% of the words in order, 0 glued, 0 field problem(s)"),
    ]
    assert report.problems == []


def test_each_readers_problems_are_named_with_where_they_are() -> None:
    lost = READ.replace("the first ", "the ")
    glued = READ.replace("Found the bug.", "Foundthe bug.")
    unbulleted = READ.replace("• Found", "Found")
    report = verdicts(
        Extracted("pypdf", READ),
        Extracted("pdftotext", lost),
        Extracted("pdfminer", glued),
        Extracted("pdf.js", unbulleted),
        Extracted("poppler", "", error="pdftotext is not installed"),
    )
    assert report.problems == [
        "pdftotext: 5.6% of the words are missing or out of reading order, first at “wrote the"
        " first program found”, which the text has as “wrote the program found”",
        "pdftotext: no • before the highlight “Wrote the first program.…”",  # not found whole
        "pdfminer: 11.1% of the words are missing or out of reading order, first at “first"
        " program found the bug”, which the text has as “first program foundthe bug”",
        "pdfminer: 1 word(s) glued to a neighbour: foundthe",
        "pdf.js: no • before the highlight “Found the bug.…”",
        "poppler: could not read the PDF: pdftotext is not installed",
    ]
    assert dict(report.facts)["poppler"] == "could not read it: pdftotext is not installed"


def test_the_source_line_is_the_share_the_first_reader_found() -> None:
    report = verdicts(Extracted("pypdf", READ.replace("the first ", "the ")))
    assert report.facts[0] == (
        "source",
        "resume.json (1,234 bytes): 94.4% of the 18 words its résumé shows are in the text,"
        " in order",
    )
