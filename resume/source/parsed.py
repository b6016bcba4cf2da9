"""A source as read: its data, where each value is written, and the format it is written in.

A format (`SourceFormat`) is one dialect a source may be written in: the strict YAML that is
our own format (yaml_format.py), the lenient JSON Resume (json_resume_format.py). The loader
registers them and chooses one for each file; everything after asks the chosen format's
`forgives` what to do with what our own format refuses, and never looks at the file's name.

Adding a format:
1. a module with its reader, `read(path, text, format) -> Source` (yaml_format.compose gives
   the positions of anything YAML can read, as json_resume_format.py uses it), and the format,
   `NAME = SourceFormat("Name", (".suffix",), LENIENT or STRICT or a Leniency of its own, read)`;
2. its line in `loader.FORMATS`: folders (`resume render DIR`) and `resume check` then take
   its suffixes, and every file with one of them is read with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from resume.errors import Problem

FieldPath = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column


@dataclass(frozen=True)
class Leniency:
    """What a format forgives. Our own YAML forgives nothing: each of these is an error there.
    A file written for other tools is read as best it can be, each change a warning."""

    # Fields walked along the model first (lenient.py): unknown keys, values of the wrong
    # kind, one employer's entries read as its roles; what the model still refuses, left out.
    reshapes: bool = False
    duplicate_keys: bool = False  # a key written twice: the last one is used
    empty_values: bool = False  # a null value or list item: left out
    loose_dates: bool = False  # `2012, October`, `jetzt`: read as a date, or left out
    # An employer's own dates or position beside its roles, a role that ends before it
    # starts: left out.
    role_conflicts: bool = False
    missing_translations: bool = False  # no text in the first language: another one's used
    unreadable_photo: bool = False  # a photo named for a web site (`../img/me.jpg`): left out
    # A résumé longer than its pages, from a file that chooses no sections and no variants:
    # condensed to fit (the file has no say in what a page leaves out).
    overflow: bool = False


STRICT = Leniency()
LENIENT = Leniency(**{each.name: True for each in fields(Leniency)})


@dataclass(frozen=True)
class SourceFormat:
    """A dialect a source may be written in, and how it is read."""

    name: str  # as a person names it: "YAML", "JSON Resume"
    suffixes: tuple[str, ...]  # lower case, with the dot: how the loader recognises a file
    forgives: Leniency
    # `text`, read from `path` (or from elsewhere, as if from `path`), as data with the
    # position of every value, in the format given (this one); a UserError with
    # file:line:col for what cannot be read. Called through `parse`.
    read: Callable[[Path, str, SourceFormat], Source]
    # A character beyond U+FFFF is escaped as its two UTF-16 halves (JSON's `\ud83d\ude00`),
    # not as one (YAML's `\U0001f600`).
    escapes_halves: bool = False

    def parse(self, path: Path, text: str) -> Source:
        """`text` as a source written in this format, as if read from `path`."""
        return self.read(path, text, self)


@dataclass
class Source:
    """A parsed source: its data and the position of each key and value in the file."""

    path: Path
    data: Any
    format: SourceFormat
    values: dict[FieldPath, Position] = field(default_factory=dict)
    keys: dict[FieldPath, Position] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)  # found while reading

    def position(self, path: FieldPath, *, key: bool = False) -> Position | None:
        """Where `path` is written; the nearest written ancestor for a missing field."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            found = (self.keys if key else self.values).get(prefix) or self.values.get(prefix)
            if found:
                return found
        return None

    def moved(self, old: FieldPath, new: FieldPath) -> None:
        """A value was moved (a key renamed): it is still written where it was."""
        for positions in (self.values, self.keys):
            for path, at in list(positions.items()):
                if path[: len(old)] == old:
                    positions.setdefault((*new, *path[len(old) :]), at)

    def problem(
        self, path: FieldPath, message: str, *, key: bool = False, warning: bool = False
    ) -> Problem:
        line, column = self.position(path, key=key) or (None, None)
        return Problem(str(self.path), line, column, message, dotted_path(path), warning)


def dotted_path(path: FieldPath) -> str:
    """`work[0].highlights[2]`: how a person writes a place in the source."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(
        "."
    )


def line_column(text: bytes | str, offset: int) -> Position:
    """The line and column of `offset` in `text`."""
    newline: Any = b"\n" if isinstance(text, bytes) else "\n"
    line = text[:offset].count(newline) + 1
    return line, offset - (text.rfind(newline, 0, offset) + 1) + 1
