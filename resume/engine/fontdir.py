"""WeasyPrint's font configuration, its folder of fonts removed by the process that made it.

A FontConfiguration copies the fonts of its @font-face rules into a folder of its own,
/tmp/weasyprint-* (45 MB with the CJK fallbacks), which its __del__ removes. Two kinds of
process break that: a forked child (parallel.py, a batch worker) holds its parent's
configurations, and dropping one there would take the fonts from under the parent; and a child
leaves with os._exit, where no __del__ runs, so its own folders stay behind unless it closes
them first (warm.release).
"""

from __future__ import annotations

import os

from weasyprint.text.fonts import FontConfiguration


class OwnFonts(FontConfiguration):
    """A FontConfiguration that only the process that made it cleans up, once."""

    def __init__(self) -> None:
        self.maker = os.getpid()  # set first: __del__ runs even if the rest fails
        self.closed = False
        super().__init__()

    def close(self) -> None:
        """Remove the folder of fonts if this process made it; nothing may use them after."""
        if not self.closed and self.maker == os.getpid():
            self.closed = True
            super().__del__()

    def __del__(self) -> None:
        self.close()
