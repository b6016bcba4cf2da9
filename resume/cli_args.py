"""Arguments several commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

LANG_HELP = (
    "Which of the source's render.languages: a code (de), several (en,de) or all [default: all]"
)

SourceArg = Annotated[
    Path, typer.Argument(help="The source: YAML or JSON Resume", show_default=True)
]
