"""Our own format, read strictly: YAML with the position of every key and value.

A source may come from anyone: every limit below turns a hostile or broken file into a
clear error within a second, never a hang, a traceback or gigabytes of memory. A JSON
Resume file is composed here too, for its positions (json_resume_format.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from resume.errors import Problem, UserError
from resume.source.parsed import STRICT, FieldPath, Source, SourceFormat, dotted_path, line_column

_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # libyaml, if there
_Parser: Any = _CParser or yaml.parser.Parser

MAX_NODES = 50_000  # values, with YAML aliases expanded
MAX_DEPTH = 40  # a real source nests 6 deep
MAX_ENTRIES = 1_000  # entries in one list or mapping
MAX_TEXT = 50_000  # characters in one value
MAX_DIGITS = 100  # digits in one number

_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Limited(yaml.composer.Composer):
    """Composing that stops as soon as a document nests too deep or holds too many values."""

    path: Path
    depth = 0
    composed = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self.depth += 1
        self.composed += 1
        if self.depth > MAX_DEPTH:
            raise _too_deep(self.path, self.peek_event().start_mark)  # type: ignore[attr-defined]
        if self.composed > MAX_NODES:
            raise UserError(f"{self.path}: more than {MAX_NODES:,} values")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _SourceLoader(_Limited, yaml.SafeLoader):
    """Safe YAML that leaves dates as the strings the user wrote, within the limits."""


class _FastSourceLoader(_Limited, _Parser, SafeConstructor, Resolver):
    """The same, parsed by libyaml (4x faster); what it cannot read, _SourceLoader reports."""

    def __init__(self, text: str) -> None:
        _CParser.__init__(self, text)
        _ = [base.__init__(self) for base in (yaml.composer.Composer, SafeConstructor, Resolver)]


_FastSourceLoader.yaml_implicit_resolvers = _SourceLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# Only what JSON has: no bytes, sets or ordered pairs, which no field can hold.
_FastSourceLoader.yaml_constructors = _SourceLoader.yaml_constructors = {
    tag: constructor
    for tag, constructor in yaml.SafeLoader.yaml_constructors.items()
    if tag is None or tag.rsplit(":", 1)[-1] not in {"binary", "set", "omap", "pairs", "timestamp"}
}


def compose(path: Path, text: str, format: SourceFormat) -> Source:
    """`text` as YAML, its source read as `format` (whose file it is)."""
    if _CParser and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return _compose_with(_FastSourceLoader, path, text, format)
        except UserError:
            pass  # read again by PyYAML's parser, which words the report
    return _compose_with(_SourceLoader, path, text, format)


def _compose_with(
    kind: type[_SourceLoader | _FastSourceLoader], path: Path, text: str, format: SourceFormat
) -> Source:
    source = Source(path, None, format)
    loader: _SourceLoader | _FastSourceLoader | None = None
    try:
        loader = kind(text)
        loader.path = path
        node = loader.get_single_node()
        if node is not None:
            _record(source, node, (), [0])
            source.data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as error:
        raise _unknown_tag(path, error) from None
    except yaml.MarkedYAMLError as error:
        # An unclosed quote or bracket is found at the end of the file; point at where it opened.
        at_end = "end of stream" in (error.problem or "")
        mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
        message = " ".join(part for part in (error.context, error.problem) if part)
        if "'\\t'" in message:
            message = "a tab where YAML needs spaces (indent with spaces)"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise UserError(problems=[Problem(str(path), line, column, message)]) from None
    except yaml.reader.ReaderError as error:
        line, column = line_column(text, error.position)
        message = f"the control character U+{error.character:04X} cannot be in a source"
        raise UserError(problems=[Problem(str(path), line, column, message)]) from None
    except yaml.YAMLError as error:
        raise UserError(f"{path}: {error}") from None
    except RecursionError:  # a merge key (`<<`) that includes itself
        raise UserError(f"{path}: nested deeper than {MAX_DEPTH} levels") from None
    finally:
        if loader is not None:
            loader.dispose()
    if source.data is None:
        raise UserError(f"{path}: the file holds no data")
    return source


def _unknown_tag(path: Path, error: yaml.constructor.ConstructorError) -> UserError:
    mark = error.problem_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    found = re.search(r"tag '([^']*)'", error.problem or "")
    if not found:
        message = " ".join(part for part in (error.context, error.problem) if part)
    else:
        tag = found[1].replace("tag:yaml.org,2002:", "!!")
        message = f"the tag {tag} is not allowed: a source holds text, numbers, true/false, lists and mappings"
    return UserError(problems=[Problem(str(path), line, column, message)])


def _too_deep(path: Path, mark: yaml.Mark) -> UserError:
    problem = Problem(
        str(path), mark.line + 1, mark.column + 1, f"nested deeper than {MAX_DEPTH} levels"
    )
    return UserError(problems=[problem])


def _record(
    source: Source, node: yaml.Node, path: FieldPath, count: list[int], inside: tuple[int, ...] = ()
) -> None:
    """Note where each value starts; refuse documents that expand beyond reason.

    `inside` holds the nodes that contain this one: an alias can make a value contain itself."""
    count[0] += 1
    at = (node.start_mark.line + 1, node.start_mark.column + 1)
    if count[0] > MAX_NODES:
        raise UserError(
            f"{source.path}: more than {MAX_NODES:,} values (are YAML aliases expanding?)"
        )
    if id(node) in inside:
        raise _error(source, path, "contains itself through an alias (an endless loop)")
    if len(inside) >= MAX_DEPTH:
        raise _too_deep(source.path, node.start_mark)
    inside = (*inside, id(node))
    source.values[path] = at
    if isinstance(node, yaml.ScalarNode):
        _check_scalar(source, node, path)
    elif len(node.value) > MAX_ENTRIES:
        kind = "entries" if isinstance(node, yaml.SequenceNode) else "keys"
        raise _error(
            source,
            path,
            f"{len(node.value):,} {kind}; the most one place may hold is {MAX_ENTRIES:,}",
        )
    if isinstance(node, yaml.MappingNode):
        _record_mapping(source, node, path, count, inside)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(source, item, (*path, index), count, inside)


def _record_mapping(
    source: Source,
    node: yaml.MappingNode,
    path: FieldPath,
    count: list[int],
    inside: tuple[int, ...],
) -> None:
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE:  # `<<: *defaults` adds keys here, at this depth
            _record(source, value_node, path, count, inside)
            continue
        if key_node.tag != _STR or not isinstance(key_node, yaml.ScalarNode):
            raise _bad_key(source, key_node, path)
        child = (*path, key_node.value)
        source.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        _check_scalar(source, key_node, child)
        if key_node.value in seen:
            _written_twice(source, child, seen[key_node.value])
        seen[key_node.value] = key_node.start_mark.line + 1
        _record(source, value_node, child, count, inside)


def _written_twice(source: Source, path: FieldPath, first_line: int) -> None:
    """YAML and JSON readers would silently keep the last: YAML, our format, says so as an
    error; in JSON Resume files it happens, and the last one is used, with a warning."""
    message = f"written twice (first on line {first_line})"
    if not source.format.forgives.duplicate_keys:
        raise _error(source, path, message, key=True)
    warning = source.problem(path, f"{message}; the last one is used", key=True)
    source.warnings.append(replace(warning, warning=True))


def _bad_key(source: Source, key: yaml.Node, path: FieldPath) -> UserError:
    shown = f"`{key.value}`" if isinstance(key, yaml.ScalarNode) else "a list or mapping"
    message = f"a key must be text, not {shown} (put it in quotes)"
    line, column = key.start_mark.line + 1, key.start_mark.column + 1
    return UserError(problems=[Problem(str(source.path), line, column, message, dotted_path(path))])


def _check_scalar(source: Source, node: yaml.ScalarNode, path: FieldPath) -> None:
    value, halves = node.value, source.format.escapes_halves
    if halves:  # json.loads joins the halves \\ud83d\\ude00 into one character; YAML does not
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
    if half := _SURROGATE.search(value):
        fix = "both of its halves" if halves else "\\U and its eight hex digits"
        message = (
            f"the escape \\u{ord(half[0]):04x} is half of a character"
            f" (write the character itself, or {fix})"
        )
        raise _error(source, path, message)
    if len(node.value) > MAX_TEXT:
        raise _error(source, path, f"{len(node.value):,} characters; a value may have {MAX_TEXT:,}")
    if node.tag in _NUMBERS and len(node.value) > MAX_DIGITS:
        raise _error(
            source,
            path,
            f"a number of {len(node.value):,} digits; numbers may have {MAX_DIGITS} (put it in quotes for text)",
        )


def _error(source: Source, path: FieldPath, message: str, *, key: bool = False) -> UserError:
    return UserError(problems=[source.problem(path, message, key=key)])


YAML = SourceFormat("YAML", (".yaml", ".yml"), STRICT, compose)
