"""Where a reference that was refused, or that a page would load from elsewhere, is written.

Kept apart from the fetcher so that the web page, which never loads WeasyPrint, can use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from resume.errors import Problem, shorten

_FONT_FILES = (".ttf", ".otf", ".ttc", ".woff", ".woff2", ".pfb")
NETWORK = "a render never uses the network"
OUTSIDE = "outside the folders a render may read (the source's, the theme's and the fonts')"
OFFLINE = "it must work offline"


@dataclass(frozen=True)
class Refusal:
    url: str
    reason: str
    verb: str = "refused"

    def __str__(self) -> str:
        return f"{self.verb} {shorten(self.url, 120)}: {self.reason}"


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
            f"refused {shorten(refusal.url, 120)}: a font installed on this machine (asked for by"
            " `local()`); fonts come only from the font package"
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


# Elements and attributes through which a browser loads something as the page opens.
_LOADS = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "link" and any(
            k == "rel"
            and v
            and "stylesheet" not in v
            and "icon" not in v
            and "preload" not in v
            and "manifest" not in v
            for k, v in attrs
        ):
            return  # rel=me, canonical, alternate: links, not loads
        for name, value in attrs:
            if value and name in _LOADS.get(tag, ()):
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]
            elif value and name == "style":
                self.urls += [m[0] or m[1] for m in _CSS_URL.findall(value)]


def loaded_from_elsewhere(html: str, css: str) -> list[str]:
    """What the page (and its stylesheet) would load from the network or the file system."""
    parser = _Loads()
    parser.feed(html)
    urls = [*parser.urls, *(m[0] or m[1] for m in _CSS_URL.findall(css))]
    return list(dict.fromkeys(url for url in urls if _elsewhere(url)))


def _elsewhere(url: str) -> bool:
    url = url.strip()
    return url.startswith("//") or (
        re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) is not None
        and not url.lower().startswith("data:")
    )
