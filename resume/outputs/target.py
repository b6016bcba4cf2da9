"""What every output target is: a function from the render plan (and what the render's targets
share, see run.py) to the files it makes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from resume.errors import Problem
from resume.write import Content

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan


@dataclass(frozen=True)
class Fit:
    """How the résumé was fitted onto its pages."""

    setting: str  # what was tightened, for a person, e.g. "9.4 pt type, leading 1.20, ..."
    passes: int  # layouts it took
    tightness: float  # 0: as the theme designed it (see engine/fit.py)
    condensed: bool = False  # whether it leaves things out (see engine/condense.py)

    @property
    def as_designed(self) -> bool:
        """Laid out once, as the theme designed it: nothing was tightened."""
        return not self.tightness and self.passes <= 1

    def __str__(self) -> str:
        if self.as_designed:
            return "as designed"
        return f"{self.setting}, {self.passes} layout passes"


@dataclass(frozen=True)
class Rendered:
    """What one target made: its files (in memory, written by the build) and what it found."""

    files: dict[Path, Content]
    path: Path  # the file a person opens
    pages: int | None = None
    fit: Fit | None = None
    problems: list[Problem] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)  # characters no font of the theme draws
    # Folders whose files the tool owns (the site's assets/), each with every file of it in use.
    owned: dict[Path, set[Path]] = field(default_factory=dict)


Target = Callable[["Plan", "Run"], Rendered]


def output_name(name: str, kind: str, variant: str | None = None, suffix: str = ".pdf") -> str:
    """`Aaron Wu` -> `Aaron_Wu_Resume.pdf` (`Aaron_Wu_Resume-backend.pdf` for a variant):
    words joined by underscores, nothing a path dislikes."""
    words = re.findall(r"[^\s/\\:*?\"<>|]+", name)
    return "_".join([*words, kind]) + (f"-{variant}" if variant else "") + suffix
