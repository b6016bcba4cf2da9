"""The formats `resume import` reads, each a module named here, and the choice among them."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from resume.errors import UserError
from resume.imports.base import Imported

# The order they are asked in: the most particular first (a Reactive Resume file has
# `basics` too, as JSON Resume does; a Europass PDF is a PDF).
IMPORTERS = (
    "europass",
    "pdf",  # after Europass, whose PDFs carry their XML
    "linkedin",
    "bibtex",
    "rendercv",
    "reactive_resume",
    "fresh",
    "jsonresume",
)


def importers() -> list[ModuleType]:
    return [importlib.import_module(f"resume.imports.{name}") for name in IMPORTERS]


def formats_read() -> str:
    """`RenderCV YAML, LinkedIn export, …`: what a message says the command reads."""
    return ", ".join(module.NAME for module in importers())


def import_file(path: Path) -> Imported:
    """`path` read by the importer whose format it is in; a UserError that names the formats
    when it is in none, or too broken or hostile to tell (a cut-off XML, a zip bomb)."""
    if not path.exists():
        raise UserError(f"{path}: no such file or folder")
    try:
        module = next((module for module in importers() if module.recognise(path)), None)
    except UserError as error:
        raise UserError(f"{error}\n{_reads()}") from None
    if module is None:
        raise UserError(f"{path}: not a format `resume import` knows. {_reads()}")
    imported: Imported = module.read(path)
    return imported


def _reads() -> str:
    return f"It reads: {formats_read()}."
