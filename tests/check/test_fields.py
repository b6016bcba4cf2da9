"""Does a reader find each field on its own? What the page shows is read from the HTML the PDF
was made from (data-role and data-field marks); a reader's text must keep an entry's title,
organisation, dates and location apart (pdf.js: in items of their own), put a bullet before
each highlight, and glue no two words into one."""

from __future__ import annotations

from resume.check.extractors import Extracted
from resume.check.fields import PageFacts, field_problems, glued_words, page_facts

PAGE = """
<section data-role="entry">
  <h3><span data-field="title">Tech Lead</span>, <span data-field="organisation">Acme</span></h3>
  <p><span data-field="dates">2021 – Present</span> · <span data-field="location">Berlin</span></p>
  <ul><li data-role="highlight">Led a team of ﬁve.</li><li data-role="highlight">Cut costs.</li></ul>
</section>
"""
FACTS = PageFacts(
    entries=[
        {
            "title": "Tech Lead",
            "organisation": "Acme",
            "dates": "2021 – Present",
            "location": "Berlin",
        }
    ],
    highlights=["Led a team of five.", "Cut costs."],  # the ligature folded, as readers fold it
)
GOOD = "Tech Lead, Acme\n2021 – Present · Berlin\n• Led a team of five.\n• Cut costs.\n"


def test_the_page_facts_come_from_the_marked_html() -> None:
    assert page_facts(PAGE) == FACTS
    assert page_facts("<p data-field='title'>Outside any entry</p>") == PageFacts()


def test_a_reader_that_keeps_the_fields_apart_has_no_problem() -> None:
    assert field_problems(FACTS, Extracted("pdftotext", GOOD)) == []
    items = [
        "Tech Lead",
        ", ",
        "Acme",
        "2021 – Present · Berlin",
        "• Led a team of five.",
        "• Cut costs.",
    ]
    assert field_problems(FACTS, Extracted("pdf.js", "", items)) == []


def test_fields_run_together_or_a_missing_bullet_are_named() -> None:
    glued = GOOD.replace("Acme\n2021", "Acme2021").replace("• Cut", "Cut")
    assert field_problems(FACTS, Extracted("pypdf", glued)) == [
        "organisation “Acme” and dates “2021 – Present”: no whitespace between them",
        "no • before the highlight “Cut costs.…”",
    ]
    items = ["Tech Lead, Acme", "2021 – Present · Berlin", "• Led a team of five.", "• Cut costs."]
    assert field_problems(FACTS, Extracted("pdf.js", "", items)) == [
        "title “Tech Lead” and organisation “Acme”: in one pdf.js text item"
    ]


def test_glued_words_are_neighbours_run_together() -> None:
    expected = ["led", "a", "team", "of", "five"]
    assert glued_words(expected, ["leda", "team", "offive", "teamof", "lead"]) == [
        "leda",
        "offive",
        "teamof",
    ]
    assert glued_words(expected, ["ateamof"]) == ["ateamof"]  # three words
    assert glued_words(expected, expected) == []


def test_a_leader_between_two_fields_keeps_them_apart() -> None:
    """The heading's leader (base.css): transparent dots every reader reads, spaced or not."""
    for leader in (" ........ ", " . . . . "):
        text = GOOD.replace("Acme\n", f"Acme{leader}").replace(" · ", leader)
        assert field_problems(FACTS, Extracted("pdftotext", text)) == [], text
    glued = GOOD.replace("Acme\n", "Acme........")  # one token to a whitespace tokenizer
    assert field_problems(FACTS, Extracted("pdftotext", glued)) == [
        "organisation “Acme” and dates “2021 – Present”: no whitespace between them"
    ]


def test_fields_are_read_in_the_order_the_page_sets_them() -> None:
    """Jake's rows put the organisation and place above the title and dates."""
    page = PAGE.replace(
        '<h3><span data-field="title">Tech Lead</span>, <span data-field="organisation">Acme</span></h3>',
        '<p><span data-field="organisation">Acme</span> <span data-field="location">Berlin</span></p>'
        '<h3><span data-field="title">Tech Lead</span></h3>',
    ).replace(' · <span data-field="location">Berlin</span>', "")
    facts = page_facts(page)
    assert list(facts.entries[0]) == ["organisation", "location", "title", "dates"]
    rows = (
        "Acme ...... Berlin\nTech Lead ...... 2021 – Present\n• Led a team of five.\n• Cut costs.\n"
    )
    assert field_problems(facts, Extracted("pdfminer", rows)) == []
    assert field_problems(facts, Extracted("pdfminer", rows.replace("Berlin\nTech", "BerlinTech")))


def test_a_field_broken_at_its_hyphen_at_a_line_end_is_still_found() -> None:
    facts = PageFacts(entries=[{"title": "Tooling", "organisation": "On-call Guild"}])
    for text in ("Tooling, On-\ncall Guild\n", "Tooling, Oncall Guild\n"):  # pdftotext joins
        assert field_problems(facts, Extracted("pdftotext", text)) == [], text
