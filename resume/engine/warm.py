"""What stays loaded between renders in one process: watch mode, batch workers, the tests.

Parsing a theme's CSS loads every @font-face into a Fontconfig configuration: about 0.1 s,
as long as laying out the résumé. It depends only on the CSS text, so the parsed stylesheet
is kept, keyed by that text: a changed theme is a new key. (The Jinja environment is kept
the same way, in `templating`.)
"""

from __future__ import annotations

import atexit
import logging
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from resume.engine.fetcher import ConfinedFetcher, Refusal
    from resume.engine.fontdir import OwnFonts

K = TypeVar("K")
V = TypeVar("V")
KEEP = 4  # themes x page sizes a session switches between; each holds a font configuration


class Recent(Generic[K, V]):
    """The last few values made, by key: a watch session editing CSS makes a new one per save."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        if key in self.values:
            self.values.move_to_end(key)
        return self.values.get(key)

    def clear(self) -> None:
        self.values.clear()

    def put(self, key: K, value: V) -> V:
        self.values[key] = value
        while len(self.values) > self.size:
            self.values.popitem(last=False)
        return value


@dataclass(frozen=True)
class Parsed:
    """A parsed stylesheet, the font configuration holding its fonts, and what parsing said."""

    stylesheet: CSS
    font_config: FontConfiguration
    records: list[logging.LogRecord]  # WeasyPrint's warnings, e.g. a font that did not load
    refusals: list[Refusal]  # what the fetcher refused to read for it


# How the same résumé (theme CSS, HTML, pages) was fitted last in this process (watch mode, say):
# its extra CSS, tightness and setting. Laid out once more with that CSS, it gives the very same
# document, in one pass (see outputs/resume_pdf.py).
FITTED: Recent[tuple[str, str, int], tuple[str, float, str]] = Recent(8)
_STYLESHEETS: Recent[tuple[str, str, tuple[Path, ...]], Parsed] = Recent(KEEP)


@dataclass(frozen=True)
class Kept(Generic[V]):
    """A layout, with what WeasyPrint said and the fetcher refused while it was made."""

    value: V
    records: list[logging.LogRecord]
    refusals: list[Refusal]


# Layouts by all they are made of (the CSS, the HTML, the pages asked for), for a session that
# shows one source again and again (`resume serve`): an edit to what only the portfolio shows
# leaves the résumé's HTML as it was, and its layout is written again with the new metadata,
# not made again. Off (size 0) unless the session turns it on; the files a layout reads beside
# its CSS and HTML (the photo, the theme's images and fonts) are the session's to watch: it
# clears this when one changes.
LAYOUTS: Recent[tuple[str, ...], Kept[Any]] = Recent(0)
# Every font configuration this process made or inherited, for as long as it lives (evicted
# from _STYLESHEETS, a document may still hold it): `release` removes the folders of those it made.
_FONTS: weakref.WeakSet[OwnFonts] = weakref.WeakSet()


def release() -> None:
    """Remove the folders of fonts this process made, at its end: at exit, and in a child that
    leaves with os._exit (parallel.py, a batch worker), where no atexit or __del__ runs. The
    folders a forked child inherited stay: its parent renders on with them."""
    for fonts in list(_FONTS):
        fonts.close()


# Let go of the font configurations while the interpreter is whole: WeasyPrint's clean-up of one
# fails ("Exception ignored ... __del__") once its modules are torn down at exit.
atexit.register(_STYLESHEETS.values.clear)
atexit.register(LAYOUTS.clear)
atexit.register(release)


def laid_out(key: tuple[str, ...], lay_out: Callable[[], V], fetcher: ConfinedFetcher) -> V:
    """What `lay_out()` gives, made once per `key` while LAYOUTS keeps any; what making it said is
    told again on reuse, so each render still warns about it."""
    if not LAYOUTS.size:
        return lay_out()
    kept: Kept[V] | None = LAYOUTS.get(key)
    if kept is None:
        kept = _recorded(lay_out, fetcher)
        LAYOUTS.put(key, kept)
    else:
        _retell(kept.records, kept.refusals, fetcher)
    return kept.value


def _recorded(make: Callable[[], V], fetcher: ConfinedFetcher) -> Kept[V]:
    refused_before = len(fetcher.refused)
    heard = _Recorder()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(heard)
    try:
        value = make()
    finally:
        logger.removeHandler(heard)
    return Kept(value, heard.records, fetcher.refused[refused_before:])


def _retell(
    records: list[logging.LogRecord], refusals: list[Refusal], fetcher: ConfinedFetcher
) -> None:
    for refusal in refusals:
        if refusal not in fetcher.refused:
            fetcher.refused.append(refusal)
    for record in records:
        logging.getLogger(record.name).handle(record)


def stylesheet(
    css: str, base_url: str, fetcher: ConfinedFetcher, *, retell: bool = True
) -> tuple[CSS, FontConfiguration]:
    """`css` parsed, with the font configuration holding its fonts; reused while `css` is the same.

    Each stylesheet has its own font configuration, so a theme never sees another's fonts:
    output stays byte-identical whatever rendered before it in the process. What parsing
    reported is told again on reuse (unless not to `retell`), so each render still warns about it.
    """
    key = (css, base_url, tuple(fetcher.roots))
    parsed = _STYLESHEETS.get(key)
    if parsed is None:
        parsed = _STYLESHEETS.put(key, _parse(css, base_url, fetcher))
    else:
        _retell(parsed.records if retell else [], parsed.refusals, fetcher)
    return parsed.stylesheet, parsed.font_config


def _parse(css: str, base_url: str, fetcher: ConfinedFetcher) -> Parsed:
    from weasyprint import CSS

    from resume.engine.fontdir import OwnFonts

    font_config = OwnFonts()
    _FONTS.add(font_config)
    kept = _recorded(
        lambda: CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=font_config),
        fetcher,
    )
    return Parsed(kept.value, font_config, kept.records, kept.refusals)


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
