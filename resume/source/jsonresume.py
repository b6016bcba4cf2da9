"""JSON Resume in and out.

Out: our model as a JSON Resume 1.0 document, the standard fields as the schema wants them and
our extensions beside them (the schema allows additional properties everywhere).
In: a JSON Resume document (read leniently by `validate`) as a commented YAML source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from resume.errors import Problem, UserError
from resume.paths import DEFAULT_SOURCE, SCHEMA_FILE
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.model_base import split_date
from resume.source.roles import flatten_roles
from resume.source.schema import schema_reference
from resume.source.tags import WITH_HIGHLIGHTS
from resume.source.translations import languages_asked
from resume.source.validate import HIGHLIGHT_TAGS, validate, validate_languages

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
_DATE_KEYS = ("startDate", "endDate", "date", "releaseDate")

SOURCE_ATTACHMENT = "resume.json"  # the source, as JSON Resume, inside every PDF


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """A JSON Resume document: highlights become strings (the schema's type), their tags go
    beside them in `highlightTags` (which reading folds back), a date's note is dropped (the
    schema's dates are bare) and `present` dates are left out (JSON Resume's way of saying
    ongoing)."""
    data = _plain(resume)
    data.pop("$schema", None)  # ours, if the source names one: the export is JSON Resume 1.0
    data = {"$schema": SCHEMA_URL, **data}
    if "work" in data:
        data["work"] = flatten_roles(data["work"])  # one entry per role, marked to fold back
    for section in WITH_HIGHLIGHTS:
        for entry in data.get(section, []):
            if not (highlights := entry.get("highlights")):
                continue
            entry["highlights"] = [h["text"] for h in highlights]
            if any(h.get("tags") for h in highlights):
                entry[HIGHLIGHT_TAGS] = [h.get("tags", []) for h in highlights]
    for entries in data.values():
        if isinstance(entries, list):
            for entry in entries:
                if isinstance(entry, dict):
                    _bare_dates(entry)
    return data


def _bare_dates(entry: dict[str, Any]) -> None:
    """The schema's dates: without a note, and no `present` (left out means ongoing)."""
    for key in _DATE_KEYS:
        if key in entry:
            entry[key] = split_date(entry[key])[0]
            if entry[key] == "present":
                del entry[key]


def json_resume_text(resume: Resume) -> str:
    return json.dumps(to_json_resume(resume), indent=2, ensure_ascii=False) + "\n"


def _plain(resume: Resume) -> dict[str, Any]:
    return resume.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)


# Keys that say what an entry is come first, then its dates, then the rest in the model's order.
_FIRST = (
    "name",
    "position",
    "title",
    "organization",
    "institution",
    "studyType",
    "area",
    "language",
    "fluency",
    "network",
    "username",
    "awarder",
    "issuer",
    "publisher",
    "author",
    "startDate",
    "endDate",
    "date",
    "releaseDate",
)


def source_data(resume: Resume) -> dict[str, Any]:
    """`resume` as the plain data of a YAML source: what is set, highlights without tags as
    plain strings, no `$schema` (a YAML source's first line names ours)."""
    data = _plain(resume)
    data.pop("$schema", None)
    for section in WITH_HIGHLIGHTS:
        for entry in data.get(section, []):
            for part in [entry, *(entry.get("roles", []) if section == "work" else [])]:
                if "highlights" in part:
                    part["highlights"] = [
                        h if h.get("tags") else h["text"] for h in part["highlights"]
                    ]
    return data


def to_yaml_source(resume: Resume, schema_reference: str, origin: str) -> str:
    """`resume` as a YAML source: the editor's schema line, then each section under a comment
    that says what it holds. Highlights without tags are written as plain strings."""
    data = source_data(resume)
    parts = [
        f"# yaml-language-server: $schema={schema_reference}\n"
        f"# Imported from {origin}. `resume render` reads this file as it stands;\n"
        "# `resume schema` describes every field, including the extensions JSON Resume lacks\n"
        "# (headline, details, tags, variants, render).\n"
    ]
    for key, value in data.items():
        field = Resume.model_fields.get(key.removeprefix("$"))
        comment = field.description if field and field.description else ""
        text = yaml.dump({key: _ordered(value)}, Dumper=_SourceDumper, **_YAML_STYLE)
        parts.append(f"# {comment}\n{text}" if comment else text)
    return "\n".join(parts)


_YAML_STYLE: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 100}


_WORD_LISTS = {"keywords", "tags", "courses", "roles", "include", "exclude", "resume", "portfolio"}


class _Words(list[str]):
    """A list of short words, written inline: `keywords: [Go, Redis]`."""


def _ordered(value: Any, key: str = "") -> Any:
    if isinstance(value, list):
        if key in _WORD_LISTS and all(isinstance(item, str) for item in value):
            return _Words(value)
        return [_ordered(item) for item in value]
    if not isinstance(value, dict):
        return value
    first = [k for k in _FIRST if k in value]
    rest = [k for k in value if k not in first]
    return {k: _ordered(value[k], k) for k in first + rest}


class _SourceDumper(yaml.SafeDumper):
    """YAML as a person writes it: paragraphs as blocks, lists of words inline, lists indented
    under their key, dates unquoted (our loader reads them as text)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_SourceDumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # A folded block would not keep a leading space: such a text is quoted instead.
    long_line = len(text) > 160 and " " in text and not text[:1].isspace()
    style = "|" if "\n" in text.strip() else ">" if long_line else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _words(dumper: yaml.SafeDumper, items: _Words) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=True)


_SourceDumper.add_representer(str, _text)
_SourceDumper.add_representer(_Words, _words)


def export_by_language(
    source: Path, asked: str | None = None
) -> tuple[dict[str, str], list[Problem]]:
    """The JSON Resume text of a source file in each language `asked` (--lang: codes, or all),
    by language (one, named "", for a source that lists no render.languages), and the
    warnings reading it gave. Each document is in one language, and says so in `render.locale`."""
    valid = validate_languages(load_source(source))
    if not valid.languages:
        if asked and asked != "all":
            raise UserError(f"--lang {asked}: the source lists no render.languages")
        return {"": json_resume_text(valid.resume)}, valid.warnings
    texts = {
        language: json_resume_text(valid.translations[language])
        for language in languages_asked(valid.languages, asked)
    }
    return texts, valid.warnings


def import_json_resume(source: Path, target: Path) -> tuple[str, list[Problem]]:
    """The YAML source equivalent to a JSON Resume file that will live at `target`."""
    resume, warnings = validate(load_source(source))
    reference = schema_reference(target if str(target) != "-" else DEFAULT_SOURCE, SCHEMA_FILE)
    return to_yaml_source(resume, reference, origin=source.name), warnings
