"""Another tool's look, as far as our `render.design` can say it: each value checked as the
source's loader will check it, and one that it cannot take noted, not guessed."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from resume.imports.base import Imported
from resume.source.design import Design


def checked_design(wanted: dict[str, Any], imported: Imported, line: int | None) -> dict[str, Any]:
    """The values of `wanted` (our design's keys) that our design takes; a note for each other."""
    checked: dict[str, Any] = {}
    for key, value in wanted.items():
        if value in (None, "", []):
            continue
        try:
            Design.model_validate({key: value})
        except ValidationError as error:
            reason = error.errors()[0]["msg"].removeprefix("Value error, ")
            imported.note(f"design: {key} {value!r} not kept: {reason}", line)
            continue
        checked[key] = value
    return checked
