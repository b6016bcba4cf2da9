"""`--suggest` and `--write-variant`: checked by rendering, and never inventing a word."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from typer.testing import CliRunner

from resume.build import RenderOptions, render
from resume.cli.app import app
from resume.content.locale import LABELS
from resume.match.write_variant import source_with_variant
from resume.source.model import Variant
from tests.cli.test_match import BACKEND
from tests.conftest import DEFAULT_SOURCE
from tests.match.test_terms import POSTINGS

runner = CliRunner()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of Aaron's source with a variant written for the backend posting, from `ai`."""
    source = tmp_path_factory.mktemp("written") / "resume.yaml"
    source.write_text(DEFAULT_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["match", str(BACKEND), str(source), "--variant", "ai", "--write-variant", "northwind"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return source, result.stdout


def test_the_variant_takes_the_suggestions_that_fit(written: tuple[Path, str]) -> None:
    source, output = written
    variant = yaml.safe_load(source.read_text(encoding="utf-8"))["variants"]["northwind"]
    assert set(variant["include"]) == {"ai", "backend"}
    assert "1. include tag `backend`: coverage 0." in output
    assert "Wrote variant 'northwind' into the source." in output
    # what the ai variant says of Aaron stays: the variant selects, it does not rewrite
    assert variant["headline"] == "Turning complex ML research into production code"


def test_the_source_keeps_its_comments_and_layout(written: tuple[Path, str]) -> None:
    source, _ = written
    before = DEFAULT_SOURCE.read_text(encoding="utf-8").splitlines()
    after = source.read_text(encoding="utf-8").splitlines()
    changes = [line for line in difflib.ndiff(before, after) if line[:1] in "+-?"]
    assert changes and all(line.startswith("+ ") for line in changes), changes[:5]
    assert sum(line.lstrip().startswith("#") for line in after) == sum(
        line.lstrip().startswith("#") for line in before
    )


def test_the_written_variant_renders_to_one_page_of_the_source_own_words(
    written: tuple[Path, str], tmp_path: Path
) -> None:
    source, _ = written
    result = render(
        RenderOptions(source=source, out=tmp_path, outputs=["resume"], variant="northwind")
    )
    pdf = pypdf.PdfReader(result.written[0].path)
    assert len(pdf.pages) == 1
    corpus = source_corpus(yaml.safe_load(source.read_text(encoding="utf-8")))
    labels = {label.casefold() for label in LABELS["en"].values()}
    lines = [line for line in pdf.pages[0].extract_text().splitlines() if line.strip()]
    assert len(lines) > 30
    invented = [line for line in lines if not said_in(line, corpus, labels)]
    assert invented == []


def source_corpus(data: Any) -> str:
    """Every text of the source, markdown marks removed, spaces collapsed, in lower case."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(" ".join(re.sub(r"\*\*|`", "", value).split()).casefold())
        elif isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    return "\n".join(texts)


def said_in(line: str, corpus: str, labels: set[str]) -> bool:
    """Each part of a printed line (the template joins title and subtitle with `, `, keywords
    with ` · `, a skill group's name and keywords with `: `, sets the dates apart with ` | `
    and begins a highlight with `• `) is in the source's words."""
    text = " ".join(line.split()).casefold().removeprefix("• ")
    parts = re.split(r", | · |: | \| ", text)
    return all(
        part in labels or part in corpus or part.rstrip("-") in corpus for part in parts if part
    )


def test_suggestions_in_json_say_how_each_fitted() -> None:
    args = ["match", str(BACKEND), str(DEFAULT_SOURCE), "--variant", "ai", "--suggest"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)["suggestions"][0]
    assert first["change"] == "include tag `backend`"
    assert first["fits"] is True and first["fit"]
    assert {"PostgreSQL", "Kafka"} <= set(first["terms"])
    assert "projects: FlashForm: PostgreSQL" in first["shows"]
    assert first["coverage"] > json.loads(result.stdout)["coverage"]


def test_a_suggestion_that_overflows_is_measured_and_left_out(tmp_path: Path) -> None:
    """Thirty long bullets about Kubernetes, tagged `ops`: showing them raises the coverage,
    and the render says they cannot fit on one page, so the variant does not take them."""
    data = yaml.safe_load(DEFAULT_SOURCE.read_text(encoding="utf-8"))
    bullet = "Ran Kubernetes clusters and Terraform modules for every service, " * 3
    data["projects"].append(
        {"name": "Platform", "tags": ["ops"], "highlights": [bullet.strip()] * 30}
    )
    source = tmp_path / "resume.yaml"
    source.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    args = ["match", str(BACKEND), str(source), "--variant", "backend", "--write-variant", "lean"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    suggestions = json.loads(result.stdout)["suggestions"]
    ops = next(s for s in suggestions if s["change"] == "include tag `ops`")
    assert ops["fits"] is False and "Kubernetes" in ops["terms"]
    variant = yaml.safe_load(source.read_text(encoding="utf-8"))["variants"]["lean"]
    assert "ops" not in variant["include"]


@pytest.mark.parametrize("name", ["example.yaml", "resume.yaml"])
def test_adding_a_variant_changes_no_line_of_the_source(name: str) -> None:
    source = DEFAULT_SOURCE.parent / name
    text = source_with_variant(source, "zz", Variant(include=["x"], max_highlights=2), None)
    before, after = source.read_text(encoding="utf-8").splitlines(), text.splitlines()
    changes = [line for line in difflib.ndiff(before, after) if line[:1] in "+-?"]
    assert all(line.startswith("+ ") for line in changes), changes[:5]
    assert yaml.safe_load(text)["variants"]["zz"] == {"include": ["x"], "maxHighlights": 2}


def test_a_json_source_gets_its_variant_in_json(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_SOURCE.read_text(encoding="utf-8"))
    source = tmp_path / "aaron.json"
    source.write_text(json.dumps(data, indent=2), encoding="utf-8")
    args = ["match", str(POSTINGS / "data.md"), str(source), "--variant", "backend"]
    result = runner.invoke(app, [*args, "--write-variant", "data-eng"])
    assert result.exit_code == 0, result.output
    variant = json.loads(source.read_text(encoding="utf-8"))["variants"]["data-eng"]
    assert set(variant["include"]) == {"backend", "ai"}
    assert variant["label"] == "Backend Software Engineer"  # from the backend variant
    assert runner.invoke(app, ["validate", str(source)]).exit_code == 0


def test_the_fit_is_checked_with_the_theme_beside_the_source(tmp_path: Path) -> None:
    """The copy that is rendered lives elsewhere: it must wear the source's own theme."""
    theme = tmp_path / "themes" / "roomy"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: roomy\nextends: compact\n", encoding="utf-8")
    source = tmp_path / "resume.yaml"
    text = DEFAULT_SOURCE.read_text(encoding="utf-8")
    source.write_text(text + "\nrender:\n  theme: roomy\n", encoding="utf-8")
    args = ["match", str(BACKEND), str(source), "--variant", "ai", "--suggest"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["suggestions"][0]["fits"] is True
