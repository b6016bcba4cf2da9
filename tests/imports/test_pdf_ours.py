"""A PDF this tool made carries its source: the import gives it back exactly."""

from __future__ import annotations

from resume.imports import pdf
from resume.source.parsed import Source
from resume.source.validate import read_source, validate
from resume.source.yaml_format import YAML
from tests.conftest import DEFAULT_SOURCE, DefaultOutputs


def test_our_pdf_imports_as_the_source_it_was_made_from(default_render: DefaultOutputs) -> None:
    imported = pdf.read(default_render.portfolio.path)  # the portfolio carries all of it
    resume, _ = validate(Source(DEFAULT_SOURCE.with_name("imported.yaml"), imported.data, YAML))
    assert resume == read_source(DEFAULT_SOURCE).resume
    assert imported.unsure == {}
    assert [note.message for note in imported.notes] == [
        "the source resume attached to the PDF, as it was"
    ]
