"""What `resume match` prints: a table for a person, or JSON for a program."""

from __future__ import annotations

import json

from resume.match.run import MatchReport
from resume.match.suggest import Suggestion

STATUS = {"resume": "résumé", "portfolio": "portfolio", "missing": "missing"}


def as_json(report: MatchReport) -> str:
    data = {
        "posting": report.posting,
        "variant": report.variant,
        "coverage": report.coverage.score,
        "variants": report.variants,
        "terms": [
            {
                "term": v.term.name,
                "status": v.status,
                "where": v.where,
                "weight": v.term.weight,
                "mentions": v.term.mentions,
            }
            for v in report.coverage.matches
        ],
        "suggestions": [s.as_json() for s in report.suggestions or []],
        "written": report.written,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def as_text(report: MatchReport) -> str:
    matches = report.coverage.matches
    if not matches:
        return f"{report.posting}: no skills, tools or qualifications found in it\n"
    which = f"variant {report.variant}" if report.variant else "the whole source"
    shown = sum(v.status == "resume" for v in matches)
    width = max(len(v.term.name) for v in matches) + 2
    lines = [
        f"{report.posting} asks for {len(matches)} terms; the résumé ({which}) shows {shown}.",
        "",
        f"{'weight':>6}  {'term':<{width}}{'status':<11}where",
    ]
    for v in matches:
        where = "; ".join(v.where) if v.status == "resume" else "; ".join(v.where[:2])
        lines.append(
            f"{v.term.weight:>6.2f}  {v.term.name:<{width}}{STATUS[v.status]:<11}{where}".rstrip()
        )
    lines += [
        "",
        f"Coverage: {report.coverage.score:.2f} (the share of the posting's terms the résumé "
        "shows, each weighted by its prominence)",
        "By variant: "
        + ", ".join(f"{name} {score:.2f}" for name, score in report.variants.items()),
    ]
    lines += suggestion_lines(report.suggestions)
    if report.written:
        lines += ["", f"Wrote variant '{report.written}' into the source."]
    return "\n".join(lines) + "\n"


def suggestion_lines(suggestions: list[Suggestion] | None) -> list[str]:
    if suggestions is None:
        return [
            "",
            "--suggest: which tagged entries and highlights would raise the coverage and still "
            "fit on one page (renders the résumé to check).",
        ]
    if not suggestions:
        return ["", "No change of tags, entries or sections raises the coverage."]
    lines = ["", "Suggestions, in order, each checked by rendering the résumé:"]
    for number, suggestion in enumerate(suggestions, 1):
        fit = f"fits ({suggestion.fit})" if suggestion.fit else "does NOT fit on one page"
        lines.append(
            f"{number:>3}. {suggestion.change}: coverage {suggestion.coverage:.2f}, {fit}; "
            f"adds {', '.join(suggestion.terms)}"
        )
        lines += [f"       {shown}" for shown in suggestion.shows]
    return lines
