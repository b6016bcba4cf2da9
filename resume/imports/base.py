"""What an importer hands back: our source as plain data, with what it could not place."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume.errors import Problem
from resume.source.parsed import FieldPath


@dataclass
class Imported:
    """A source read from another format: `data` is what a YAML source holds (camelCase keys,
    `work[].roles`, `render.design`…); `notes` say what could not be placed, where the input
    says it; `unsure` holds a comment for each field the reader is not sure of."""

    origin: Path
    format: str
    data: dict[str, Any] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)
    unsure: dict[FieldPath, str] = field(default_factory=dict)

    def note(self, message: str, line: int | None = None, where: str = "") -> None:
        """Something the input says that the source cannot hold."""
        self.notes.append(Problem(str(where or self.origin), line, None, message, warning=True))

    def doubt(self, path: FieldPath, comment: str) -> None:
        """A comment beside a field whose value is a guess."""
        self.unsure[path] = comment


def clean(value: Any) -> Any:
    """Plain data without empty values: no None, "", [] or {} anywhere."""
    if isinstance(value, dict):
        cleaned = {key: clean(inner) for key, inner in value.items()}
        return {key: inner for key, inner in cleaned.items() if not _empty(inner)}
    if isinstance(value, list):
        return [item for item in map(clean, value) if not _empty(item)]
    if isinstance(value, str):
        return value.strip()
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def text_of(value: Any) -> str:
    """A scalar as text ('' for none, a list or a mapping)."""
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def mapping(value: Any) -> dict[str, Any]:
    """`value` if it is a mapping, else an empty one: a stranger's file may hold anything."""
    return value if isinstance(value, dict) else {}


def listed(value: Any) -> list[Any]:
    """`value` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []
