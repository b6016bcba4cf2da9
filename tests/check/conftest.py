"""The PDFs the reader tests share: every built-in theme's résumé and portfolio of three sources,
rendered once per session and read by every reader this machine has, in one batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.build import RenderOptions, render
from resume.check import Report, check_pdfs
from resume.theme.themes import builtin_names
from tests.conftest import DEFAULT_SOURCE, ROOT

READERS = ROOT / "tests" / "cases" / "readers"
SOURCES = {
    "default": DEFAULT_SOURCE,
    "example": ROOT / "data" / "example.yaml",
    "john-doe": READERS / "john-doe.yaml",  # every contact field, education, bold and italic
}
THEMES = builtin_names()
OUTPUTS = ("resume", "portfolio")


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Report]:
    """Each (theme, source, output) PDF read by every reader this machine has, in one batch."""
    paths: dict[tuple[str, str, str], Path] = {}
    for theme in THEMES:
        for name, source in SOURCES.items():
            out = tmp_path_factory.mktemp(f"{theme}-{name}")
            options = RenderOptions(source=source, out=out, theme=theme, outputs=list(OUTPUTS))
            for output, written in zip(OUTPUTS, render(options).written, strict=True):
                paths[theme, name, output] = written.path
    found = check_pdfs(list(paths.values()))
    return dict(zip(paths, found, strict=True))
