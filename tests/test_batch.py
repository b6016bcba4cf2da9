"""Several sources in one `resume render`: a folder each, progress as they end, failures apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import ROOT, render_with_own_tmp

runner = CliRunner()
RESUME = [sys.executable, "-m", "resume"]


def person(name: str, role: str) -> str:
    return (
        f"basics:\n  name: {name}\n  label: {role}\n  email: someone@example.org\n"
        f"work:\n  - name: Harbour Lights Ltd\n    position: {role}\n    startDate: 2021-04\n"
        "    highlights:\n      - Kept the lighthouse lit through three winters\n"
    )


def test_a_folder_renders_each_source_into_its_own_folder_and_reports_failures(
    tmp_path: Path,
) -> None:
    people = tmp_path / "people"
    people.mkdir()
    (people / "ines.yaml").write_text(person("Inès Quarry", "Keeper"), encoding="utf-8")
    (people / "tomas.yml").write_text(person("Tomás Reed", "Pilot"), encoding="utf-8")
    (people / "broken.yaml").write_text("basics:\n  name: [Unclosed\n", encoding="utf-8")
    (people / "notes.txt").write_text("not a source", encoding="utf-8")
    out = tmp_path / "out"

    done = subprocess.run(
        [*RESUME, "render", str(people), "--out", str(out), "--only", "resume", "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )

    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert sorted(line[:5] for line in lines[:3]) == ["[1/3]", "[2/3]", "[3/3]"]
    assert any(line.endswith(f"failed {people / 'broken.yaml'}") for line in lines)
    assert any(
        f"{out / 'ines'}/ (" in line and "Inès_Quarry_Resume.pdf (1 page)" in line for line in lines
    )
    assert lines[-1].startswith("rendered 2 of 3 sources in ")
    assert lines[-1].endswith("(2 workers); 1 failed")
    assert f"{people / 'broken.yaml'}:3:1: " in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ines", "tomas"]
    for folder, name in (("ines", "Inès_Quarry"), ("tomas", "Tomás_Reed")):
        reader = pypdf.PdfReader(out / folder / f"{name}_Resume.pdf")
        assert len(reader.pages) == 1
        assert name.replace("_", " ") in reader.pages[0].extract_text()


def test_the_workers_leave_no_fonts_in_the_temporary_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(person("Ada Stone", "Surveyor"), encoding="utf-8")
    second.write_text(person("Bo Fern", "Pilot"), encoding="utf-8")
    done, temporary = render_with_own_tmp(
        tmp_path,
        str(first),
        str(second),
        "--only",
        "resume",
        "--jobs",
        "2",
        "--out",
        str(tmp_path / "out"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].endswith("(2 workers)")
    assert list(temporary.iterdir()) == []


def test_one_worker_renders_in_order_and_exits_0(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.json"
    first.write_text(person("Ada Stone", "Surveyor"), encoding="utf-8")
    second.write_text('{"basics": {"name": "Bo Fern"}}', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["render", str(first), str(second), "--out", str(out), "--only", "html", "--jobs", "1"],
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"[1/2] {out / 'a'}/ (")
    assert lines[0].endswith(" s): index.html")
    assert lines[1].startswith(f"[2/2] {out / 'b'}/ (")
    assert lines[2].startswith("rendered 2 of 2 sources in ")
    assert "Bo Fern" in (out / "b" / "index.html").read_text(encoding="utf-8")


def test_two_sources_with_one_name_are_refused_before_rendering(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "a.yaml").write_text(person("Ada Stone", "Surveyor"), encoding="utf-8")
    (tmp_path / "x" / "a.yaml").write_text(person("Al Stone", "Surveyor"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["render", str(tmp_path / "a.yaml"), str(tmp_path / "x"), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "error: sources with the same name would write to the same folder; rename one:\n"
        f"{out / 'a'}/: {tmp_path / 'a.yaml'}, {tmp_path / 'x' / 'a.yaml'}\n"
    )
    assert not out.exists()


def test_a_folder_without_sources_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing to render", encoding="utf-8")
    result = runner.invoke(app, ["render", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path}: a folder with no .yaml, .yml or .json sources\n"
