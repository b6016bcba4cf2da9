"""WeasyPrint: HTML and CSS in, PDF bytes out. Imported only by the commands that render."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from weasyprint import HTML

from resume import warm
from resume.fetcher import ConfinedFetcher


@dataclass(frozen=True)
class Pdf:
    data: bytes
    pages: int


class PdfRenderer:
    """One font configuration, stylesheet and fetcher, shared by every PDF of a render."""

    def __init__(self, css: str, base: Path, fetcher: ConfinedFetcher) -> None:
        self.base_url = base.resolve().as_uri() + "/"
        self.fetcher = fetcher
        # Parsed once a process per stylesheet text: re-renders and layout passes skip it.
        self.stylesheet, self.font_config = warm.stylesheet(css, self.base_url, fetcher)

    def render(self, html: str) -> Pdf:
        document = HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher).render(
            stylesheets=[self.stylesheet], font_config=self.font_config
        )
        return Pdf(document.write_pdf(), len(document.pages))
