"""What WeasyPrint says while it renders reaches the user once per message, as a warning about
the output; its notes on CSS it skips by design, and the fetcher's refusals (reported with their
place elsewhere), stay quiet; and the listening ends with the block."""

from __future__ import annotations

import logging

from resume.engine.log import collect
from resume.errors import Problem


def say(message: str, pathname: str = "/usr/lib/python3/weasyprint/images.py") -> None:
    """A warning as WeasyPrint's module at `pathname` logs it."""
    logger = logging.getLogger("weasyprint")
    record = logger.makeRecord("weasyprint", logging.WARNING, pathname, 1, message, None, None)
    logger.handle(record)


def test_each_message_is_a_warning_once_about_the_output() -> None:
    with collect() as log:
        say('Failed to load image at "photo.png"')
        say('Failed to load image at "photo.png"')
        say("No anchor #contact for internal URI reference")
    assert log.problems("resume.pdf") == [
        Problem("resume.pdf", None, None, 'Failed to load image at "photo.png"', warning=True),
        Problem(
            "resume.pdf", None, None, "No anchor #contact for internal URI reference", warning=True
        ),
    ]


def test_css_skipped_by_design_and_the_fetchers_refusals_stay_quiet() -> None:
    css = "/usr/lib/python3/weasyprint/css/validation/properties.py"
    with collect() as log:
        say("Ignored `position: sticky` at 12:3, invalid value.", css)
        say("Failed to load stylesheet at theme.css", css)  # a file the user named
        say("Refused: refused file:///etc/passwd: outside the allowed folders")
    assert list(log.messages) == ["Failed to load stylesheet at theme.css"]


def test_nothing_is_heard_after_the_block_and_the_level_is_restored() -> None:
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)  # as an application might have set it
    try:
        with collect() as log:
            say("heard")
        say("not heard")
        assert list(log.messages) == ["heard"]
        assert logger.level == logging.ERROR
    finally:
        logger.setLevel(level)
