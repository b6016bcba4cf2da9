"""Data-driven: each bad source in cases/errors sits next to the exact report it must produce."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli import app

CASES = Path(__file__).parent / "cases" / "errors"
SOURCES = sorted(p for p in CASES.iterdir() if p.suffix in {".yaml", ".json"})
FAILING = [
    p for p in SOURCES if not (CASES / f"{p.name}.expected").read_text().endswith("exit 0\n")
]


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_validate_reports(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES)
    result = CliRunner().invoke(app, ["validate", source.name])
    expected = (CASES / f"{source.name}.expected").read_text(encoding="utf-8")
    assert result.stderr + f"exit {result.exit_code}\n" == expected
    assert "Traceback" not in result.output


@pytest.mark.parametrize("source", FAILING, ids=[p.name for p in FAILING])
def test_render_fails_the_same_way_and_writes_nothing(
    source: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = (CASES / f"{source.name}.expected").read_text(encoding="utf-8")
    monkeypatch.chdir(CASES)
    result = CliRunner().invoke(app, ["render", source.name, "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr + "exit 1\n" == expected
    assert not (tmp_path / "out").exists()
