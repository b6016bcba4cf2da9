"""`resume import refs.bib --into resume.yaml`: a BibTeX list's entries added to a source as
publications, its comments and layout kept, an entry already there (by DOI or title) never
twice, and a source that would not validate left as it was."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import add_publications, run_import
from tests.conftest import ROOT

EXAMPLE = ROOT / "data" / "example.yaml"


def test_added_to_a_source_its_comments_and_layout_stay(tmp_path: Path, bib: Path) -> None:
    source = tmp_path / "resume.yaml"
    shutil.copyfile(EXAMPLE, source)
    (tmp_path / "example-photo.png").write_bytes(
        (EXAMPLE.parent / "example-photo.png").read_bytes()
    )
    before = source.read_text(encoding="utf-8")
    added = add_publications(bib, source)
    after = source.read_text(encoding="utf-8")
    assert added.added == [
        "Sketch of the Analytical Engine: étüde",
        "Notes on Note G",
        "A preprint",
    ]
    changes = [
        line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"
    ]
    assert all(line.startswith("+ ") for line in changes)  # nothing of the source changed
    assert "+   - name: 'Sketch of the Analytical Engine: étüde'" in changes
    assert "# Used by the theme gallery and by tests" in after


def test_entries_already_there_by_doi_or_title_are_not_added_again(
    tmp_path: Path, bib: Path
) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text(
        "basics:\n  name: Ada Lovelace\npublications:\n"
        "  - name: Other title  # same DOI\n    url: https://dx.doi.org/10.1000/XYZ123\n"
        "  - name: notes on note g\n",
        encoding="utf-8",
    )
    result = run_import(bib, into=source)
    assert (
        result.message
        == "added 1 publications to " + str(source) + " (2 already there, by DOI or title)"
    )
    again = add_publications(bib, source)
    assert again.added == [] and len(again.already) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("basics:\n  name: Ada\npublications: 3\n", "`publications` is not a list"),
        ("basics:\n  nmae: Ada\n", "basics.nmae: unknown key"),
    ],
)
def test_a_source_that_would_not_validate_is_left_as_it_was(
    tmp_path: Path, bib: Path, text: str, message: str
) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        add_publications(bib, source)
    assert source.read_text(encoding="utf-8") == text


def test_into_what_is_no_yaml_source_or_from_what_is_no_bibtex_is_refused(
    tmp_path: Path, bib: Path
) -> None:
    json_source = tmp_path / "resume.json"
    json_source.write_text('{"basics": {"name": "Ada"}}', encoding="utf-8")
    with pytest.raises(UserError) as error:
        add_publications(bib, json_source)
    assert str(error.value) == (
        f"{json_source}: --into takes a YAML source (.yaml), whose comments it keeps"
    )
    notes = tmp_path / "notes.bib"
    notes.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        add_publications(notes, tmp_path / "resume.yaml")
    assert str(error.value) == f"{notes}: not a BibTeX file (no @article{{…}} or other entry in it)"
