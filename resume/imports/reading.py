"""Reading a stranger's file safely: its first bytes, and its data with the line of each value.

Every importer recognises its format from the content, so the same file is looked at by
several; what is parsed is kept for the next one (by path, size and time of change).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from resume.errors import UserError
from resume.source.loader import parse_source
from resume.source.parsed import FieldPath

MAX_INPUT_BYTES = 5_000_000  # a Europass XML with its photo is 400 kB
MAX_VALUES = 100_000  # values in a JSON or YAML input, aliases expanded


def head(path: Path, size: int = 4096) -> bytes:
    """The first bytes of a file; nothing for a folder or what cannot be read."""
    if not path.is_file():
        return b""
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""


def read_bytes(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The whole file, refused past `limit` bytes (it is read no further)."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror})") from None
    if len(data) > limit:
        raise UserError(f"{path}: larger than the {limit:,} bytes an import may be")
    return data


@dataclass
class Tree:
    """A JSON or YAML document: its data as plain Python, and the line each value is on."""

    path: Path
    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line(self, path: FieldPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if (found := self.lines.get(path[:end])) is not None:
                return found
        return None


def pdf_attachments(path: Path) -> dict[str, bytes]:
    """The files attached to a PDF (a Europass PDF carries its XML so, a PDF of ours its
    source), by name; none for a PDF too large for a résumé, or one pypdf cannot read (the
    layout reader may still try it)."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not path.is_file() or path.stat().st_size > MAX_INPUT_BYTES:
        return {}
    try:
        attachments = PdfReader(io.BytesIO(read_bytes(path))).attachments
        return {name: attachments[name][0] for name in attachments if attachments[name]}
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}


def tree_of(path: Path) -> Tree | None:
    """The document in `path` if it is JSON or YAML text holding a mapping, else None."""
    if not path.is_file():
        return None
    stat = path.stat()
    return _tree(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _tree(path: Path, size: int, changed: int) -> Tree | None:
    if size > MAX_INPUT_BYTES:
        return None
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except (UnicodeDecodeError, UserError):
        return None
    if not text.strip() or "\0" in text:
        return None
    tree = _json_tree(path, text) if text.lstrip()[:1] in "{[" else _yaml_tree(path, text)
    return tree if tree is not None and isinstance(tree.data, dict) else None


def _json_tree(path: Path, text: str) -> Tree | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    try:  # our loader finds where each value is (a name ending in .json reads JSON)
        source = parse_source(path.with_name(path.name + ".json"), text)
        lines = {where: at[0] for where, at in source.values.items()}
    except UserError:
        lines = {}
    return Tree(path, data, lines)


def _yaml_tree(path: Path, text: str) -> Tree | None:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = True  # RenderCV files have them; the last one counts, as there
    try:
        document = yaml.load(text)
    except (YAMLError, ValueError, RecursionError):
        return None
    tree = Tree(path, None)
    try:
        tree.data = _plain(document, (), tree.lines, [0])
    except RecursionError:
        return None
    except _TooMany:
        raise UserError(
            f"{path}: refused, more than {MAX_VALUES:,} values once its YAML aliases are"
            " expanded (a billion laughs?)"
        ) from None
    return tree


class _TooMany(Exception):
    """More values than an input may have."""


def _plain(node: Any, where: FieldPath, lines: dict[FieldPath, int], count: list[int]) -> Any:
    """ruamel's round-trip data as plain Python, noting each value's line (1-based)."""
    count[0] += 1
    if count[0] > MAX_VALUES:
        raise _TooMany
    if isinstance(node, dict):
        plain = {}
        for key, value in node.items():
            child = (*where, str(key))
            if hasattr(node, "lc"):
                lines[child] = node.lc.key(key)[0] + 1
            plain[str(key)] = _plain(value, child, lines, count)
        return plain
    if isinstance(node, list):
        items = []
        for index, value in enumerate(node):
            if hasattr(node, "lc"):
                lines[(*where, index)] = node.lc.item(index)[0] + 1
            items.append(_plain(value, (*where, index), lines, count))
        return items
    return _scalar(node)


def _scalar(node: Any) -> Any:
    """Dates and numbers as the text they were written as; true, false and null kept."""
    if isinstance(node, datetime | date):
        return node.isoformat()[:10]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, float):
        return f"{node:g}"
    return str(node)
