"""Every (source, built-in theme) rendered once per session: the résumé, the portfolio and the
web page, each theme's sources in one batch (a worker per core).

The browser, portfolio, theme and reader tests share these renders; a local HTTP server serves
the folder they are written to, as a static host would."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pypdf
import yaml

from resume.batch import Outcome, default_jobs, render_many
from resume.build import RenderOptions, render
from resume.errors import Problem, UserError
from resume.theme.themes import builtin_names

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "default": ROOT / "data" / "resume.yaml",  # Aaron Wu, as he wrote it
    "example": ROOT / "data" / "example.yaml",  # an invented person who uses every field
    # every contact field, education, bold and italic: what the PDF readers must find
    "john-doe": ROOT / "tests" / "cases" / "readers" / "john-doe.yaml",
}
PAGES = ("default", "example")  # the sources whose web pages the browser tests visit
CASES = [(source, theme) for source in PAGES for theme in builtin_names()]
CASE_IDS = [f"{source}-{theme}" for source, theme in CASES]
OUTPUTS = ("resume", "portfolio", "site")
# What the tests' renders may take: the limit itself is tested with hostile themes, and a busy
# machine must not fail a render of a real file.
PATIENT = 600


@dataclass
class Showcase:
    source: str
    theme: str
    folder: Path
    data: dict[str, Any]  # the source as written
    portfolio: Path
    resume: Path | None
    resume_problem: str | None  # why the one-page résumé could not be made, if it could not
    warnings: list[Problem]

    @property
    def name(self) -> str:
        return f"{self.source}-{self.theme}"

    @functools.cached_property
    def reader(self) -> pypdf.PdfReader:
        return pypdf.PdfReader(self.portfolio)


class Showcases:
    """Renders a theme's sources on first use of the theme, then hands out the same files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._done: dict[tuple[str, str], Showcase] = {}

    def get(self, source: str, theme: str) -> Showcase:
        if (source, theme) not in self._done:
            self._render_theme(theme)
        return self._done[source, theme]

    def _render_theme(self, theme: str) -> None:
        options = RenderOptions(
            out=self.root / theme, theme=theme, outputs=OUTPUTS, timeout=PATIENT
        )
        paths = list(SOURCES.values())
        outcomes = render_many(options, paths, default_jobs(len(paths)))
        for name, outcome in zip(SOURCES, outcomes, strict=True):
            self._done[name, theme] = self._showcase(name, theme, outcome)

    def _showcase(self, source: str, theme: str, outcome: Outcome) -> Showcase:
        problem = None
        if outcome.error is not None:  # the résumé did not fit: the portfolio and page still do
            problem = outcome.error
            options = RenderOptions(SOURCES[source], outcome.out, theme, timeout=PATIENT)
            try:
                result = render(replace(options, outputs=OUTPUTS[1:]))
            except UserError as error:
                raise AssertionError(f"{source} in {theme}: {error}") from error
            outcome = replace(outcome, written=result.written, warnings=result.warnings)
        pdfs = {w.path.stem.rsplit("_", 1)[-1]: w.path for w in outcome.written}
        data = yaml.safe_load(SOURCES[source].read_text(encoding="utf-8"))
        return Showcase(
            source,
            theme,
            outcome.out,
            data,
            portfolio=pdfs["Portfolio"],
            resume=pdfs.get("Resume"),
            resume_problem=problem,
            warnings=outcome.warnings,
        )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class StaticHost:
    url: str
    root: Path

    def url_of(self, showcase: Showcase) -> str:
        return f"{self.url}/{showcase.folder.relative_to(self.root).as_posix()}/"


def serve(root: Path) -> Iterator[StaticHost]:
    """A static file server on a free local port, for as long as the generator is open."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield StaticHost(f"http://127.0.0.1:{server.server_address[1]}", root)
    finally:
        server.shutdown()
        server.server_close()
