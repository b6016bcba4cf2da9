"""JSON Resume through the import interface: what `resume.source.jsonresume` always read, with
its warnings as notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume.imports import import_file, source_text
from resume.source.jsonresume import source_data
from resume.source.loader import load_source
from resume.source.validate import validate
from tests.conftest import REAL


@pytest.mark.parametrize("path", REAL[:3], ids=lambda p: p.name)
def test_a_json_resume_file_imports_as_the_json_import_read_it(tmp_path: Path, path: Path) -> None:
    imported = import_file(path)
    assert imported.format == "JSON Resume"
    source_text(imported, tmp_path / "out.yaml")
    assert imported.data == source_data(validate(load_source(path))[0])
    assert (
        imported.data["basics"]["name"]
        == json.loads(path.read_text(encoding="utf-8"))["basics"]["name"]
    )


def test_what_the_lenient_reading_leaves_out_becomes_a_note_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        '{\n  "basics": {"name": "Ada Lovelace", "email": ["a", "b"]},\n'
        '  "work": [{"name": "Engines", "startDate": "soon"}]\n}\n',
        encoding="utf-8",
    )
    imported = import_file(path)
    assert imported.data["work"] == [{"name": "Engines"}]
    assert [(note.line, note.field) for note in imported.notes] == [
        (2, "basics.email"),
        (3, "work[0].startDate"),
    ]
