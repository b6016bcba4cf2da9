"""Each reader's verdict on one of our PDFs: every word the page shows, in order; no two words
glued into one; each entry's fields apart; a bullet before each highlight."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from resume.check.extractors import Extracted
from resume.check.fields import field_problems, glued_words, page_facts
from resume.check.words import body_text, first_difference, in_order_share, page_html, words_of

if TYPE_CHECKING:
    from resume.check import Report

_KIND = {"resume": "résumé", "portfolio": "portfolio"}
_SHOWN = 3  # problems of one kind a reader's line names; JSON has them all


def check_readers(
    resume: Any,
    output: str,
    texts: Sequence[Extracted],
    report: Report,
    size: int,
    theme: str | None = None,
) -> None:
    """Each reader's verdict in `report`: a line of facts each, and its problems by name.
    `theme` is the one the PDF records it was made in; the words are expected in its order."""
    page = page_html(resume, output, theme)
    expected = words_of(body_text(page))
    facts = page_facts(page)
    share = in_order_share(expected, words_of(texts[0].text))  # pypdf's, as before readers
    report.add(
        "source",
        f"resume.json ({size:,} bytes): {share:.1%} of the {len(expected)} words "
        f"its {_KIND[output]} shows are in the text, in order",
    )
    report.add(
        "fields",
        f"{len(facts.entries)} entries and {len(facts.highlights)} highlights; "
        f"read by {', '.join(text.reader for text in texts)}",
    )
    for extracted in texts:
        verdict = _verdict(expected, facts, extracted)
        report.readers[extracted.reader] = verdict
        report.add(extracted.reader, _line(verdict))
        report.problems += [f"{extracted.reader}: {problem}" for problem in _problems(verdict)]


def _verdict(expected: list[str], facts: Any, extracted: Extracted) -> dict[str, Any]:
    if extracted.error:
        return {"error": extracted.error}
    found = words_of(extracted.text)
    share = in_order_share(expected, found)
    return {
        "in_order": round(share, 4),
        "difference": first_difference(expected, found) if share < 1 else "",
        "glued": glued_words(expected, found),
        "fields": field_problems(facts, extracted),
    }


def _line(verdict: dict[str, Any]) -> str:
    if "error" in verdict:
        return f"could not read it: {verdict['error']}"
    return (
        f"{verdict['in_order']:.1%} of the words in order, {len(verdict['glued'])} glued, "
        f"{len(verdict['fields'])} field problem(s)"
    )


def _problems(verdict: dict[str, Any]) -> list[str]:
    if "error" in verdict:
        return [f"could not read the PDF: {verdict['error']}"]
    problems = []
    if verdict["in_order"] < 1:
        problems.append(
            f"{1 - verdict['in_order']:.1%} of the words are missing or out of reading order"
            + verdict["difference"]
        )
    if verdict["glued"]:
        glued = ", ".join(verdict["glued"][:_SHOWN])
        problems.append(f"{len(verdict['glued'])} word(s) glued to a neighbour: {glued}")
    problems += verdict["fields"][:_SHOWN]
    if len(verdict["fields"]) > _SHOWN:
        problems.append(f"and {len(verdict['fields']) - _SHOWN} more field problem(s)")
    return problems
