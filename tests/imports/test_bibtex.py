"""BibTeX and BibLaTeX: every entry a publication (authors, venue, date, DOI or URL, a type for
the academic theme's groups), LaTeX decoded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

REAL = sorted((IMPORTS / "bibtex" / "files").glob("*.bib"))


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
