"""An import as a commented YAML source: checked by the loader every render uses before a
byte is written, then written atomically."""

from __future__ import annotations

import io
from pathlib import Path, PurePosixPath
from typing import Any

from resume.errors import Problem, UserError
from resume.imports.base import Imported
from resume.imports.profiles import web_address
from resume.paths import DEFAULT_SOURCE, SCHEMA_FILE
from resume.source.loader import parse_source
from resume.source.model import IMPORTED_FROM, Resume
from resume.source.parsed import FieldPath
from resume.source.schema import schema_reference
from resume.source.validate import validate_languages
from resume.write import write_atomic

# Keys that say what an entry is come first, then its dates, then the rest as the input had them.
_FIRST = (
    "name", "title", "position", "organization", "institution", "studyType", "area", "language",
    "fluency", "network", "username", "awarder", "issuer", "publisher", "startDate", "endDate",
    "date", "releaseDate",
)  # fmt: skip
_SECTION_ORDER = tuple(Resume.model_fields[name].alias or name for name in Resume.model_fields)
_WORD_LISTS = {"keywords", "courses", "roles", "tags"}


def source_text(imported: Imported, target: Path) -> tuple[str, list[Problem]]:
    """The YAML text of `imported` as a source that will live at `target`, and the warnings
    of reading it back (the notes first); a UserError if it does not validate."""
    _photo_beside(imported)
    text = _yaml_text(imported, target)
    check_as = target if str(target) != "-" else DEFAULT_SOURCE
    try:
        valid = validate_languages(parse_source(check_as, text))
    except UserError as error:
        raise UserError(
            f"{imported.origin}: read as {imported.format}, but the source it makes does not"
            " validate (please report this, with the file if you can)",
            error.problems,
        ) from None
    return text, [*imported.notes, *valid.warnings]


def _photo_beside(imported: Imported) -> None:
    """A photo is an address (which the render leaves out, saying so) or a file beside the
    source: a path elsewhere, as another tool's file may hold, is left out with a note."""
    basics = imported.data.get("basics", {})
    image = str(basics.get("image") or "")
    if not image or web_address(image) or image.startswith("data:"):
        return
    if PurePosixPath(image).is_absolute() or ".." in PurePosixPath(image).parts or ":" in image:
        imported.note(f"the photo '{image}' is not a file beside the source: left out")
        del basics["image"]


def write_source(imported: Imported, out_path: Path) -> list[Problem]:
    """Write `imported` as a commented YAML source at `out_path`, validated first; the
    warnings to show (what could not be placed, and what the loader says)."""
    text, warnings = source_text(imported, out_path)
    write_atomic(out_path, text)
    return warnings


def _yaml_text(imported: Imported, target: Path) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.version = (1, 1)  # the loader reads YAML 1.1: `yes` and `no` must be quoted
    yaml.width = 4096  # a long line stays one line, as people write sources
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = {
        **imported.data,
        "meta": {**imported.data.get("meta", {}), IMPORTED_FROM: imported.format},
    }
    unsure = {
        ("meta", IMPORTED_FROM): "while this is here, a résumé too long for its page is"
        " shortened to fit, with a warning; remove it once you have chosen what it shows",
        **imported.unsure,
    }
    document = _commented(_ordered_sections(data), (), unsure)
    _describe_sections(document)
    out = io.StringIO()
    yaml.dump(document, out)
    body = out.getvalue().removeprefix("%YAML 1.1\n---\n")
    return _header(imported, target) + body


def _header(imported: Imported, target: Path) -> str:
    reference = schema_reference(target if str(target) != "-" else DEFAULT_SOURCE, SCHEMA_FILE)
    lines = [
        f"# yaml-language-server: $schema={reference}",
        f"# Imported from {imported.origin.name} ({imported.format}) by `resume import`.",
        "# `resume render` reads this file as it stands; `resume schema` describes every field.",
        "# Comments beside a value mark a guess: check those first.",
    ]
    if imported.notes:
        lines.append("#")
        lines.append("# Not placed (the source has no field for it):")
        lines += [f"#   {_where(note)}{_one_line(note.message)}" for note in imported.notes]
    return "\n".join(lines) + "\n\n"


def _where(note: Problem) -> str:
    return f"line {note.line}: " if note.line is not None else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _describe_sections(document: Any) -> None:
    """Each section under a comment that says what it holds, a blank line between them."""
    for index, key in enumerate(document):
        field = Resume.model_fields.get(key) or next(
            (f for f in Resume.model_fields.values() if f.alias == key), None
        )
        description = field.description if field and field.description else ""
        if description:
            blank = "\n" if index else ""
            document.yaml_set_comment_before_after_key(key, before=f"{blank}{description}")


def _ordered_sections(data: dict[str, Any]) -> dict[str, Any]:
    known = [key for key in _SECTION_ORDER if key in data]
    return {key: data[key] for key in [*known, *(k for k in data if k not in known)]}


def _commented(value: Any, path: FieldPath, unsure: dict[FieldPath, str]) -> Any:
    """ruamel's data for `value`, with a comment beside each unsure field."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(value, dict):
        first = [key for key in _FIRST if key in value]
        mapping = CommentedMap()
        for key in [*first, *(k for k in value if k not in first)]:
            mapping[key] = _commented(value[key], (*path, key), unsure)
            if (*path, key) in unsure:
                mapping.yaml_add_eol_comment(f"# {_one_line(unsure[(*path, key)])}", key)
        return mapping
    if isinstance(value, list):
        items = CommentedSeq(_commented(item, (*path, i), unsure) for i, item in enumerate(value))
        if path and path[-1] in _WORD_LISTS and all(isinstance(i, str) for i in value):
            items.fa.set_flow_style()
        for index in range(len(value)):
            if (*path, index) in unsure:
                items.yaml_add_eol_comment(f"# {_one_line(unsure[(*path, index)])}", index)
        return items
    if isinstance(value, str) and "\n" in value.strip():
        return LiteralScalarString(value)
    return value
