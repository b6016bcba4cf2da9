"""Turn parsed source data into the typed model, reporting every problem at once."""

from __future__ import annotations

import copy
import difflib
import re
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from resume.errors import Problem, UserError
from resume.loader import FieldPath, Source
from resume.model import Resume
from resume.photo import photo_problems

_DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}
_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")
_ONGOING = {"now", "current", "ongoing", "today"}
# Old JSON Resume names that real files still use, and their 1.0 names.
_RENAMED = {
    ("basics", "website"): "url",
    ("basics", "picture"): "image",
    ("work", "company"): "name",
    ("work", "website"): "url",
    ("volunteer", "website"): "url",
    ("publications", "website"): "url",
    ("projects", "website"): "url",
}


# Sections whose entries are mappings, and the key a bare string in them stands for.
_TEXT_ENTRY_KEY = {
    "interests": "name",
    "skills": "name",
    "languages": "language",
    "references": "reference",
    "awards": "title",
    "certificates": "name",
    "publications": "name",
    "projects": "name",
    "articles": "title",
    "reading": "title",
}
_LISTS_OF_TEXT = {"keywords", "tags", "courses", "roles", "highlights"}


def validate(source: Source, *, strict: bool = False) -> tuple[Resume, list[Problem]]:
    """The model of `source` and its warnings; a UserError listing every problem otherwise."""
    data = copy.deepcopy(source.data)
    if not isinstance(data, dict):
        raise UserError(
            problems=[source.problem((), "the source must be a mapping with a `basics` section")]
        )
    problems = _normalize(source, data, ())
    resume = None
    try:
        resume = Resume.model_validate(data)
    except ValidationError as error:
        unknown = [e for e in error.errors() if e["type"] == "extra_forbidden"]
        problems += [_unknown_key(source, tuple(e["loc"])) for e in unknown]
        problems += [_problem(source, e) for e in error.errors() if e not in unknown]
        if len(unknown) == error.error_count():
            for e in unknown:
                _delete(data, tuple(e["loc"]))
            resume = Resume.model_validate(data)  # only ignored keys were wrong
    if resume is not None:
        problems += photo_problems(source, resume.basics.image)
    if strict:
        problems = [Problem(p.file, p.line, p.column, p.message, p.field) for p in problems]
    problems.sort(key=_order)
    if resume is None or any(not p.warning for p in problems):
        raise UserError(problems=problems)
    return resume, problems


def _order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


_EXPECTED = {
    "string_type": "should be text",
    "list_type": "should be a list",
    "model_type": "should be a mapping of keys to values",
    "model_attributes_type": "should be a mapping of keys to values",
    "dict_type": "should be a mapping of keys to values",
    "bool_type": "should be true or false",
}


def _problem(source: Source, error: Any) -> Problem:
    path = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        return source.problem(path[:-1], f"`{path[-1]}` is required", key=True)
    if kind == "value_error":
        message = error["msg"].removeprefix("Value error, ")
    elif kind in _EXPECTED:
        message = f"{_EXPECTED[kind]}, not {_describe(error['input'])}"
    else:
        message = error["msg"].replace("Input should be", "should be")
    return source.problem(path, message)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}{'…' * (len(value) > 40)}'"
    return "a mapping" if isinstance(value, dict) else "a list"


def _unknown_key(source: Source, path: FieldPath) -> Problem:
    known = _known_keys(path[:-1])
    guess = difflib.get_close_matches(str(path[-1]), known, n=1, cutoff=0.75)
    if guess:
        # A misspelt key would silently lose what it holds: that is an error.
        return source.problem(path, f"unknown key; did you mean `{guess[0]}`?", key=True)
    return source.problem(path, "unknown key, ignored", key=True, warning=True)


def _known_keys(path: FieldPath) -> list[str]:
    """The keys the model accepts at `path` (a list index passes through to the item type)."""
    model: Any = Resume
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        fields = {f.alias or name: f for name, f in model.model_fields.items()}
        if part not in fields:
            return []
        model = _model_in(fields[part].annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [f.alias or name for name, f in model.model_fields.items()]
    return []


def _model_in(annotation: Any) -> Any:
    """The pydantic model inside `list[X] | None` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        if (found := _model_in(arg)) is not None:
            return found
    return None


def _delete(data: Any, path: FieldPath) -> None:
    for part in path[:-1]:
        data = data[part]
    del data[path[-1]]


def _normalize(source: Source, data: Any, path: FieldPath) -> list[Problem]:
    """Accept what real files contain (old key names, loose dates), each with a warning."""
    problems: list[Problem] = []
    if isinstance(data, list):
        for index, item in enumerate(data):
            problems += _normalize(source, item, (*path, index))
    if not isinstance(data, dict):
        return problems
    section = tuple(part for part in path if isinstance(part, str))
    for key in list(data):
        problems += _text_where_list_or_mapping(source, data, key, path)
        new = _RENAMED.get((*section, key))
        if new and new not in data:
            data[new] = data.pop(key)
            problems.append(
                source.problem((*path, key), f"old name, read as `{new}`", key=True, warning=True)
            )
            key = new
        if key in _DATE_KEYS:
            problems += _normalize_date(source, data, key, path)
        else:
            problems += _normalize(source, data[key], (*path, key))
    return problems


def _text_where_list_or_mapping(
    source: Source, data: dict[str, Any], key: str, path: FieldPath
) -> list[Problem]:
    """`keywords: Go` is `[Go]`; `interests: [chess]` is `[{name: chess}]`: each with a warning."""
    value = data[key]
    if key in _LISTS_OF_TEXT and isinstance(value, str):
        data[key] = [value]
        return [source.problem((*path, key), "a single text, read as a list of one", warning=True)]
    entry_key = _TEXT_ENTRY_KEY.get(key) if not path else None
    if not entry_key or not isinstance(value, list):
        return []
    problems = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            value[index] = {entry_key: item}
            where = (*path, key, index)
            problems.append(
                source.problem(where, f"a text, read as `{entry_key}: {item}`", warning=True)
            )
    return problems


def _normalize_date(
    source: Source, data: dict[str, Any], key: str, path: FieldPath
) -> list[Problem]:
    value = data[key]
    where = (*path, key)
    if value is None or (isinstance(value, str) and not value.strip()):
        del data[key]
        return [source.problem(where, "empty date, left out", warning=True)]
    if not isinstance(value, str):
        return []
    text = value.strip()
    if text.lower() in _ONGOING:
        data[key] = "present"
        return [source.problem(where, f"'{value}' read as present", warning=True)]
    if (match := _MONTH_YEAR.match(text)) and 1 <= int(match.group(1)) <= 12:
        data[key] = f"{match.group(2)}-{int(match.group(1)):02d}"
        return [
            source.problem(where, f"'{value}' read as {data[key]} (write YYYY-MM)", warning=True)
        ]
    return []
