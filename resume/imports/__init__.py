"""`resume import`: a résumé from another tool, as a commented YAML source.

Each format is one module here with three names:

    NAME: str                          what the format is called in messages ("RenderCV YAML")
    recognise(path: Path) -> bool      whether `path` is in the format, from its content (a zip,
                                       a folder, the first bytes or keys), not its name alone
    read(path: Path) -> Imported       our source as plain data, with notes and doubts

`import_file` asks each in turn; a new format is a new module named in `registry.IMPORTERS`.
`run_import` is what the command line calls.
"""

from __future__ import annotations

from resume.imports.base import Imported as Imported
from resume.imports.bib_into import Added as Added
from resume.imports.bib_into import add_publications as add_publications
from resume.imports.command import Result as Result
from resume.imports.command import run_import as run_import
from resume.imports.registry import IMPORTERS as IMPORTERS
from resume.imports.registry import formats_read as formats_read
from resume.imports.registry import import_file as import_file
from resume.imports.writing import source_text as source_text
from resume.imports.writing import write_source as write_source
