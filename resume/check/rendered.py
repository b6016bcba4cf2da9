"""`resume check SOURCE`: render a source's PDFs into a temporary folder and check them, as the
pre-commit hook `resume-check` does before a commit; nothing is left behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

from resume.check import Report, check_pdf
from resume.source.loader import SUFFIXES as SOURCE_SUFFIXES


def is_source(path: Path) -> bool:
    return path.suffix.lower() in SOURCE_SUFFIXES


def check_rendered(source: Path) -> list[Report]:
    """The check of each PDF `source` renders to (its résumé and portfolio), named after it."""
    from resume.build import RenderOptions, render

    with tempfile.TemporaryDirectory(prefix="resume-check-") as folder:
        options = RenderOptions(source=source, out=Path(folder), outputs=["resume", "portfolio"])
        reports = []
        for written in render(options).written:
            report = check_pdf(written.path)
            report.path = Path(f"{source} → {written.path.name}")
            reports.append(report)
        return reports
