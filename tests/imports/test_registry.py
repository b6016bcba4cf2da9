"""The format is found from the content, not the name; a file in none of them is refused with
the list of those that are read, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import import_file, run_import
from tests.imports.hostile import READS
from tests.imports.inputs import IMPORTS

RENDERCV = IMPORTS / "rendercv" / "files" / "kael-k__resume__resume.yaml"
REACTIVE = IMPORTS / "reactive-resume" / "files" / "Zhykos__my-website__reactive_resume.json"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        ("Dear hiring manager,\nplease find my CV attached.\n", "letter.txt"),
        ("cv:\n  - not a mapping\n", "notes.yaml"),
        ('{"name": 3}', "data.json"),
        ("\x00\x01\x02binary", "blob.bin"),
        ("", "empty.yaml"),
    ],
)
def test_a_file_in_no_format_names_the_formats_read(
    tmp_path: Path, content: str, name: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.yaml"
    with pytest.raises(UserError) as error:
        run_import(path, out)
    assert str(error.value) == f"{path}: not a format `resume import` knows. {READS}"
    assert not out.exists()


@pytest.mark.parametrize("original", [RENDERCV, REACTIVE])
def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path, original: Path) -> None:
    renamed = tmp_path / "my-cv.txt"
    shutil.copyfile(original, renamed)
    assert import_file(renamed).format == import_file(original).format


def test_a_missing_file_is_said_so(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file or folder"):
        import_file(tmp_path / "nothing.yaml")


def test_an_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "cv.yaml"
    out.write_text("mine\n", encoding="utf-8")
    with pytest.raises(UserError, match="already exists"):
        run_import(RENDERCV, out)
    assert out.read_text(encoding="utf-8") == "mine\n"
    result = run_import(RENDERCV, out, force=True)
    assert out.read_text(encoding="utf-8").startswith("# yaml-language-server")
    assert result.message.startswith(f"wrote {out} (RenderCV YAML)")


def test_minus_gives_the_text_and_writes_nothing(tmp_path: Path) -> None:
    result = run_import(RENDERCV, Path("-"))
    assert result.text is not None and "name: D'Alcamo Kael" in result.text


def test_a_folder_is_written_beside_itself_by_default(tmp_path: Path) -> None:
    export = tmp_path / "linkedin-export"
    export.mkdir()
    (export / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    result = run_import(export)
    assert (tmp_path / "linkedin-export.yaml").is_file()
    assert result.message.startswith(f"wrote {tmp_path / 'linkedin-export.yaml'} (LinkedIn export")
