"""JSON Resume, as `resume.source.jsonresume` has always read it: leniently, each value it
leaves out said in a warning at its line."""

from __future__ import annotations

from pathlib import Path

from resume.imports.base import Imported
from resume.imports.reading import tree_of
from resume.source.jsonresume import source_data
from resume.source.loader import load_source
from resume.source.validate import validate

NAME = "JSON Resume"


def recognise(path: Path) -> bool:
    tree = tree_of(path)
    return tree is not None and isinstance(tree.data.get("basics"), dict)


def read(path: Path) -> Imported:
    resume, warnings = validate(load_source(path))
    imported = Imported(path, NAME, source_data(resume))
    imported.notes += warnings
    return imported
