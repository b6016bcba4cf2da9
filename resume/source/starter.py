"""`resume new`: a starter source that renders as it is and shows what the format can do."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from resume.errors import UserError
from resume.paths import SCHEMA_FILE
from resume.source.schema import schema_reference
from resume.source.yaml_format import YAML
from resume.write import write_atomic


def require_yaml_name(path: Path) -> None:
    """What we write is YAML; a name that says otherwise would mislead every reader of it."""
    if path.suffix.lower() not in YAML.suffixes:
        raise UserError(f"{path}: a YAML source needs a name ending in .yaml or .yml")


def starter_text(path: Path) -> str:
    template = files("resume.source").joinpath("starter.yaml").read_text(encoding="utf-8")
    return template.replace("{schema}", schema_reference(path, SCHEMA_FILE))


def write_starter(path: Path) -> None:
    """Write the starter at `path`; never over an existing file."""
    require_yaml_name(path)
    if path.exists():
        raise UserError(
            f"{path}: already exists; `resume new OTHER.yaml` writes a new one elsewhere"
        )
    write_atomic(path, starter_text(path))
