"""Lenient reading of JSON Resume files: bend what real files hold into what the model takes.

The JSON Resume schema requires no field and allows extra keys everywhere, and real files stray
further still. A JSON Resume source (a format that `reshapes`, see parsed.py) is walked along
the model's fields before it is validated; each change is a warning at the value's place in
the file that says what was done:

- unknown keys are ignored (one edit away from exactly one known key, with a value of the
  right kind, they are read as that key: `higlights`);
- a mapping where text belongs is a set of translations (keys like `en`, `de`: the text for
  the language rendered, see translations.py) or has its values joined;
- a list where text belongs becomes paragraphs; text where a list belongs a list of one;
- a number where text belongs becomes text; a null, or an empty mapping, is left out; an empty
  list stays empty (`render.site.hide: []` is a choice);
- a list inside a list of entries has its entries read in place;
- an entry without a field it needs (an article's title) is left out; a missing name is empty,
  and the files are then named `Resume.pdf` and `Portfolio.pdf`.

YAML sources are our own format and are not read this way.
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from resume.errors import Problem
from resume.source import model as m
from resume.source.parsed import FieldPath, Source
from resume.source.roles import ROLE_OF
from resume.source.translations import Choice, is_translation, shape

GONE: Any = object()  # what a value left out is replaced by, then removed
_DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}
# Old JSON Resume names that real files still use, and their 1.0 names.
RENAMED: dict[tuple[str, ...], str] = {
    ("basics", "website"): "url",
    ("basics", "picture"): "image",
    ("work", "company"): "name",
    ("work", "website"): "url",
    ("volunteer", "website"): "url",
    ("publications", "website"): "url",
    ("projects", "website"): "url",
}
# Keys of ours that a model does not list but validation reads (see validate.py).
_OURS = {"highlightTags", ROLE_OF}
# The field a bare text stands for, in an entry that is a mapping.
_TEXT_FIELD: dict[type[BaseModel], str] = {
    m.Basics: "name",
    m.Location: "city",
    m.Profile: "url",
    m.Work: "name",
    m.Volunteer: "organization",
    m.Education: "institution",
    m.Award: "title",
    m.Certificate: "name",
    m.Publication: "name",
    m.Skill: "name",
    m.Language: "language",
    m.Interest: "name",
    m.Reference: "reference",
    m.Project: "name",
    m.Article: "title",
    m.Book: "title",
}


def read_leniently(source: Source, data: dict[str, Any], choice: Choice) -> list[Problem]:
    """Change `data`, a JSON source's top mapping, into what the model accepts, translations
    read as `choice` says; the warnings."""
    walk = _Walk(source, choice)
    walk.mapping(data, m.Resume, ())
    walk.name(data)
    return walk.problems


def _kind(annotation: Any) -> tuple[str, Any]:
    """What a field holds: text, list (of text), entries (of a model), model, or other; read
    from its shape as translations.py sees it."""
    what, inner = shape(annotation)
    if what == "list":
        item, model = inner
        return ("entries", model) if item == "model" else ("list", None)
    return ("other", None) if what == "mapping" else (what, inner)


def _fields(model: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    return {f.alias or name: _kind(f.annotation) for name, f in model.model_fields.items()}


def _fits(value: Any, kind: str) -> bool:
    """Whether `value` has the shape `kind` wants without any bending."""
    wanted = {"text": str, "list": list, "entries": list, "model": dict}.get(kind, object)
    return value is None or isinstance(value, wanted)


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, left out, changed, or two swapped: a slip of the finger (upper or
    lower case is none: `Highlights` is one slip from `highlights`)."""
    if a == b:
        return False
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class _Walk:
    def __init__(self, source: Source, choice: Choice) -> None:
        self.source = source
        self.choice = choice
        self.problems: list[Problem] = []

    def warn(self, path: FieldPath, message: str, *, key: bool = False) -> None:
        self.problems.append(self.source.problem(path, message, key=key, warning=True))

    # --- mappings and their keys ---------------------------------------------------------

    def mapping(self, data: dict[str, Any], model: type[BaseModel], path: FieldPath) -> None:
        """Resolve `data`'s keys against `model`, then bend each value to its field."""
        fields = _fields(model)
        section = tuple(part for part in path if isinstance(part, str))
        for key in list(data):
            if (new := RENAMED.get((*section, key))) and new not in data:
                data[new] = data.pop(key)
                self.source.moved((*path, key), (*path, new))
                self.warn((*path, key), f"old name, read as `{new}`", key=True)
        if model.model_config.get("extra") != "allow":
            self.unknown_keys(data, fields, path)
        for key in list(data):
            if key not in fields:
                continue
            kind, inner = fields[key]
            value = self.value(data[key], kind, inner, (*path, key), key)
            if value is GONE:
                del data[key]
            else:
                data[key] = value

    def unknown_keys(
        self, data: dict[str, Any], fields: dict[str, tuple[str, Any]], path: FieldPath
    ) -> None:
        unknown = [k for k in data if k not in fields and k not in _OURS]
        for key in unknown:
            near = [f for f in fields if _one_edit_apart(key, f)]
            slips = [k for k in unknown if near and _one_edit_apart(k, near[0])]
            if (
                len(near) == 1
                and near[0] not in data
                and slips == [key]
                and _fits(data[key], fields[near[0]][0])
            ):
                data[near[0]] = data.pop(key)
                self.source.moved((*path, key), (*path, near[0]))
                self.warn((*path, key), f"misspelt key, read as `{near[0]}`", key=True)
                continue
            del data[key]
            guess = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.75)
            hint = f"; did you mean `{guess[0]}`?" if guess else ""
            self.warn((*path, key), f"unknown key, ignored{hint}", key=True)

    def name(self, data: dict[str, Any]) -> None:
        """No name: the outputs are named for what they are (`Resume.pdf`)."""
        basics = data.setdefault("basics", {})
        if isinstance(basics.get("name"), str) and basics["name"].strip():
            return
        basics["name"] = ""
        files = "the files are named Resume.pdf and Portfolio.pdf"
        said = [i for i, p in enumerate(self.problems) if p.field == "basics.name"]
        if said:  # e.g. a null name, left out: one warning says both
            said_last = self.problems[said[-1]]
            self.problems[said[-1]] = replace(said_last, message=f"{said_last.message}; {files}")
        else:
            self.warn(("basics", "name"), f"missing: {files}", key=True)

    # --- values by the kind of their field -------------------------------------------------

    def value(self, value: Any, kind: str, inner: Any, path: FieldPath, key: str) -> Any:
        if key in _DATE_KEYS and (value is None or isinstance(value, str | int)):
            return value  # dates are read in dates.normalize_date
        if value is None:
            self.warn(path, "is empty (null), left out")
            return GONE
        if kind == "text":
            return self.text(value, path, key)
        if kind == "list":
            return self.text_list(value, path)
        if kind == "entries":
            return self.entries(value, inner, path)
        if kind == "model":
            return self.entry(value, inner, path)
        return value

    def text(self, value: Any, path: FieldPath, key: str = "") -> Any:
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            self.warn(path, f"{str(value).lower()} where text belongs, left out")
            return GONE
        if isinstance(value, int | float):
            self.warn(path, f"the number {value}, read as text")
            return str(value)
        if isinstance(value, dict):
            return self.text_of_mapping(value, path, key)
        parts = [self.quiet_text(item) for item in value]
        text = "\n\n".join(part for part in parts if part)
        if not text:
            self.warn(path, "holds no text, left out")
            return GONE
        self.warn(path, "a list where text belongs, read as paragraphs")
        return text

    def text_of_mapping(self, value: dict[str, Any], path: FieldPath, key: str) -> Any:
        if (chosen := self.translation(value)) is not None:
            self.warn(path, f"translations ({', '.join(value)}): the `{chosen}` one is used")
            return self.text(value[chosen], (*path, chosen), key)
        if key and isinstance(value.get(key), str):
            self.warn(path, f"a mapping where text belongs, read as its `{key}`")
            return value[key]
        text = ", ".join(part for part in map(self.quiet_text, value.values()) if part)
        if not text:
            self.warn(path, "holds no text, left out")
            return GONE
        self.warn(path, "a mapping where text belongs, its values joined")
        return text

    def translation(self, value: dict[str, Any]) -> str | None:
        """The key to use when every key is a language tag (`en`, `de-AT`): the language
        rendered, else the first language, else the first key; None for other mappings."""
        if not is_translation(value):
            return None
        return self.choice.key_for(value)[0] or next(iter(value))

    def quiet_text(self, value: Any) -> str:
        """The text inside any value, for joining: its own warnings are the join's."""
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, bool) or value is None:
            return ""
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, dict):
            if (chosen := self.translation(value)) is not None:
                return self.quiet_text(value[chosen])
            value = list(value.values())
        return ", ".join(part for part in map(self.quiet_text, value) if part)

    def text_list(self, value: Any, path: FieldPath) -> Any:
        if isinstance(value, dict):
            if (chosen := self.translation(value)) is not None:
                self.warn(path, f"translations ({', '.join(value)}): the `{chosen}` one is used")
                return self.value(value[chosen], "list", None, (*path, chosen), "")
            self.warn(path, "a mapping where a list belongs, read as a list of its values")
            value = list(value.values())
        elif not isinstance(value, list):
            self.warn(path, "a single text, read as a list of one")
            value = [value]
        if not value:
            return []  # an empty list may be a choice: `render.site.hide: []` hides nothing
        texts = [self.text(item, where) for where, item in self.flat(value, path)]
        return [text for text in texts if text is not GONE and text.strip()] or GONE

    def flat(self, items: list[Any], path: FieldPath) -> list[tuple[FieldPath, Any]]:
        """The items of `items`, each with where it is written, with lists inside it read in
        place and nulls left out."""
        found: list[tuple[FieldPath, Any]] = []
        for index, item in enumerate(items):
            if isinstance(item, list):
                self.warn((*path, index), "a list inside the list, its items read in place")
                found += self.flat(item, (*path, index))
            elif item is None:
                self.warn((*path, index), "is empty (null), left out")
            else:
                found.append(((*path, index), item))
        return found

    # --- entries and sub-mappings -------------------------------------------------------------

    def entries(self, value: Any, model: type[BaseModel], path: FieldPath) -> Any:
        if isinstance(value, dict) and (chosen := self.translation(value)) is not None:
            self.warn(path, f"translations ({', '.join(value)}): the `{chosen}` one is used")
            return self.value(value[chosen], "entries", model, (*path, chosen), "")
        if isinstance(value, bool | int | float):
            self.warn(path, f"{str(value).lower()} where a list belongs, left out")
            return GONE
        if not isinstance(value, list):
            what = "a mapping where a list belongs" if isinstance(value, dict) else "a single text"
            self.warn(path, f"{what}, read as a list of one")
            items = [((*path, 0), value)]
        else:
            items = self.flat(value, path)
        kept = [self.entry(item, model, where) for where, item in items]
        return [entry for entry in kept if entry is not GONE] or GONE

    def entry(self, value: Any, model: type[BaseModel], path: FieldPath) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # then read as text, below
        if isinstance(value, str):
            return self.text_entry(value, model, path)
        if isinstance(value, list):
            mappings = [item for item in value if isinstance(item, dict)]
            if not mappings:
                self.warn(path, "a list where a mapping belongs, left out")
                return GONE
            self.warn(path, "a list where a mapping belongs, its first mapping is used")
            value = mappings[0]
        if not isinstance(value, dict):
            self.warn(path, f"{str(value).lower()} where a mapping belongs, left out")
            return GONE
        self.mapping(value, model, path)
        return self.required(value, model, path)

    def text_entry(self, value: str, model: type[BaseModel], path: FieldPath) -> Any:
        if model is m.Highlight:
            return value  # a highlight is text; the model reads it
        key = _TEXT_FIELD.get(model)
        if key is None:
            self.warn(path, "a text where a mapping belongs, left out")
            return GONE
        self.warn(path, f"a text, read as `{key}: {value}`")
        return {key: value}

    def required(self, value: dict[str, Any], model: type[BaseModel], path: FieldPath) -> Any:
        """An entry without a field it cannot do without is left out (the name is the
        exception: see `name`)."""
        if model is m.Resume or path == ("basics",):
            return value
        for name, field in model.model_fields.items():
            key = field.alias or name
            if field.is_required() and key not in value:
                self.warn(path, f"has no `{key}`, left out")
                return GONE
        return value
