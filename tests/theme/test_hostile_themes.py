"""Data-driven: each hostile theme in cases/themes sits beside the exact report it must produce.

`NAME/` is a theme folder (it extends `compact`); `NAME.expected` holds the exact stderr, with
the cases folder written `CASES`, and `exit N`; an optional `NAME.args` holds extra arguments
(a small `--timeout` where the point is the time limit). Each renders the sample source's
résumé. A theme may loop, recurse, nest, make pages tiny or huge, name files outside its folder
or a font that is not one: the render ends in time, with a message and no traceback, and one
that fails leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import DEFAULT_SOURCE, case_args, plant, snapshot

CASES = Path(__file__).resolve().parent.parent / "cases" / "themes"
THEMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())
PREVIOUS = {
    "index.html": b"<!doctype html><title>the previous page</title>",
    "Aaron_Wu_Resume.pdf": b"%PDF-1.7 the previous resume",
    "mine.txt": b"the user's own file",
}
# Those that lay out a great deal (or run to their time limit) run in `make test-slow`.
LAYOUT_HEAVY = {
    "deep-nesting",
    "huge-margins",
    "huge-pages",
    "huge-range",
    "huge-string",
    "huge-type",
    "many-boxes",
    "nested-loops",
    "page-break-everywhere",
    "string-loops",
    "tiny-pages",
}
LIMIT_SECONDS = 60  # what the slowest may take, on a loaded machine, with its own --timeout


def args_of(name: str) -> list[str]:
    return case_args(CASES, name)


def test_the_corpus_is_large() -> None:
    assert len(THEMES) >= 20
    assert all((CASES / f"{name}.expected").is_file() for name in THEMES)


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=[pytest.mark.slow] * (n in LAYOUT_HEAVY)) for n in THEMES]
)
def test_a_hostile_theme_gets_its_exact_report(
    name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    plant(out, PREVIOUS)
    monkeypatch.chdir(CASES)
    started = time.perf_counter()
    result = CliRunner().invoke(
        app,
        [
            "render",
            str(DEFAULT_SOURCE),
            "--theme",
            f"./{name}",
            "--only",
            "resume",
            "--out",
            str(out),
            *args_of(name),
        ],
    )
    seconds = time.perf_counter() - started
    reported = result.stderr.replace(str(CASES), "CASES") + f"exit {result.exit_code}\n"
    assert reported == (CASES / f"{name}.expected").read_text(encoding="utf-8")
    assert "Traceback" not in result.output
    assert seconds < LIMIT_SECONDS
    assert not (CASES / "pwned").exists()
    if result.exit_code:
        assert snapshot(out) == PREVIOUS
    else:
        assert (out / "mine.txt").read_bytes() == PREVIOUS["mine.txt"]
        assert (out / "Aaron_Wu_Resume.pdf").read_bytes().startswith(b"%PDF-1.7\n")
