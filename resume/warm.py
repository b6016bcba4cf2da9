"""What stays loaded between renders in one process: watch mode, batch workers, the tests.

Parsing a theme's CSS loads every @font-face into a Fontconfig configuration: about 0.1 s,
as long as laying out the résumé. It depends only on the CSS text, so the parsed stylesheet
is kept, keyed by that text: a changed theme is a new key. (The Jinja environment is kept
the same way, in `templating`.)
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from resume.fetcher import ConfinedFetcher

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


_STYLESHEETS: Recent[tuple[str, str, tuple[Path, ...]], tuple[CSS, FontConfiguration]] = Recent(
    KEEP
)


def stylesheet(css: str, base_url: str, fetcher: ConfinedFetcher) -> tuple[CSS, FontConfiguration]:
    """`css` parsed, with the font configuration holding its fonts; reused while `css` is the same.

    Each stylesheet has its own font configuration, so a theme never sees another's fonts:
    output stays byte-identical whatever rendered before it in the process.
    """
    key = (css, base_url, tuple(fetcher.roots))
    if found := _STYLESHEETS.get(key):
        return found
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    parsed = CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=font_config)
    return _STYLESHEETS.put(key, (parsed, font_config))
