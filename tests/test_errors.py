"""Data-driven: each bad source in cases/errors sits next to the exact report it must produce.

`NAME.expected` holds the exact stderr and `exit N`; an optional `NAME.args` holds extra
arguments (e.g. --strict). A failing source must fail fast, without a traceback, and leave
the previous outputs exactly as they were.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import case_args, plant, snapshot

CASES = Path(__file__).parent / "cases" / "errors"
SOURCES = sorted(p for p in CASES.iterdir() if p.suffix in {".yaml", ".json"})
# `render` takes a folder as a batch of sources; `validate` takes one file.
FAILING = [
    p
    for p in SOURCES
    if p.is_file() and not (CASES / f"{p.name}.expected").read_text().endswith("exit 0\n")
]
PREVIOUS = {
    "index.html": b"<!doctype html><title>the previous page</title>",
    "assets/style.css": b"body { color: black; }",
    "Jane_Doe_Resume.pdf": b"%PDF-1.7 the previous resume",
}


def args_of(source: Path) -> list[str]:
    return case_args(CASES, source.name)


def test_the_corpus_is_large() -> None:
    assert len(SOURCES) >= 60
    assert len(FAILING) >= 50


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_validate_reports(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES)
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["validate", source.name, *args_of(source)])
    assert time.perf_counter() - started < 5
    expected = (CASES / f"{source.name}.expected").read_text(encoding="utf-8")
    assert result.stderr + f"exit {result.exit_code}\n" == expected
    assert "Traceback" not in result.output


@pytest.mark.parametrize("source", FAILING, ids=[p.name for p in FAILING])
def test_render_fails_the_same_way_and_leaves_the_previous_outputs(
    source: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    plant(out, PREVIOUS)
    expected = (CASES / f"{source.name}.expected").read_text(encoding="utf-8")
    monkeypatch.chdir(CASES)
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["render", source.name, "--out", str(out), *args_of(source)])
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert result.stderr + "exit 1\n" == expected
    assert snapshot(out) == PREVIOUS
