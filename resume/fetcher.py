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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import URLFetcher
from weasyprint.urls import URLFetcherResponse

from resume.errors import Problem
from resume.photo import read_regular_file

MAX_FILE_BYTES = 50_000_000  # a font family or a photo; never a disk image
_FONT_FILES = (".ttf", ".otf", ".ttc", ".woff", ".woff2", ".pfb")
NETWORK = "a render never uses the network"
OUTSIDE = "outside the folders a render may read (the source's, the theme's and the fonts')"


class Refused(ValueError):
    """A reference the fetcher will not serve; WeasyPrint logs it and carries on."""


@dataclass(frozen=True)
class Refusal:
    url: str
    reason: str

    def __str__(self) -> str:
        return f"refused {shorten(self.url)}: {self.reason}"


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


def shorten(url: str, limit: int = 120) -> str:
    """A data: URI can be megabytes long; a message needs its start."""
    return url if len(url) <= limit else f"{url[: limit - 1]}…"


def locate(refusal: Refusal, files: Sequence[Path], *, warning: bool = True) -> Problem:
    """The refusal as a problem at the first place in `files` that writes its reference.

    WeasyPrint hands the fetcher absolute URLs, so the reference as written is not known:
    look for the longest tail of the URL's path (or the URL itself) that one of the files holds.
    """
    message = str(refusal)
    needles = _needles(refusal.url)
    if refusal.url.lower().endswith(_FONT_FILES) and refusal.reason == OUTSIDE:
        # `src: local(Name)` makes fontconfig find a file the URL does not name.
        message = (
            f"{message}: a font of this machine (from `local()`); fonts come from the font package"
        )
        needles.append("local(")
    texts = {path: _read(path) for path in files}
    for needle in needles:
        for path, text in texts.items():
            at = text.find(needle)
            if at >= 0:
                line = text.count("\n", 0, at) + 1
                column = at - (text.rfind("\n", 0, at) + 1) + 1
                return Problem(str(path), line, column, message, warning=warning)
    return Problem("the rendered document", None, None, message, warning=warning)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _needles(url: str) -> list[str]:
    parts = urlsplit(url)
    needles = [url, url.split("#")[0]]
    if parts.scheme == "file":
        segments = [s for s in unquote(parts.path).split("/") if s]
        needles += ["/".join(segments[start:]) for start in range(len(segments))]
    return [n for n in dict.fromkeys(needles) if n and not re.fullmatch(r"[./]*", n)]
