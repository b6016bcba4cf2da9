"""The command line as a user meets it: exit codes, messages, and what it writes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pypdf
from typer.testing import CliRunner

from resume.cli.app import app
from resume.theme.themes import builtin_names
from tests.conftest import DEFAULT_SOURCE, ROOT, heavy_imports_after

runner = CliRunner()


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("render", "validate", "themes"):
        assert command in result.output


def test_usage_error_exits_2() -> None:
    assert runner.invoke(app, ["render", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["render", "--only", "poster"]).exit_code == 2
    assert runner.invoke(app, ["render", "--page-size", "legal"]).exit_code == 2


def test_validate_the_default_source() -> None:
    result = runner.invoke(app, ["validate", str(DEFAULT_SOURCE)])
    assert result.exit_code == 0
    assert "valid (Aaron Wu)" in result.output


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope.yaml'}: no such file\n"


def test_unknown_theme_lists_the_themes(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["render", str(DEFAULT_SOURCE), "--theme", "fancy", "--out", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "unknown theme 'fancy'; the themes are: " in result.stderr
    assert "compact" in result.stderr
    assert not list(tmp_path.iterdir())


def test_render_only_the_resume_prints_path_and_time(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["render", str(DEFAULT_SOURCE), "--only", "resume", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {tmp_path / 'Aaron_Wu_Resume.pdf'} (")
    # the seconds and the pages, then how it was fitted when not as designed
    assert re.search(
        r" \(\d+\.\d\d s, 1 page(; fitted: [^()]*(\([^()]*\))?[^()]*)?\)$", result.output.rstrip()
    )
    assert [p.name for p in tmp_path.iterdir()] == ["Aaron_Wu_Resume.pdf"]
    assert len(pypdf.PdfReader(tmp_path / "Aaron_Wu_Resume.pdf").pages) == 1


def test_render_html_only_never_loads_weasyprint(tmp_path: Path) -> None:
    code = (
        "import sys; from resume.cli.app import app\n"
        f"try: app(['render', {str(DEFAULT_SOURCE)!r}, '--only', 'html', '--out', {str(tmp_path)!r}])\n"
        "except SystemExit: pass\n"
        "print('weasyprint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")
    assert (tmp_path / "index.html").is_file()


def test_quick_commands_never_load_weasyprint_or_pypdf() -> None:
    quick = [
        ["--help"],
        ["validate", str(DEFAULT_SOURCE)],
        ["themes"],
        ["render", "--help"],
        ["schema"],
    ]
    assert heavy_imports_after(quick) == []


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "resume", "validate", str(DEFAULT_SOURCE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0
    assert "valid (Aaron Wu)" in out.stdout


def test_themes_lists_the_builtin_themes() -> None:
    result = runner.invoke(app, ["themes"])
    assert result.exit_code == 0
    rows = [line.split(maxsplit=2) for line in result.output.splitlines()]
    assert [row[0] for row in rows] == builtin_names() == sorted(builtin_names())
    assert len(rows) >= 7
    assert {row[1] for row in rows} == {"one-column", "two-column"}
    assert all(len(row[2]) > 40 for row in rows)  # a description of each
