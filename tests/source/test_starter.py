"""`resume new`'s starter: a YAML source that is valid as it stands and points editors at the
schema; it is never written over a file, nor under a name that is not YAML's."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.source.loader import load_source
from resume.source.starter import write_starter
from resume.source.validate import validate


def test_the_starter_is_a_valid_source_that_names_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    write_starter(path)
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=")
    resume, warnings = validate(load_source(path))
    assert resume.basics.name and resume.work
    assert warnings == []


def test_an_existing_file_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "resume.yaml"
    path.write_text("basics: {name: Ada}\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"already exists; `resume new OTHER\.yaml` writes"):
        write_starter(path)
    assert path.read_text(encoding="utf-8") == "basics: {name: Ada}\n"


@pytest.mark.parametrize("name", ["cv.json", "cv.txt", "cv"])
def test_a_name_that_is_not_yaml_is_refused_before_writing(tmp_path: Path, name: str) -> None:
    with pytest.raises(UserError, match=r"a YAML source needs a name ending in \.yaml or \.yml"):
        write_starter(tmp_path / name)
    assert list(tmp_path.iterdir()) == []
