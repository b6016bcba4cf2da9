"""The theme contract: a theme that replaces the base macros, with class names of its own, still
fits and condenses, because fitting and condensing read the roles (`data-role`), not classes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdf
import pytest
import yaml
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import ROOT

MACROS = ROOT / "templates" / "partials" / "macros.html"
DOUBLE = ROOT / "tests" / "cases" / "fit" / "double.yaml"  # twice what a page holds
runner = CliRunner()


@pytest.fixture(scope="module")
def own_macros(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A theme whose macros keep the roles but rename every class: `item` is `x-item`, ..."""
    theme = tmp_path_factory.mktemp("own-macros")
    (theme / "templates" / "partials").mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: own-macros\nextends: compact\n", encoding="utf-8")
    renamed = re.sub(r'class="', 'class="x-', MACROS.read_text(encoding="utf-8"))
    assert 'class="item' not in renamed and 'data-role="entry"' in renamed
    (theme / "templates" / "partials" / "macros.html").write_text(renamed, encoding="utf-8")
    return theme


def test_an_overflow_names_the_longest_entries_by_their_roles(
    own_macros: Path, tmp_path: Path
) -> None:
    source = tmp_path / "double.yaml"
    source.write_text(DOUBLE.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["render", str(source), "--theme", str(own_macros), "--only", "resume"]
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    longest = re.search(r"The longest entries: (.+)\.", result.stderr)
    assert longest, result.stderr
    titles = {entry["position"] for entry in yaml.safe_load(DOUBLE.read_text())["work"]}
    named = longest[1].split("; ")
    assert len(named) == 3 and any(name.split(", ")[0] in titles for name in named), named


def test_a_json_resume_document_is_condensed_in_a_theme_with_its_own_macros(
    own_macros: Path, tmp_path: Path
) -> None:
    data = yaml.safe_load(DOUBLE.read_text(encoding="utf-8"))
    source = tmp_path / "double.json"
    source.write_text(json.dumps(data, default=str), encoding="utf-8")
    out = tmp_path / "out"
    args = ["render", str(source), "--theme", str(own_macros), "--only", "resume"]
    result = runner.invoke(app, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "résumé leaves out" in result.stderr and "(the oldest)" in result.stderr
    (pdf,) = out.glob("*_Resume.pdf")
    assert len(pypdf.PdfReader(pdf).pages) == 1
