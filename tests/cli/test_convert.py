"""`resume import` and `resume export` as a user meets them: import beside the file or to the
screen, never over a file unasked; export to the screen, one file per language, or the source a
PDF of ours carries. (What the conversions keep: tests/source/test_jsonresume.py.)"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from resume.cli.convert import language_files

runner = CliRunner()
ADA = '{"basics": {"name": "Ada Lovelace", "label": "Programmer"}}'


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "ada.json"
    path.write_text(ADA, encoding="utf-8")
    return path


def test_import_writes_beside_the_file_and_never_over_one_unasked(document: Path) -> None:
    target = document.with_suffix(".yaml")
    first = runner.invoke(app, ["import", str(document)])
    assert first.exit_code == 0, first.output
    assert first.stdout == f"wrote {target} (JSON Resume); render it with: resume render {target}\n"
    target.write_text("# mine\n", encoding="utf-8")
    again = runner.invoke(app, ["import", str(document)])
    assert again.exit_code == 1
    assert again.stderr == (
        f"error: {target}: already exists (--force overwrites it, -o writes elsewhere)\n"
    )
    assert target.read_text(encoding="utf-8") == "# mine\n"


def test_import_to_the_screen_writes_no_file(document: Path) -> None:
    result = runner.invoke(app, ["import", str(document), "-o", "-"])
    assert result.exit_code == 0
    assert "\nbasics:\n  name: Ada Lovelace\n  label: Programmer\n" in result.stdout
    assert sorted(p.name for p in document.parent.iterdir()) == ["ada.json"]


def test_export_of_a_pdf_we_did_not_make_says_so(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    pdf = tmp_path / "cv.pdf"
    with pdf.open("wb") as file:
        writer.write(file)
    result = runner.invoke(app, ["export", str(pdf)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {pdf}: carries no resume.json; it was not made by resume\n"


def test_the_first_language_has_the_plain_name_the_others_their_code() -> None:
    assert language_files(
        Path("out/resume.json"), ["{en}", "{de}", "{fr}"], ["en", "de", "fr"]
    ) == {
        Path("out/resume.json"): "{en}",
        Path("out/resume-de.json"): "{de}",
        Path("out/resume-fr.json"): "{fr}",
    }
