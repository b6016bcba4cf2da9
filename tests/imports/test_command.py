"""`resume import SOURCE [-o OUTPUT] [--into SOURCE.yaml] [--force]`: the output beside the
input by default, `-` for standard output, an existing output kept unless forced."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import run_import
from tests.imports.inputs import IMPORTS

RENDERCV = IMPORTS / "rendercv" / "files" / "kael-k__resume__resume.yaml"


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


def test_an_output_not_named_yaml_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    out = tmp_path / "cv.json"
    with pytest.raises(UserError) as error:
        run_import(tmp_path / "not-there.yaml", out)
    assert str(error.value) == f"{out}: a YAML source needs a name ending in .yaml or .yml"
    assert not out.exists()
