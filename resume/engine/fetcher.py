"""The only way a render reads anything: data: URIs and files inside the folders it may read.

Themes and sources come from strangers, and renders run on machines that hold secrets:
a stylesheet, template or photo must not read `~/.ssh` or call home. WeasyPrint asks this
fetcher for every image, stylesheet, font and attachment; it serves `data:` URIs and regular
files inside `roots` (after following symlinks), and refuses everything else without ever
opening a socket. Each refusal is remembered, so the render can say what was refused and
where the reference was written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import URLFetcher
from weasyprint.urls import URLFetcherResponse

from resume.engine.references import NETWORK, OUTSIDE, Refusal, locate
from resume.source.photo import read_regular_file

__all__ = ["NETWORK", "OUTSIDE", "ConfinedFetcher", "Refusal", "Refused", "locate"]

MAX_FILE_BYTES = 50_000_000  # a font family or a photo; never a disk image


class Refused(ValueError):
    """A reference the fetcher will not serve; WeasyPrint logs it and carries on."""


class ConfinedFetcher(URLFetcher):
    """Serve `data:` and `file:` URLs inside `roots`; refuse the network and everything else."""

    def __init__(self, roots: Sequence[Path]) -> None:
        super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=0.001)
        self.roots = [Path(os.path.realpath(root)) for root in roots]
        self.refused: list[Refusal] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)  # decoded in memory by urllib's DataHandler
        if scheme == "file":
            return URLFetcherResponse(url, self.read(url), status=200)
        if scheme in {"http", "https", "ftp", "ftps", "ws", "wss", "gopher"}:
            raise self.refuse(url, NETWORK)
        raise self.refuse(url, f"only files and data: URIs may be read, not {scheme or 'this'}:")

    def read(self, url: str) -> bytes:
        """The bytes of a `file:` URL inside the roots, opened without following a last-second link."""
        parts = urlsplit(url)
        if parts.netloc not in {"", "localhost"}:
            raise self.refuse(url, f"a file on another machine ({parts.netloc}); {NETWORK}")
        try:
            path = Path(os.path.realpath(unquote(parts.path)))  # follows every link that exists
        except ValueError:  # a NUL in the path
            raise self.refuse(url, "not a file name") from None
        if not any(path.is_relative_to(root) for root in self.roots):
            raise self.refuse(url, OUTSIDE)
        try:
            return read_regular_file(path, MAX_FILE_BYTES)
        except FileNotFoundError:
            raise self.refuse(url, "no such file") from None
        except OSError as error:
            raise self.refuse(url, f"cannot be read ({error.strerror})") from None
        except ValueError as error:
            raise self.refuse(url, str(error)) from None

    def refuse(self, url: str, reason: str) -> Refused:
        refusal = Refusal(url, reason)
        if refusal not in self.refused:
            self.refused.append(refusal)
        return Refused(str(refusal))
