"""Every reader gets the same résumé: pypdf, pdftotext, pdfminer.six and pdf.js (its items read as
OpenResume, a parser built on it, reads them) find every word of the source on its own, in order,
no two words glued, each entry's fields apart and a • before each highlight.

`resume check` says so (its verdict per reader), and each reader's text is held against what the
source as written says the page shows (tests/oracle.py), which does not come from our code.

Every (theme, source) is rendered once per session, résumé and portfolio; Node runs once for
all of them. pdf.js comes from `make test` (scripts/system-deps.sh)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from resume.check import Report, check_pdfs
from resume.check.extractors import EXTRACTORS, Extracted, available, extract_all, read_pdfjs
from resume.check.fields import PageFacts, field_problems, glued_words
from resume.check.words import words_of
from resume.cli.app import app
from resume.theme.themes import builtin_names
from tests import oracle
from tests.conftest import ROOT
from tests.showcase import SOURCES as SOURCE_PATHS
from tests.showcase import Showcases

READERS = ROOT / "tests" / "cases" / "readers"
SOURCES = ("default", "example", "john-doe")  # john-doe: every contact field, bold and italic
THEMES = builtin_names()
OUTPUTS = ("resume", "portfolio")
runner = CliRunner()


@pytest.fixture(scope="session")
def pdfs(showcases: Showcases) -> dict[tuple[str, str, str], Path]:
    """Each (theme, source, output) PDF of the session's showcases."""
    paths: dict[tuple[str, str, str], Path] = {}
    for theme in THEMES:
        for source in SOURCES:
            showcase = showcases.get(source, theme)
            assert showcase.resume is not None, showcase.resume_problem
            paths[theme, source, "resume"] = showcase.resume
            paths[theme, source, "portfolio"] = showcase.portfolio
    return paths


@pytest.fixture(scope="session")
def reports(pdfs: dict[tuple[str, str, str], Path]) -> dict[tuple[str, str, str], Report]:
    """Each PDF checked by `resume check` with every reader this machine has, in one batch."""
    return dict(zip(pdfs, check_pdfs(list(pdfs.values())), strict=True))


@pytest.fixture(scope="session")
def texts(pdfs: dict[tuple[str, str, str], Path]) -> dict[tuple[str, str, str], list[Extracted]]:
    """Each PDF's text as each reader this machine has gets it, in one batch."""
    found = extract_all(list(pdfs.values()), available())
    return {key: found[path] for key, path in pdfs.items()}


def verdict(
    reports: dict[tuple[str, str, str], Report], key: tuple[str, str, str], reader: str
) -> dict[str, Any]:
    if reader not in available():
        pytest.skip(f"{reader} is not installed here (make test installs pdf.js when npm is)")
    readers = reports[key].readers
    assert reader in readers, f"{reports[key].path} was not read by {reader}"
    assert "error" not in readers[reader], readers[reader]
    return readers[reader]


@pytest.mark.parametrize("reader", EXTRACTORS)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("theme", THEMES)
def test_every_reader_finds_every_word_and_field_apart(
    reports: dict[tuple[str, str, str], Report], theme: str, source: str, output: str, reader: str
) -> None:
    found = verdict(reports, (theme, source, output), reader)
    assert found["glued"] == [], f"words glued to a neighbour: {found['glued']}"
    assert found["in_order"] == 1.0, found["difference"]
    assert found["fields"] == []


@pytest.mark.parametrize("reader", EXTRACTORS)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("theme", THEMES)
def test_every_reader_reads_what_the_source_says_in_order(
    texts: dict[tuple[str, str, str], list[Extracted]],
    theme: str,
    source: str,
    output: str,
    reader: str,
) -> None:
    """Each entry's title, organisation, years, place and highlights, read together and in the
    order the source gives them; every highlight the output shows (tests/oracle.py)."""
    if reader not in available():
        pytest.skip(f"{reader} is not installed here (make test installs pdf.js when npm is)")
    (extracted,) = [text for text in texts[theme, source, output] if text.reader == reader]
    assert not extracted.error, extracted.error
    want = oracle.expected(SOURCE_PATHS[source], output)
    assert len(want.blocks) > 5
    assert oracle.missing(want, extracted.text) == []


def test_the_test_sources_have_what_the_readers_must_find(
    reports: dict[tuple[str, str, str], Report],
) -> None:
    facts = dict(reports["compact", "john-doe", "resume"].facts)
    assert "6 entries and 4 highlights" in facts["fields"]  # 2 roles, 2 skills, 2 schools
    text = reports["compact", "john-doe", "resume"].text
    for contact in ("john.doe@email.com", "+1 (555) 010-0199", "johndoe.example.com", "john-doe"):
        assert contact in text
    assert "MSc in Computer Science, University of Example" in " ".join(text.split())


