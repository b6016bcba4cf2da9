"""A theme's stylesheet as a render uses it: every relative `url()` read against the stylesheet
that holds it (CSS says so), and every `@import` inlined in its place.

The theme's sheets are joined into one, so a relative URL left as written would be read against
whatever base the joined text gets. Each is rewritten instead: to the file's own URL for the
PDFs, to a copy in the web page's assets for the site (`url_for` decides). A reference stays
inside the theme's folders, after following links; one that leaves them, names no file, or
closes an `@import` cycle is left out (`none`) with a warning at its line and column.
Absolute URLs (`file:`, `http:`, `/etc/...`) are left as written: the PDFs' fetcher refuses them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from resume.errors import Problem

MAX_IMPORT_DEPTH = 8  # @import inside @import, no deeper
_REFERENCE = re.compile(
    r"""
    (?P<comment>/\*.*?(?:\*/|\Z))
    | (?P<import>@import\s+(?:url\(\s*(?P<iq>["']?)(?P<iurl>.*?)(?P=iq)\s*\)|(?P<iq2>["'])(?P<iurl2>.*?)(?P=iq2))
        \s*(?P<media>[^;{}]*?)\s*;)
    | (?P<url>url\(\s*(?P<q>["']?)(?P<target>.*?)(?P=q)\s*\))
    | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
OUTSIDE_THEME = "outside the theme's folders"


@dataclass
class Rebased:
    """What rewriting found: the files referenced (by the URL the text now uses) and problems."""

    files: dict[Path, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class _Sheet:
    path: Path
    chain: tuple[Path, ...]  # the sheets that import it, outermost first


class Rebaser:
    """Rewrites sheets whose references must stay inside `roots`; `url_for` maps a file to the
    URL the output uses for it."""

    def __init__(self, roots: Sequence[Path], url_for: Callable[[Path], str]) -> None:
        self.roots = [Path(os.path.realpath(root)) for root in roots]
        self.url_for = url_for
        self.found = Rebased()

    def sheet(self, path: Path, chain: tuple[Path, ...] = ()) -> str:
        """The text of the sheet at `path`, its references rewritten and its imports inlined."""
        text = path.read_text(encoding="utf-8")
        here = _Sheet(path, (*chain, Path(os.path.realpath(path))))
        return _REFERENCE.sub(lambda match: self._replace(match, text, here), text)

    def _replace(self, match: re.Match[str], text: str, here: _Sheet) -> str:
        if match["import"]:
            written = match["iurl"] if match["iurl"] is not None else match["iurl2"]
            start = match.start("iurl") if match["iurl"] is not None else match.start("iurl2")
            if not _relative(written):
                return match[0]  # absolute: the PDFs' fetcher decides
            return self._inline(written, match["media"], here, _position(text, start))
        if match["url"]:
            return self._url(match, here, _position(text, match.start("target")))
        return match[0]

    def _url(self, match: re.Match[str], here: _Sheet, at: tuple[int, int]) -> str:
        written = match["target"]
        if not _relative(written):
            return match[0]
        address, hash_, fragment = written.partition("#")
        target = self._resolve(address, here.path, at)
        if target is None:
            return "none"
        url = self.url_for(target)
        self.found.files[target] = url
        return f'url("{url}{hash_}{fragment}")'

    def _inline(self, written: str, media: str, here: _Sheet, at: tuple[int, int]) -> str:
        target = self._resolve(written.partition("#")[0], here.path, at)
        if target is None:
            return f"/* @import {written}: left out */"
        if target in here.chain or len(here.chain) > MAX_IMPORT_DEPTH:
            cycle = " imports ".join(p.name for p in (*here.chain, target))
            self._problem(here.path, at, f"@import {written} left out: {cycle}, a cycle")
            return f"/* @import {written}: left out */"
        inner = self.sheet(target, here.chain)
        return f"@media {media} {{\n{inner}\n}}" if media else inner

    def _resolve(self, address: str, sheet: Path, at: tuple[int, int]) -> Path | None:
        """The file `address` names, read against `sheet`, if it is one inside the roots."""
        try:
            target = Path(os.path.realpath(sheet.parent / unquote(address.split("?")[0])))
        except ValueError:  # a NUL in the name
            target = None
        if target is None or not any(target.is_relative_to(root) for root in self.roots):
            self._problem(sheet, at, f"refused {address}: {OUTSIDE_THEME}")
            return None
        if not target.is_file():
            self._problem(sheet, at, f"refused {address}: no such file")
            return None
        return target

    def _problem(self, sheet: Path, at: tuple[int, int], message: str) -> None:
        problem = Problem(str(sheet), at[0], at[1], message, warning=True)
        if problem not in self.found.problems:
            self.found.problems.append(problem)


def _relative(url: str) -> bool:
    url = url.strip()
    return bool(url) and not _SCHEME.match(url) and not url.startswith(("/", "#", "\\"))


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
