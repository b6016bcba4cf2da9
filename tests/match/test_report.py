"""What `resume match` prints: for a person, a table of the terms by weight with where the
résumé shows each, the coverage of the variant and of every variant, and the suggestions (or
how to ask for them); for a program, the same as JSON."""

from __future__ import annotations

import json
from dataclasses import replace

from resume.match.report import as_json, as_text
from resume.match.run import MatchReport
from resume.match.score import Coverage, TermMatch
from resume.match.suggest import Suggestion
from resume.match.terms import Term
from resume.match.vocabulary import term


def matched(name: str, weight: float, status: str, where: list[str]) -> TermMatch:
    return TermMatch(Term(name, weight, 1, term(name)), status, where)  # type: ignore[arg-type]


REPORT = MatchReport(
    posting="posting.txt",
    variant="backend",
    coverage=Coverage(
        0.51,
        [
            matched("Python", 1.0, "resume", ["work: Programmer", "skills: Languages"]),
            matched("Kubernetes", 0.95, "portfolio", ["work: Programmer", "projects: A", "B"]),
            matched("Terraform", 0.9, "missing", []),
        ],
    ),
    variants={"(no variant)": 0.62, "backend": 0.51},
)


def test_the_table_says_where_the_resume_shows_each_term() -> None:
    assert as_text(REPORT) == (
        "posting.txt asks for 3 terms; the résumé (variant backend) shows 1.\n"
        "\n"
        "weight  term        status     where\n"
        "  1.00  Python      résumé     work: Programmer; skills: Languages\n"
        "  0.95  Kubernetes  portfolio  work: Programmer; projects: A\n"
        "  0.90  Terraform   missing\n"
        "\n"
        "Coverage: 0.51 (the share of the posting's terms the résumé shows, each weighted by its"
        " prominence)\n"
        "By variant: (no variant) 0.62, backend 0.51\n"
        "\n"
        "--suggest: which tagged entries and highlights would raise the coverage and still fit"
        " on one page (renders the résumé to check).\n"
    )


def test_suggestions_are_numbered_with_whether_each_fits() -> None:
    suggestions = [
        Suggestion(
            "include tag ops", ["Ran it on Kubernetes."], ["Kubernetes"], 0.75, "as designed"
        ),
        Suggestion("add section projects", ["A"], ["Terraform"], 1.0, None),
    ]
    report = replace(REPORT, suggestions=suggestions)
    lines = as_text(report).splitlines()
    data = json.loads(as_json(report))
    assert lines[-5:] == [
        "Suggestions, in order, each checked by rendering the résumé:",
        "  1. include tag ops: coverage 0.75, fits (as designed); adds Kubernetes",
        "       Ran it on Kubernetes.",
        "  2. add section projects: coverage 1.00, does NOT fit on one page; adds Terraform",
        "       A",
    ]
    assert [s["fits"] for s in data["suggestions"]] == [True, False]
    assert [(t["term"], t["status"], t["weight"]) for t in data["terms"]] == [
        ("Python", "resume", 1.0),
        ("Kubernetes", "portfolio", 0.95),
        ("Terraform", "missing", 0.9),
    ]
    assert (data["coverage"], data["variant"]) == (0.51, "backend")


def test_a_posting_that_asks_for_nothing_says_so() -> None:
    empty = MatchReport("posting.txt", None, Coverage(0.0, []), {"(no variant)": 0.0})
    assert as_text(empty) == "posting.txt: no skills, tools or qualifications found in it\n"
