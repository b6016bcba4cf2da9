"""Read a source file into plain data, remembering where every value came from, in the format
its name says: the one place that registers the formats and chooses among them.

A source may come from anyone: a file too large, not text or empty is refused here, before
a format reads it (each format keeps its own limits, see yaml_format.py).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from resume.errors import Problem, UserError
from resume.source.json_resume_format import JSON_RESUME
from resume.source.parsed import Source, SourceFormat, line_column
from resume.source.yaml_format import YAML

# Every format a source may be written in; the first is the one for a name no format claims.
FORMATS: tuple[SourceFormat, ...] = (YAML, JSON_RESUME)
SUFFIXES: tuple[str, ...] = tuple(suffix for format in FORMATS for suffix in format.suffixes)

MAX_BYTES = 1_000_000  # a long portfolio is 50 kB
_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


def format_of(path: Path) -> SourceFormat:
    """The format `path` is written in, by its suffix."""
    suffix = path.suffix.lower()
    return next((format for format in FORMATS if suffix in format.suffixes), FORMATS[0])


def load_source(path: Path) -> Source:
    """Parse `path`, in the format its name says, with the position of every value."""
    return parse_source(path, read_text(path))


def parse_source(path: Path, text: str) -> Source:
    """Parse `text`, read from `path` or from elsewhere (`git show REV:path`) as if from `path`."""
    return format_of(path).parse(path, text)


def read_text(path: Path) -> str:
    """The source's text, or a clear error for what cannot be a source."""
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a source file")
    if path.exists() and not path.is_file():
        raise UserError(f"{path}: not a regular file")
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)  # never more than the limit, even from /dev/zero
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise UserError(f"{path}: larger than the {MAX_BYTES:,} bytes a source may be")
    text = _decode(path, raw)
    if not text.strip():
        raise UserError(f"{path}: the file is empty")
    return text


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 text, or an error that says what the bytes are instead."""
    for bom, encoding in _BOMS.items():
        if raw.startswith(bom):
            raise UserError(f"{path}: {encoding} text (save the file as UTF-8)")
    try:
        text = raw.decode("utf-8-sig")  # a UTF-8 byte-order mark is harmless: skip it
    except UnicodeDecodeError as error:
        line, column = line_column(raw, error.start)
        message = "not UTF-8 text (save the file as UTF-8)"
        if b"\0" in raw[:1024]:
            message = "a binary file, not YAML or JSON text"
        raise UserError(problems=[Problem(str(path), line, column, message)]) from None
    return text
