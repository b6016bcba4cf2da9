"""Which addresses may become links: the web, mail and phone; never `javascript:` or local files.

A link in a PDF or on a web page is followed by whoever reads it, so a source from someone
else must not be able to plant a script, a `file:` path or a `data:` page behind a name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from resume.errors import shorten

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_BARE_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?([/?#]|$)", re.IGNORECASE)


def scheme_of(url: str) -> str:
    """The scheme as a browser reads it: tabs and newlines inside it do not count."""
    try:
        return urlsplit(re.sub(r"[\x00-\x20]", "", url)).scheme.lower()
    except ValueError:  # e.g. an unclosed [ in the host
        return "?"


def safe_url(url: str | None) -> str | None:
    """The address if it is a web, mail or phone link; bare domains become https."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if _BARE_DOMAIN.match(url):
        return f"https://{url}"
    return url if scheme_of(url) in SAFE_SCHEMES and not _has_controls(url) else None


def link_problem(url: str) -> str | None:
    """Why `url` cannot be a link, in words for the person who wrote it; None if it can."""
    if not url.strip() or safe_url(url):
        return None
    if _has_controls(url.strip()):
        return "a link cannot hold control characters"
    scheme = scheme_of(url.strip())
    if not scheme:
        return f"'{shorten(url)}' is not a web address: write it in full, e.g. https://example.com"
    return (
        f"'{shorten(url)}' is a {scheme}: address; links may be {', '.join(SAFE_SCHEMES[:-1])}"
        f" or {SAFE_SCHEMES[-1]}"
    )


def _has_controls(url: str) -> bool:
    return bool(re.search(r"[\x00-\x1f\x7f]", url))
