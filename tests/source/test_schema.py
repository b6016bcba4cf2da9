"""The editor's view: the JSON Schema the project keeps, and `resume new` from an empty folder."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jsonschema
import pypdf
import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from resume.paths import SCHEMA_FILE
from resume.source.loader import load_source
from resume.source.schema import schema_text
from tests.conftest import DEFAULT_SOURCE, ROOT, heavy_imports_after

runner = CliRunner()
EXAMPLE = ROOT / "data" / "example.yaml"


def editor_errors(data: object) -> list[str]:
    """What an editor using the schema would underline."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    return [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]


def test_the_kept_schema_is_up_to_date() -> None:
    assert SCHEMA_FILE == ROOT / "schema" / "resume.schema.json"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "schema/resume.schema.json is stale: run `make schema` and commit it"
    )


def test_resume_schema_prints_it() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == SCHEMA_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [DEFAULT_SOURCE, EXAMPLE])
def test_our_sources_satisfy_the_schema_and_point_at_it(path: Path) -> None:
    assert editor_errors(load_source(path).data) == []
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/resume.schema.json"
    assert (path.parent / "../schema/resume.schema.json").resolve() == SCHEMA_FILE


def test_the_schema_catches_what_an_editor_should() -> None:
    data = {
        "basics": {"name": "Ada", "emial": "a@example.org"},
        "work": [{"startDate": "March 2020", "highlights": ["plain", {"text": "t", "tags": []}]}],
        "variants": {"Bad Name": {}},
    }
    underlined = sorted(e.split(":")[0] for e in editor_errors(data))
    assert underlined == ["basics", "variants", "work.0.startDate"]
    assert "'emial' was unexpected" in " ".join(editor_errors(data))


def test_the_schema_describes_the_extensions() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    variant = schema["$defs"]["Variant"]["properties"]
    assert set(variant) >= {"include", "exclude", "maxEntries", "sections", "headline"}
    assert all(spec.get("description") for spec in variant.values())
    assert "null" not in SCHEMA_FILE.read_text(encoding="utf-8")  # leave a key out instead


def schema_path_of(source: Path) -> Path:
    first = source.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, first
    reference = match.group(1)
    if reference.startswith("file:"):
        return Path(url2pathname(urlsplit(reference).path))
    return (source.parent / reference).resolve()


def test_new_then_render_from_an_empty_folder(tmp_path: Path) -> None:
    """As a user would: a fresh folder, `resume new`, `resume render`, no arguments."""
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "resume", *args], cwd=tmp_path, capture_output=True, text=True
    )
    created = run("new")
    assert created.returncode == 0, created.stderr
    source = tmp_path / "data" / "resume.yaml"
    assert schema_path_of(source) == SCHEMA_FILE
    rendered = run("render")
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stderr == ""  # the starter has nothing to warn about
    resume = tmp_path / "out" / "Your_Name_Resume.pdf"
    assert len(pypdf.PdfReader(resume).pages) == 1
    assert (tmp_path / "out" / "Your_Name_Portfolio.pdf").is_file()
    assert "Your Name" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    # And it never overwrites what is there.
    before = source.read_bytes()
    again = run("new")
    assert again.returncode == 1
    assert again.stderr.startswith("error: data/resume.yaml: already exists")
    assert source.read_bytes() == before


def test_new_at_a_path_points_editors_at_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "cv" / "mine.yaml"
    result = runner.invoke(app, ["new", str(target)])
    assert result.exit_code == 0, result.output
    assert schema_path_of(target) == SCHEMA_FILE
    assert editor_errors(load_source(target).data) == []


def test_schema_new_import_export_never_load_weasyprint_or_pypdf(tmp_path: Path) -> None:
    exported = str(tmp_path / "x.json")
    commands = [
        ["schema"],
        ["new", str(tmp_path / "n.yaml")],
        ["export", str(DEFAULT_SOURCE), "-o", exported],
        ["import", exported],
    ]
    assert heavy_imports_after(commands) == []
    assert (tmp_path / "x.yaml").is_file()


@pytest.mark.parametrize("command", [["new"], ["import", str(DEFAULT_SOURCE), "-o"]])
def test_yaml_is_only_written_under_a_yaml_name(command: list[str], tmp_path: Path) -> None:
    target = tmp_path / "resume.json"
    result = runner.invoke(app, [*command, str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {target}: a YAML source needs a name ending in .yaml or .yml\n"
    assert not target.exists()