def test_pdfjs_reads_title_organisation_and_dates_as_items_of_their_own(
    reports: dict[tuple[str, str, str], Report],
) -> None:
    """What pdf.js hands a parser for one entry, item by item (those with more than whitespace)."""
    if "pdf.js" not in available():
        pytest.skip("pdf.js is not installed here (make test installs it)")
    path = reports["compact", "john-doe", "resume"].path
    items = [item.strip() for item in read_pdfjs([path])[path].items]
    title = items.index("Senior Software Engineer")
    # Tagged, each run is marked apart: the separators too; the dates and the place after a
    # leader of transparent dots (base.css), which pdf.js gives as items of dots.
    heading = items[title : items.index("San Francisco, CA") + 1]
    fields = [item for item in heading if item.strip(".")]
    assert fields == [
        "Senior Software Engineer",
        ",",
        "Example Payments",
        "Mar 2021 – Present",
        "·",
        "San Francisco, CA",
    ]
    between = heading[heading.index("Example Payments") + 1 : heading.index("Mar 2021 – Present")]
    assert between and all(set(item) == {"."} for item in between)
    assert "•" in items  # the bullets are text


def test_glued_words_are_neighbours_run_together() -> None:
    expected = words_of("John Doe john.doe@email.com, a company-wide GraphRAG AI agent")
    assert glued_words(expected, words_of("John Doejohn.doe@email.com")) == ["doejohn"]
    assert glued_words(expected, words_of("a company-wideGraphRAGAI agent")) == [
        "companywidegraphragai"
    ]
    assert glued_words(expected, words_of("John Doe john.doe@email.com")) == []


def test_fields_must_be_apart_and_highlights_bulleted() -> None:
    facts = PageFacts(
        entries=[{"title": "Senior Engineer", "organisation": "Acme", "dates": "2021 – Present"}],
        highlights=["Cut latency by 40% with a cache."],
    )
    good = "Senior Engineer, Acme  2021 – Present\n• Cut latency by 40% with a cache."
    assert field_problems(facts, Extracted("pypdf", good)) == []
    glued = "Senior Engineer,Acme2021 – Present\nCut latency by 40% with a cache."
    assert field_problems(facts, Extracted("pypdf", glued)) == [
        "title “Senior Engineer” and organisation “Acme”: no whitespace between them",
        "organisation “Acme” and dates “2021 – Present”: no whitespace between them",
        "no • before the highlight “Cut latency by 40% with a…”",
    ]
    one_item = ("Senior Engineer, Acme", "2021 – Present", "•", "Cut latency by 40% with a cache.")
    assert field_problems(facts, Extracted("pdf.js", "", one_item)) == [
        "title “Senior Engineer” and organisation “Acme”: in one pdf.js text item"
    ]


def test_check_fails_on_a_pdf_with_glued_words() -> None:
    """tests/cases/readers/glued.pdf: john-doe.yaml in a theme that makes the old mistakes."""
    result = runner.invoke(app, ["check", str(READERS / "glued.pdf")])
    assert result.exit_code == 1
    assert "pypdf: 1 word(s) glued to a neighbour: doejohn" in result.stdout
    assert "pypdf: no • before the highlight “Cut checkout latency by 40% with…”" in result.stdout


def test_pdfjs_keeps_the_words_beside_bold_and_italic_apart() -> None:
    """glued.pdf's "builds **reliable** payment systems and *calm* on-call": pdf.js ends its
    item at each change of font and gives the space there as an item of its own, which
    OpenResume keeps (a parser that dropped it would read "buildsreliablepayment")."""
    if "pdf.js" not in available():
        pytest.skip("pdf.js is not installed here (make test installs it)")
    path = READERS / "glued.pdf"
    text = " ".join(read_pdfjs([path])[path].text.split())
    assert "who builds reliable payment systems and calm on-call rotations." in text
    result = runner.invoke(app, ["check", "-f", "json", str(path)])
    (report,) = json.loads(result.stdout)
    assert report["readers"]["pdf.js"]["glued"] == []


def test_check_passes_a_source_with_email_and_phone_and_speaks_json(
    reports: dict[tuple[str, str, str], Report],
) -> None:
    path = reports["compact", "john-doe", "resume"].path
    result = runner.invoke(app, ["check", "--format", "json", str(path)])
    assert result.exit_code == 0, result.stdout
    (report,) = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["problems"] == []
    assert set(report["readers"]) == set(available())
    assert report["readers"]["pypdf"] == {
        "in_order": 1.0,
        "difference": "",
        "glued": [],
        "fields": [],
    }


def test_check_in_json_fails_with_the_problems_by_reader() -> None:
    result = runner.invoke(app, ["check", "-f", "json", str(READERS / "glued.pdf")])
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["readers"]["pypdf"]["glued"] == ["doejohn"]


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_make_test_installs_pdfjs() -> None:
    assert "pdf.js" in available(), "make test installs it (scripts/system-deps.sh test)"
