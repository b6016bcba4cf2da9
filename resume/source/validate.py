"""Turn parsed source data into the typed model, reporting every problem at once."""

from __future__ import annotations

import copy
import difflib
import typing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from resume.errors import Problem, UserError, settle
from resume.source.characters import leave_out_unreadable
from resume.source.dates import normalize_date
from resume.source.design import accent_warning
from resume.source.lenient import RENAMED, read_leniently
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.parsed import FieldPath, Source, dotted_path
from resume.source.photo import Photo, read_photo
from resume.source.roles import fold_roles, role_problems
from resume.source.tags import WITH_HIGHLIGHTS, all_tags
from resume.source.translations import (
    Choice,
    in_language,
    languages_of,
    listed_languages,
    missing_warning,
    resolve,
)

_DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}


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


@dataclass(frozen=True)
class Valid:
    """A source that validated: its model, its warnings and its photo (read once, here).

    A source in several languages (`render.languages`) has a model per language in
    `translations`, the first one's also in `resume` (see translations.py)."""

    resume: Resume
    warnings: list[Problem]
    photo: Photo | None = None
    languages: tuple[str, ...] = ()  # render.languages; empty when the source does not list them
    translations: dict[str, Resume] = field(default_factory=dict)


def read_source(path: Path, *, strict: bool = False) -> Valid:
    return validate_languages(load_source(path), strict=strict)


def validate(source: Source, *, strict: bool = False) -> tuple[Resume, list[Problem]]:
    """The model of `source` and its warnings; a UserError listing every problem otherwise."""
    valid = validate_languages(source, strict=strict)
    return valid.resume, valid.warnings


def validate_languages(source: Source, *, strict: bool = False) -> Valid:
    """The model of `source` in each of its languages, every problem found in any of them."""
    if not isinstance(source.data, dict):
        raise UserError(
            problems=[source.problem((), "the source must be a mapping with a `basics` section")]
        )
    source.warnings += leave_out_unreadable(source)
    languages = languages_of(source.data)
    first = languages[0]
    checked = {language: _check_language(source, Choice(language, first)) for language in languages}
    problems = list(dict.fromkeys(p for valid in checked.values() for p in valid.problems))
    missing = {language: valid.missing for language, valid in checked.items() if valid.missing}
    if missing:
        problems.append(missing_warning(source, first, missing))
    problems.sort(key=_order)
    resumes = {lang: valid.resume for lang, valid in checked.items() if valid.resume is not None}
    if len(resumes) < len(checked):
        raise UserError(problems=problems)
    warnings = settle(problems, strict=strict)
    photo = checked[first].photo
    if not listed_languages(source.data):
        return Valid(resumes[first], warnings, photo)
    translations = {language: in_language(resume, language) for language, resume in resumes.items()}
    return Valid(translations[first], warnings, photo, languages, translations)


@dataclass
class _Checked:
    """One language of a source, checked."""

    resume: Resume | None
    problems: list[Problem]
    photo: Photo | None
    missing: list[FieldPath]


def _check_language(source: Source, choice: Choice) -> _Checked:
    data = copy.deepcopy(source.data)
    problems = list(source.warnings)
    resolved = resolve(source, data, choice)
    problems += resolved.problems
    reshapes = source.format.forgives.reshapes
    if reshapes:
        problems += read_leniently(source, data, choice)
    problems += _normalize(source, data, ())
    if reshapes:
        problems += fold_roles(source, data)
    problems += role_problems(source, data)
    if reshapes:
        resume = _lenient_model(source, data, problems)
    else:
        resume = _strict_model(source, data, problems)
    photo = None
    if resume is not None:
        problems += _unused_variant_tags(source, resume)
        if warning := accent_warning(resume.render.design):
            problems.append(source.problem(("render", "design", "accent"), warning, warning=True))
        resume, photo, photo_problems = _photo(source, resume)
        problems += photo_problems
    return _Checked(resume, problems, photo, resolved.missing)


def _photo(source: Source, resume: Resume) -> tuple[Resume, Photo | None, list[Problem]]:
    """The photo, read once, and its problems. A JSON Resume file is often written for a web
    site, and names a photo there (`../img/me.jpg`): such a photo is left out, not kept for an
    import either."""
    photo, problems = read_photo(source, resume.basics.image)
    if not source.format.forgives.unreadable_photo or all(p.warning for p in problems):
        return resume, photo, problems
    basics = resume.basics.model_copy(update={"image": None})
    left_out = [replace(p, message=f"photo left out: {p.message}", warning=True) for p in problems]
    return resume.model_copy(update={"basics": basics}), None, left_out


def _strict_model(source: Source, data: Any, problems: list[Problem]) -> Resume | None:
    """The model of a YAML source; its problems are added to `problems`."""
    nulls = {p.field for p in problems if not p.warning}
    try:
        return Resume.model_validate(data)
    except ValidationError as error:
        unknown = [e for e in error.errors() if e["type"] == "extra_forbidden"]
        problems += [_unknown_key(source, tuple(e["loc"])) for e in unknown]
        problems += [
            _problem(source, e)
            for e in error.errors()
            if e not in unknown and dotted_path(tuple(e["loc"])) not in nulls
        ]
        if len(unknown) == error.error_count():
            for e in unknown:
                _delete(data, tuple(e["loc"]))
            return Resume.model_validate(data)  # only ignored keys were wrong
    return None


