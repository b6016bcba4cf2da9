"""What WeasyPrint says about a document while it renders it, kept for the user to read.

WeasyPrint logs, and carries on, when an image, stylesheet or font does not load, a glyph
is missing or an anchor is broken. Those are the user's business: they are collected here and
reported as warnings (errors with --strict). Its notes about CSS it skips are the theme
author's business: a theme's stylesheet serves the browser too, and WeasyPrint ignores
`position: sticky` or `@media (max-width)` by design, so those stay quiet.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from resume.errors import Problem

_CSS_MODULE = f"{Path('weasyprint', 'css')}"
# The fetcher reports its refusals itself, with where the reference was written.
_REFUSED = "Refused: refused "


class EngineLog(logging.Handler):
    """What WeasyPrint said while it was listened to, each message once."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: dict[str, None] = {}

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        from_css = _CSS_MODULE in record.pathname and not message.startswith("Failed to load")
        if from_css or _REFUSED in message:
            return
        self.messages.setdefault(message)

    def problems(self, concerning: str) -> list[Problem]:
        """The messages as warnings about `concerning`: the output, or the theme, they were heard
        while making."""
        return [Problem(concerning, None, None, message, warning=True) for message in self.messages]


@contextlib.contextmanager
def collect() -> Iterator[EngineLog]:
    """Listen to WeasyPrint's logger (without importing WeasyPrint) for the block's duration."""
    logger = logging.getLogger("weasyprint")
    log = EngineLog()
    logger.addHandler(log)
    level = logger.level
    if not logger.isEnabledFor(logging.WARNING):
        logger.setLevel(logging.WARNING)
    try:
        yield log
    finally:
        logger.removeHandler(log)
        logger.setLevel(level)
