"""`resume match` as a user meets it, on Aaron's source and a backend posting."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import DEFAULT_SOURCE, heavy_imports_after
from tests.match.test_terms import POSTINGS

runner = CliRunner()
BACKEND = POSTINGS / "backend.md"


def matched(*args: str, stdin: str | None = None) -> dict[str, Any]:
    result = runner.invoke(app, ["match", *args, "--format", "json"], input=stdin)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def statuses(data: dict[str, Any]) -> dict[str, str]:
    return {term["term"]: term["status"] for term in data["terms"]}


@pytest.mark.parametrize("variant", [None, "backend"])
def test_aaron_against_a_backend_posting(variant: str | None) -> None:
    args = [str(BACKEND), str(DEFAULT_SOURCE)] + (["--variant", variant] if variant else [])
    data = matched(*args)
    status = statuses(data)
    for term in ("Go", "Redis", "Kafka", "PostgreSQL", "Lua"):
        assert status[term] == "resume", term
    for term in ("Kubernetes", "Terraform", "gRPC"):
        assert status[term] == "missing", term
    assert 0 < data["coverage"] < 1
    assert set(data["variants"]) == {"(no variant)", "backend", "ai"}
    assert all(0 <= score <= 1 for score in data["variants"].values())


def test_json_says_where_the_resume_shows_a_term_and_how_much_it_weighs() -> None:
    data = matched(str(BACKEND), str(DEFAULT_SOURCE), "--variant", "backend")
    terms = {term["term"]: term for term in data["terms"]}
    assert terms["Go"]["where"] == [
        "projects: Distributed AI API Gateway",
        "skills: Backend & Systems Languages",
    ]
    assert terms["Kubernetes"]["where"] == []
    # named in the requirements and the duties outweighs a nice-to-have
    assert terms["Kafka"]["weight"] > terms["Lua"]["weight"] > 0
    assert data["suggestions"] == []  # not asked for


def test_a_term_only_the_portfolio_has() -> None:
    """The ai variant leaves out FlashForm and the data skills: PostgreSQL is in the source,
    not on that résumé; caching is only in an article."""
    status = statuses(matched(str(BACKEND), str(DEFAULT_SOURCE), "--variant", "ai"))
    assert status["PostgreSQL"] == "portfolio"
    assert status["caching"] == "portfolio"
    assert status["Kubernetes"] == "missing"


def test_coverage_is_the_weighted_share_shown() -> None:
    data = matched(str(BACKEND), str(DEFAULT_SOURCE), "--variant", "ai")
    total = sum(term["weight"] for term in data["terms"])
    shown = sum(term["weight"] for term in data["terms"] if term["status"] == "resume")
    assert data["coverage"] == pytest.approx(shown / total, abs=0.001)
    assert data["variants"]["ai"] == data["coverage"]
    assert data["variants"]["backend"] > data["variants"]["ai"]


def test_the_posting_from_standard_input() -> None:
    data = matched("-", str(DEFAULT_SOURCE), stdin=BACKEND.read_text(encoding="utf-8"))
    assert statuses(data)["Go"] == "resume"


def test_an_html_posting() -> None:
    status = statuses(matched(str(POSTINGS / "frontend.html"), str(DEFAULT_SOURCE)))
    assert status["React"] == "missing"
    assert "Kubernetes" not in status  # only in a script


def test_the_table() -> None:
    result = runner.invoke(app, ["match", str(BACKEND), str(DEFAULT_SOURCE)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{BACKEND} asks for 23 terms; the résumé (the whole source) shows 10."
    go = next(line for line in lines if line.split()[1:2] == ["Go"])
    assert go.split()[2] == "résumé"
    assert "projects: Distributed AI API Gateway" in go
    assert any(line.startswith("Coverage: 0.") for line in lines)
    assert "--suggest" in result.stdout


def test_mistakes_are_reported_without_a_traceback(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["match", str(tmp_path / "nope.md"), str(DEFAULT_SOURCE)])
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"error: {tmp_path / 'nope.md'}: cannot read the posting")
    unknown = runner.invoke(
        app, ["match", str(BACKEND), str(DEFAULT_SOURCE), "--variant", "bakend"]
    )
    assert unknown.exit_code == 1
    assert "unknown variant 'bakend'; did you mean `backend`?" in unknown.stderr
    taken = runner.invoke(
        app, ["match", str(BACKEND), str(DEFAULT_SOURCE), "--write-variant", "backend"]
    )
    assert taken.exit_code == 1
    assert "already has a variant 'backend'" in taken.stderr
    bad = runner.invoke(
        app, ["match", str(BACKEND), str(DEFAULT_SOURCE), "--write-variant", "My CV"]
    )
    assert bad.exit_code == 1
    assert "'My CV' is no variant name" in bad.stderr


def test_match_never_imports_weasyprint() -> None:
    assert heavy_imports_after([["match", str(BACKEND), str(DEFAULT_SOURCE)]]) == []


def test_match_takes_about_as_long_as_validate() -> None:
    """Under 0.5 s of its own: the rest is Python and pydantic starting, as for `validate`.
    Measured in processor time, which a busy machine does not stretch as it does the clock."""

    def seconds(*args: str) -> float:
        best = float("inf")
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-m", "resume", *args], check=True, capture_output=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            best = min(best, used)
        return best

    validate = seconds("validate", str(DEFAULT_SOURCE))
    match = seconds("match", str(BACKEND), str(DEFAULT_SOURCE))
    assert match - validate < 0.5, (match, validate)


def test_an_html_posting_on_standard_input_is_read_as_html() -> None:
    html = (POSTINGS / "frontend.html").read_text(encoding="utf-8")
    status = statuses(matched("-", str(DEFAULT_SOURCE), stdin=html))
    assert status["React"] == "missing"
    assert "Kubernetes" not in status


def test_a_file_too_big_for_a_posting_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Kafka and Redis. " * 40_000, encoding="utf-8")
    result = runner.invoke(app, ["match", str(huge), str(DEFAULT_SOURCE)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {huge}: more than 500,000 bytes; is it a posting?\n"


def test_a_compound_on_the_resume_side_shows_the_term(tmp_path: Path) -> None:
    """The résumé's "Lua-scripted" shows Lua to a posting that lists "Redis, Lua scripts"."""
    source = tmp_path / "resume.yaml"
    source.write_text(
        "basics: {name: Ada Example}\n"
        "work:\n"
        "  - name: Acme\n"
        "    position: Engineer\n"
        "    startDate: 2020-01\n"
        "    highlights: [Built Lua-scripted rate limiters on Redis.]\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements: Redis, Lua scripts, token buckets.\n", encoding="utf-8")
    status = statuses(matched(str(posting), str(source)))
    assert status["Lua"] == status["Redis"] == "resume"
