"""What stays loaded between renders in one process: watch mode, batch workers, the tests.

Parsing a theme's CSS loads every @font-face into a Fontconfig configuration: about 0.1 s,
as long as laying out the résumé. It depends only on the CSS text, so the parsed stylesheet
is kept, keyed by that text: a changed theme is a new key. (The Jinja environment is kept
the same way, in `templating`.)
"""

from __future__ import annotations

import atexit
import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from resume.engine.fetcher import ConfinedFetcher, Refusal

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
# Let go of the font configurations while the interpreter is whole: WeasyPrint's clean-up of one
# fails ("Exception ignored ... __del__") once its modules are torn down at exit.
atexit.register(_STYLESHEETS.values.clear)


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
        for refusal in parsed.refusals:
            if refusal not in fetcher.refused:
                fetcher.refused.append(refusal)
        for record in parsed.records if retell else ():
            logging.getLogger(record.name).handle(record)
    return parsed.stylesheet, parsed.font_config


def _parse(css: str, base_url: str, fetcher: ConfinedFetcher) -> Parsed:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    refused_before = len(fetcher.refused)
    heard = _Recorder()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(heard)
    try:
        parsed = CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=font_config)
    finally:
        logger.removeHandler(heard)
    return Parsed(parsed, font_config, heard.records, fetcher.refused[refused_before:])


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
