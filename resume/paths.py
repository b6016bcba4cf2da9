"""Where the tool's own files are: inside the wheel when installed, beside the package in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name  # the wheel carries templates/ and styles/ inside the package
    return inside if inside.is_dir() else _PACKAGE.parent / name


TEMPLATES = _shipped("templates")
STYLES = _shipped("styles")
SCHEMA_FILE = _shipped("schema") / "resume.schema.json"
DEFAULT_SOURCE = Path("data/resume.yaml")
DEFAULT_OUT = Path("out")


def cache_folder(kind: str) -> Path | None:
    """Where the tool keeps what it can make again (`kind`: web font cuts, compiled templates):
    `RESUME_CACHE`, else `$XDG_CACHE_HOME/resume`, else `~/.cache/resume`. None when
    `RESUME_CACHE` is set to nothing, or the folder cannot be made: then nothing is kept."""
    chosen = os.environ.get("RESUME_CACHE")
    if chosen == "":
        return None
    try:
        base = (
            Path(chosen)
            if chosen
            else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "resume"
        )
        (base / kind).mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None
    return base / kind
