"""Where the tool's own files are: inside the wheel when installed, beside the package in a checkout."""

from __future__ import annotations

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
