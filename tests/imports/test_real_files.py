"""Every real file in ../shared/imports/ (but LaTeX, PDFs and their partners) imports,
validates, and renders a one-page résumé that shows the person's name as the file writes it.
A file added there is tested without a change here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from resume.batch import Outcome, default_jobs, render_many
from resume.build import RenderOptions
from resume.errors import UserError
from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS, kind_of, name_in, real_inputs, words_in
from tests.showcase import PATIENT

pytestmark = pytest.mark.slow  # about 30 files rendered: more than a minute on 2 cores


def test_the_shared_files_are_there() -> None:
    assert IMPORTS.is_dir(), f"{IMPORTS}: the real files to import are not beside the checkout"
    kinds = {kind_of(path) for path in real_inputs()}
    assert {"rendercv", "linkedin", "reactive-resume", "europass", "fresh", "bibtex"} <= kinds


@dataclass
class Imports:
    """Each input's import: its YAML source and render, or the error that stopped it."""

    sources: dict[Path, Path]
    errors: dict[Path, str]
    renders: dict[Path, Outcome]


@pytest.fixture(scope="session")
def imports(tmp_path_factory: pytest.TempPathFactory) -> Imports:
    folder = tmp_path_factory.mktemp("imports")
    sources: dict[Path, Path] = {}
    errors: dict[Path, str] = {}
    for path in real_inputs():
        target = folder / f"{kind_of(path)}__{path.stem}.yaml"
        try:
            text, _ = source_text(import_file(path), target)
        except UserError as error:
            errors[path] = str(error)
            continue
        target.write_text(text, encoding="utf-8")
        sources[path] = target
    options = RenderOptions(out=folder / "out", outputs=["resume"], timeout=PATIENT)
    outcomes = render_many(options, list(sources.values()), default_jobs(len(sources)))
    by_source = {outcome.source: outcome for outcome in outcomes}
    renders = {path: by_source[target] for path, target in sources.items()}
    return Imports(sources, errors, renders)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


@pytest.mark.parametrize("path", real_inputs(), ids=lambda p: f"{kind_of(p)}/{p.name}")
def test_a_real_file_imports_validates_and_renders_one_page_with_its_name(
    imports: Imports, path: Path
) -> None:
    assert path not in imports.errors, imports.errors.get(path)
    outcome = imports.renders[path]
    assert outcome.error is None, outcome.error
    (resume,) = outcome.written
    assert resume.pages == 1
    text = _squash("\n".join(page.extract_text() for page in pypdf.PdfReader(resume.path).pages))
    expected = name_in(path)
    for words in [expected] if expected else words_in(path):
        assert _squash(words) in text, f"{words!r} is not on the page"
