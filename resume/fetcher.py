"""The only way a render reads anything: data: URIs and files inside the folders it may read."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import URLFetcher
from weasyprint.urls import URLFetcherResponse


class ConfinedFetcher(URLFetcher):
    """Serve `data:` and `file:` URLs inside `roots`; refuse the network and everything else."""

    def __init__(self, roots: list[Path]) -> None:
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)
        self.roots = [root.resolve() for root in roots]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(unquote(urlsplit(url).path)).resolve()  # resolve() follows symlinks
            if any(path.is_relative_to(root) for root in self.roots) and path.is_file():
                return URLFetcherResponse(url, path.read_bytes(), status=200)
            return self._refuse(url, "outside the folders a render may read")
        return self._refuse(url, "renders never use the network")

    def _refuse(self, url: str, why: str) -> URLFetcherResponse:
        self.refused.append(f"refused {url}: {why}")
        raise ValueError(f"refused {url}: {why}")