def _lenient_model(source: Source, data: Any, problems: list[Problem]) -> Resume | None:
    """The model of a JSON source: what the lenient reading could not bend is left out, with
    a warning that says why (a link that runs a script, a page size we do not have)."""
    for _ in range(10):  # each round removes what failed; a few rounds reach the bottom
        try:
            return Resume.model_validate(data)
        except ValidationError as error:
            for e in reversed(error.errors()):  # later list items first: indices stay right
                problem = _problem(source, e)
                problems.append(
                    replace(problem, message=f"{problem.message}; left out", warning=True)
                )
                where = tuple(e["loc"])
                _delete(
                    data, where[:-1] if e["type"] == "missing" or where[-1] == "[key]" else where
                )
    return None


def _unused_variant_tags(source: Source, resume: Resume) -> list[Problem]:
    """A variant that names a tag nothing carries is most likely a typo."""
    used = all_tags(resume)
    problems = []
    for name, variant in resume.variants.items():
        for key in ("include", "exclude"):
            for index, tag in enumerate(getattr(variant, key)):
                if tag in used:
                    continue
                guess = difflib.get_close_matches(tag, sorted(used), n=1)
                hint = f"; did you mean `{guess[0]}`?" if guess else ""
                where = ("variants", name, key, index)
                message = f"no entry or highlight has the tag `{tag}`{hint}"
                problems.append(source.problem(where, message, warning=True))
    return problems


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
    if path[-1] == "[key]":  # a mapping's key is wrong, e.g. a variant's name
        path = path[:-1]
        if kind == "string_pattern_mismatch":
            return source.problem(path, "a name may hold only a-z, 0-9, - and _", key=True)
        return source.problem(path, error["msg"].removeprefix("Value error, "), key=True)
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
    """Remove the value at `path`, if it is still there."""
    try:
        for part in path[:-1]:
            data = data[part]
        del data[path[-1]]
    except (KeyError, IndexError, TypeError):
        pass


def _normalize(source: Source, data: Any, path: FieldPath) -> list[Problem]:
    """Accept what real files contain (old key names, loose dates), each with a warning."""
    problems: list[Problem] = []
    if isinstance(data, list):
        problems += _normalize_list(source, data, path)
    if not isinstance(data, dict):
        return problems
    section = tuple(part for part in path if isinstance(part, str))
    if HIGHLIGHT_TAGS in data and len(path) == 2 and path[0] in WITH_HIGHLIGHTS:
        problems += _fold_highlight_tags(source, data, path)
    for key in list(data):
        problems += _text_where_list_or_mapping(source, data, key, path)
        new = RENAMED.get((*section, key))
        if new and new not in data:
            data[new] = data.pop(key)
            problems.append(
                source.problem((*path, key), f"old name, read as `{new}`", key=True, warning=True)
            )
            key = new
        if key in _DATE_KEYS:
            problems += normalize_date(source, data, key, path)
        elif data[key] is None and source.format.forgives.empty_values:
            del data[key]  # only where the lenient reading does not go: `meta`, extensions
            problems.append(source.problem((*path, key), "is empty (null), left out", warning=True))
        elif data[key] is None:
            # JSON Resume's schema refuses null, and a YAML key left empty is usually a slip.
            message = f"is empty (null): write a value or leave `{key}` out"
            problems.append(source.problem((*path, key), message))
        else:
            problems += _normalize(source, data[key], (*path, key))
    return problems


_NULL_ITEM = "is empty (null): write a value or remove the item"


def _normalize_list(source: Source, data: list[Any], path: FieldPath) -> list[Problem]:
    problems: list[Problem] = []
    for index, item in enumerate(data):
        if item is None and source.format.forgives.empty_values:
            message = "is empty (null), left out"
            problems.append(source.problem((*path, index), message, warning=True))
        elif item is None:
            problems.append(source.problem((*path, index), _NULL_ITEM))
        problems += _normalize(source, item, (*path, index))
    if (
        source.format.forgives.empty_values
    ):  # only where the lenient reading does not go: `meta`, extensions
        data[:] = [item for item in data if item is not None]
    return problems


HIGHLIGHT_TAGS = "highlightTags"


def _fold_highlight_tags(source: Source, data: dict[str, Any], path: FieldPath) -> list[Problem]:
    """Our JSON Resume export keeps tags on single highlights beside them, since the schema
    wants plain strings there: `highlights: [a, b]`, `highlightTags: [[ai], []]`."""
    tags, highlights = data.pop(HIGHLIGHT_TAGS), data.get("highlights")
    lists = isinstance(tags, list) and all(
        isinstance(t, list) and all(isinstance(x, str) for x in t) for t in tags
    )
    if not (lists and isinstance(highlights, list) and len(tags) == len(highlights)):
        message = "should be one list of tags per highlight; ignored"
        return [source.problem((*path, HIGHLIGHT_TAGS), message, warning=True)]
    for index, (text, its_tags) in enumerate(zip(highlights, tags, strict=True)):
        if its_tags and isinstance(text, str):
            highlights[index] = {"text": text, "tags": its_tags}
    return []


def _text_where_list_or_mapping(
    source: Source, data: dict[str, Any], key: str, path: FieldPath
) -> list[Problem]:
    """`keywords: Go` is `[Go]`; `interests: [chess]` is `[{name: chess}]`: each with a warning."""
    value = data[key]
    if key in _LISTS_OF_TEXT and isinstance(value, str):
        data[key] = [value]
        return [source.problem((*path, key), "a single text, read as a list of one", warning=True)]
    if path == ("basics",) and key == "location" and isinstance(value, str):
        data[key] = {"city": value}
        return [source.problem((*path, key), f"a text, read as `city: {value}`", warning=True)]
    if not path and key in _TEXT_ENTRY_KEY and isinstance(value, str):
        data[key] = value = [value]  # `interests: chess`: one entry, read below
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
