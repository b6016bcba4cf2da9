"""Where the source says each term: on the one-page résumé as its template prints it (an entry's
highlights, or its summary when it has none), only in the portfolio (everything else the source
says, tags aside), or nowhere; and the coverage, the share of the terms' weight on the résumé."""

from __future__ import annotations

from resume.match.score import judge, resume_units, source_units
from resume.match.terms import Term
from resume.match.vocabulary import term
from resume.source.model import Resume

RESUME = Resume.model_validate(
    {
        "basics": {"name": "Ada Lovelace"},
        "work": [
            {
                "name": "Engines",
                "position": "Programmer",
                "summary": "Ran it on _Kubernetes_.",  # not printed: the entry has highlights
                "highlights": ["Built services in **Python**."],
                "tags": ["terraform"],  # a tag is not something the source says
            },
            {"name": "Looms", "position": "Analyst", "summary": "Wrote Go."},
        ],
    }
)


def weighted(name: str, weight: float) -> Term:
    return Term(name, weight, 1, term(name))


def test_each_term_is_on_the_resume_in_the_portfolio_or_missing() -> None:
    terms = [
        weighted("Python", 2.0),
        weighted("Go", 1.0),
        weighted("Kubernetes", 1.0),
        weighted("Terraform", 1.0),
    ]
    coverage = judge(terms, resume_units(RESUME, None), source_units(RESUME))
    assert [(m.term.name, m.status, m.where) for m in coverage.matches] == [
        ("Python", "resume", ["work: Programmer"]),
        ("Go", "resume", ["work: Analyst"]),  # a summary is printed when there is no highlight
        ("Kubernetes", "portfolio", ["work: Programmer"]),
        ("Terraform", "missing", []),
    ]
    assert coverage.score == 0.6  # (2 + 1) of 5


def test_nothing_asked_covers_nothing() -> None:
    assert judge([], resume_units(RESUME, None), source_units(RESUME)).score == 0.0
