"""`resume validate` and `resume check` as a user meets them: every source reported before the
exit code says whether any failed, --strict making a warning fail, and a PDF checked as text for
a person or JSON for CI. (Checking a source renders it: tests/engine/test_fit.py does that.)"""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
from typer.testing import CliRunner

from resume.cli.app import app

runner = CliRunner()
WARNED = "basics: {name: Ada Lovelace}\nvariants:\n  web: {include: [web]}\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_source_is_reported_and_one_failing_fails_the_command(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", "basics: {name: Ada Lovelace}\n")
    bad = write(tmp_path, "bad.yaml", "basics:\n  name: Ada\n  emial: ada@example.org\n")
    result = runner.invoke(app, ["validate", str(bad), str(good)])
    assert result.exit_code == 1
    assert result.stdout == f"{good}: valid (Ada Lovelace)\n"
    assert f"{bad}:3:3: basics.emial: unknown key; did you mean `email`?" in result.stderr


def test_strict_makes_a_warning_fail(tmp_path: Path) -> None:
    source = write(tmp_path, "cv.yaml", WARNED)
    warning = "variants.web.include[0]: no entry or highlight has the tag `web`"
    relaxed = runner.invoke(app, ["validate", str(source)])
    assert (relaxed.exit_code, relaxed.stdout) == (0, f"{source}: valid (Ada Lovelace)\n")
    assert f"{source}:3:19: warning: {warning}" in relaxed.stderr
    strict = runner.invoke(app, ["validate", "--strict", str(source)])
    assert (strict.exit_code, strict.stdout) == (1, "")
    assert warning in strict.stderr and "warning:" not in strict.stderr


def test_a_pdf_with_problems_fails_in_either_format(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    pdf = tmp_path / "blank.pdf"
    with pdf.open("wb") as file:
        writer.write(file)
    text = runner.invoke(app, ["check", str(pdf)])
    assert text.exit_code == 1
    assert text.stdout.startswith(f"{pdf}: 3 problem(s)\n")
    assert (
        "  problem:  no text can be extracted: a reader or ATS sees an empty page\n" in text.stdout
    )
    as_json = runner.invoke(app, ["check", "--format", "json", str(pdf)])
    assert as_json.exit_code == 1
    [report] = json.loads(as_json.stdout)
    assert (report["path"], report["ok"], len(report["problems"])) == (str(pdf), False, 3)
