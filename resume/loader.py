"""Read a YAML or JSON source into plain data, remembering where every value came from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from resume.errors import Problem, UserError

FieldPath = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

MAX_BYTES = 2_000_000
MAX_NODES = 50_000
MAX_DEPTH = 40


class _SourceLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as the strings the user wrote."""


_SourceLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FastSourceLoader(getattr(yaml, "CSafeLoader", _SourceLoader)):  # type: ignore[misc]
    """The same, parsed by libyaml: 7x faster, with the same positions and data."""

    yaml_implicit_resolvers = _SourceLoader.yaml_implicit_resolvers


@dataclass
class Source:
    """A parsed source: its data and the position of each key and value in the file."""

    path: Path
    data: Any
    values: dict[FieldPath, Position] = field(default_factory=dict)
    keys: dict[FieldPath, Position] = field(default_factory=dict)

    def position(self, path: FieldPath, *, key: bool = False) -> Position | None:
        """Where `path` is written; the nearest written ancestor for a missing field."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            found = (self.keys if key else self.values).get(prefix) or self.values.get(prefix)
            if found:
                return found
        return None

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


def read_text(path: Path) -> str:
    """The source's text, or a clear error for what cannot be a source."""
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a source file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise UserError(
            f"{path}: {len(raw):,} bytes is larger than the {MAX_BYTES:,} a source may be"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise UserError(
            problems=[Problem(str(path), line, column, "not UTF-8 text (save the file as UTF-8)")]
        ) from None
    if not text.strip():
        raise UserError(f"{path}: the file is empty")
    return text


def load_source(path: Path) -> Source:
    """Parse `path` (YAML, or JSON when it ends in .json) with the position of every value."""
    text = read_text(path)
    if path.suffix.lower() == ".json":
        data = _parse_json(path, text)
        # JSON is YAML, and a raw tab cannot occur inside a JSON string: replacing tabs
        # keeps every column where it was and lets the YAML composer find positions.
        source = _compose(path, text.replace("\t", " "))
        source.data = data
        return source
    return _compose(path, text)


def _parse_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(
            problems=[Problem(str(path), error.lineno, error.colno, error.msg)]
        ) from None


def _compose(path: Path, text: str) -> Source:
    """libyaml for a clean file; PyYAML's reader for anything it would refuse, and for the
    messages, which the error cases pin down word for word."""
    if not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return _compose_with(_FastSourceLoader, path, text)
        except (yaml.YAMLError, UserError):
            pass
    return _compose_with(_SourceLoader, path, text)


def _compose_with(loader_class: type[yaml.SafeLoader], path: Path, text: str) -> Source:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        source = Source(path, None)
        if node is not None:
            _record(source, node, (), [0])
            source.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        # An unclosed quote or bracket is found at the end of the file; point at where it opened.
        at_end = "end of stream" in (error.problem or "")
        mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
        message = " ".join(part for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise UserError(problems=[Problem(str(path), line, column, message)]) from None
    except yaml.YAMLError as error:
        raise UserError(f"{path}: {error}") from None
    finally:
        loader.dispose()
    if source.data is None:
        raise UserError(f"{path}: the file holds no data")
    return source


def _record(source: Source, node: yaml.Node, path: FieldPath, count: list[int]) -> None:
    """Note where each value starts; refuse documents that expand beyond reason."""
    count[0] += 1
    if count[0] > MAX_NODES:
        raise UserError(
            f"{source.path}: more than {MAX_NODES:,} values (are YAML aliases expanding?)"
        )
    if len(path) > MAX_DEPTH:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        raise UserError(
            problems=[
                Problem(str(source.path), line, column, f"nested deeper than {MAX_DEPTH} levels")
            ]
        )
    source.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, str(key_node.value))
            source.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _record(source, value_node, child, count)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(source, item, (*path, index), count)
