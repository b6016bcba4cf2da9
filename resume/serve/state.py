"""What the page is told after each change, as JSON: the pages to show, where the outputs are,
how the résumé was fitted, what the render found and what `resume check` says."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

from resume.errors import Problem
from resume.serve.session import Preview


def as_json(preview: Preview) -> dict[str, Any]:
    out = preview.out
    return {
        "version": preview.version,
        "busy": preview.busy,
        "pages": [
            {"src": f"/pages/{number}.bmp?v={preview.made.get('resume', 0)}", "text": page.text}
            for number, page in enumerate(preview.pages, start=1)
        ],
        "resume": href(preview.resume, out),
        "portfolio": href(preview.portfolio, out),
        "site": href(preview.site, out),
        "fit": preview.fit,
        "error": preview.error,
        "errors": [problem_json(problem) for problem in preview.error_problems],
        "problems": [problem_json(problem) for problem in preview.problems],
        "check": check_json(preview),
        "choice": asdict(preview.choice),
        "themes": preview.themes,
        "variants": preview.variants,
        "languages": preview.languages,
        "made": preview.made,
    }


def href(path: Path | None, out: Path) -> str:
    """`/out/<the file's path in the output folder>`, the way the server serves it."""
    if path is None:
        return ""
    return "/out/" + quote(path.relative_to(out).as_posix())


def problem_json(problem: Problem) -> dict[str, Any]:
    return {"text": str(problem), "warning": problem.warning}


def check_json(preview: Preview) -> dict[str, Any] | None:
    report = preview.check
    if report is None:
        return None
    return {"facts": [list(fact) for fact in report.facts], "problems": report.problems}
