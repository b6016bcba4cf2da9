"""BibTeX and BibLaTeX: every entry a publication (authors, venue, date, DOI or URL, a type for
the academic theme's groups), LaTeX decoded; added to a source with its comments kept, never
twice."""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import add_publications, import_file, run_import, source_text
from tests.conftest import ROOT
from tests.imports.inputs import IMPORTS

REAL = sorted((IMPORTS / "bibtex" / "files").glob("*.bib"))
EXAMPLE = ROOT / "data" / "example.yaml"

BIB = r"""
% my papers
@article{first,
  author = {Lovelace, Ada and Babbage, Charles},
  title = {Sketch of the {Analytical} Engine: {\'e}t{\"u}de},
  journal = {Scientific Memoirs},
  year = {1843}, month = sep,
  doi = {10.1000/xyz123},
}
@inproceedings{second,
  author = {Ada Lovelace},
  title = {Notes on Note {G}},
  booktitle = {Proceedings of the Royal Society},
  date = {1844-02},
  url = {https://example.org/g},
}
@misc{third,
  author = {Lovelace, Ada},
  title = {A preprint},
  eprint = {1234.5678}, archiveprefix = {arXiv},
}
"""


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def test_each_entry_is_a_publication_with_latex_decoded(bib: Path) -> None:
    imported = import_file(bib)
    assert imported.format == "BibTeX / BibLaTeX"
    assert imported.data["basics"] == {"name": "Ada Lovelace"}  # the author they share
    assert imported.data["publications"] == [
        {
            "name": "Sketch of the Analytical Engine: étüde",
            "publisher": "Scientific Memoirs",
            "releaseDate": "1843-09",
            "url": "https://doi.org/10.1000/xyz123",
            "summary": "Ada Lovelace, Charles Babbage",
            "type": "Journal articles",
        },
        {
            "name": "Notes on Note G",
            "publisher": "Proceedings of the Royal Society",
            "releaseDate": "1844-02",
            "url": "https://example.org/g",
            "summary": "Ada Lovelace",
            "type": "Conference papers",
        },
        {
            "name": "A preprint",
            "url": "https://arxiv.org/abs/1234.5678",
            "summary": "Ada Lovelace",
            "type": "Other",
        },
    ]


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


def _entry_count(text: str) -> int:
    types = re.findall(r"^\s*@\s*(\w+)\s*[{(]", text, flags=re.MULTILINE)
    return sum(1 for kind in types if kind.lower() not in ("string", "comment", "preamble"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_list_gives_one_publication_per_entry(tmp_path: Path, path: Path) -> None:
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    unread = [note for note in imported.notes if "not read" in note.message]
    assert len(imported.data["publications"]) + len(unread) == _entry_count(
        path.read_text(encoding="utf-8")
    )
    assert not unread
    for publication in imported.data["publications"]:
        assert "\\" not in str(publication) and "{" not in publication["name"]
