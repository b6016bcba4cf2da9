"""Every (source, built-in theme) rendered once per session: the portfolio and the web page.

The browser tests and the portfolio tests share these renders; a local HTTP server serves the
folder they are written to, as a static host would."""

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

from resume.build import RenderOptions, render
from resume.errors import UserError
from resume.theme.themes import builtin_names

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "default": ROOT / "data" / "resume.yaml",  # Aaron Wu, as he wrote it
    "example": ROOT / "data" / "example.yaml",  # an invented person who uses every field
}
CASES = [(source, theme) for source in SOURCES for theme in builtin_names()]
CASE_IDS = [f"{source}-{theme}" for source, theme in CASES]


@dataclass
class Showcase:
    source: str
    theme: str
    folder: Path
    data: dict[str, Any]  # the source as written
    portfolio: Path
    resume_problem: str | None  # why the one-page résumé could not be made, if it could not

    @property
    def name(self) -> str:
        return f"{self.source}-{self.theme}"

    @functools.cached_property
    def reader(self) -> pypdf.PdfReader:
        return pypdf.PdfReader(self.portfolio)


class Showcases:
    """Renders on first use, then hands out the same files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._done: dict[tuple[str, str], Showcase] = {}

    def get(self, source: str, theme: str) -> Showcase:
        if (source, theme) not in self._done:
            folder = self.root / f"{source}-{theme}"
            options = RenderOptions(source=SOURCES[source], out=folder, theme=theme)
            result = render(replace(options, outputs=("portfolio", "site")))
            portfolio = next(w.path for w in result.written if w.path.suffix == ".pdf")
            # The page links to the résumé too; whether it fits on one page is tested elsewhere.
            try:
                render(replace(options, outputs=("resume",)))
                problem = None
            except UserError as error:
                problem = str(error)
            data = yaml.safe_load(SOURCES[source].read_text(encoding="utf-8"))
            self._done[source, theme] = Showcase(source, theme, folder, data, portfolio, problem)
        return self._done[source, theme]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class StaticHost:
    url: str

    def url_of(self, showcase: Showcase) -> str:
        return f"{self.url}/{showcase.name}/"


def serve(root: Path) -> Iterator[StaticHost]:
    """A static file server on a free local port, for as long as the generator is open."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield StaticHost(f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
