"""Translations: one source in several languages.

Any text field may hold a mapping from language to text instead of the text itself:

    label: {en: Backend Software Engineer, de: Backend-Softwareentwickler}

`render.languages: [en, de]` names the languages the source is rendered in; the first is the
one every translation must have, and the one a missing translation falls back to. Without it
the one language is `render.locale`'s (English when that is not set either).

Before the model is built, the source's data is resolved into plain text for one language at a
time (`resolve`), walking along the model so that only text fields are read as translations: a
mapping is a translation when every key is a language code (`en`, `de-AT`, `zh-Hant`, `pt_BR`).
The rest of the pipeline (content, templates, outputs) only ever sees one language.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from resume.errors import Problem, UserError
from resume.source import model as m
from resume.source.parsed import FieldPath, Source, dotted_path
from resume.source.settings import Render

# ISO 639-1 (two letters), then subtags for a script or region, as BCP 47 writes them.
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*$")
# Keys whose text is no prose: dates, selectors, the photo's file, how to render.
NOT_TRANSLATED = {"startDate", "endDate", "date", "releaseDate", "image", "$schema"}
NOT_TRANSLATED |= {"tags", "include", "exclude"}
NOT_TRANSLATED_MODELS: tuple[type[BaseModel], ...] = (Render, m.Meta)
# Entries written as text when they are only text: a translation may stand for them.
TEXT_ENTRIES: tuple[type[BaseModel], ...] = (m.Highlight,)
DEFAULT_LANGUAGE = "en"


def is_language_code(key: object) -> bool:
    return isinstance(key, str) and bool(LANGUAGE_CODE.match(key))


def is_translation(value: object) -> bool:
    """`{en: …, de: …}`: a non-empty mapping whose keys are all language codes."""
    return isinstance(value, dict) and bool(value) and all(map(is_language_code, value))


def normal(code: str) -> str:
    """`pt_BR` and `pt-br` are one language: `pt-br`."""
    return code.replace("_", "-").lower()


def _render(data: Any) -> dict[str, Any]:
    render = data.get("render") if isinstance(data, dict) else None
    return render if isinstance(render, dict) else {}


def listed_languages(data: Any) -> tuple[str, ...]:
    """`render.languages` of a source's (raw) data; empty when it lists none (a malformed
    list is the model's to report)."""
    listed = _render(data).get("languages")
    if isinstance(listed, list) and listed and all(map(is_language_code, listed)):
        return tuple(dict.fromkeys(listed))
    return ()


def languages_of(data: Any) -> tuple[str, ...]:
    """The languages a source renders in: `render.languages`, else the one of `render.locale`,
    else English."""
    locale = _render(data).get("locale")
    default = locale if isinstance(locale, str) and is_language_code(locale) else DEFAULT_LANGUAGE
    return listed_languages(data) or (default,)


def in_language(resume: m.Resume, language: str) -> m.Resume:
    """One language's model: the locale it renders with (`render.locale` when that is the same
    language, `en-GB` for `en`; else the language itself), and no list of languages."""
    locale = resume.render.locale
    if not (locale and normal(locale).split("-")[0] == normal(language).split("-")[0]):
        locale = language
    render = resume.render.model_copy(update={"locale": locale, "languages": None})
    return resume.model_copy(update={"render": render})


def languages_asked(languages: tuple[str, ...], asked: str | None) -> list[str]:
    """The languages --lang names (comma-separated, or `all`), in the source's order."""
    if not asked or asked.strip() == "all":
        return list(languages)
    names = {normal(name.strip()) for name in asked.split(",") if name.strip()}
    if unknown := sorted(names - {normal(language) for language in languages}):
        raise UserError(
            f"--lang {', '.join(unknown)}: not in render.languages ({', '.join(languages)}), or all"
        )
    return [language for language in languages if normal(language) in names]


@dataclass(frozen=True)
class Choice:
    """Which text of a translation one render uses: the wanted language's, else the first
    language's (a missing translation)."""

    wanted: str
    first: str

    def key_for(self, translation: dict[str, Any]) -> tuple[str | None, bool]:
        """The key to use and whether it is a fallback; (None, False) when neither is there."""
        for language, fallback in ((self.wanted, False), (self.first, True)):
            if (key := _matching_key(translation, language)) is not None:
                return key, fallback and normal(language) != normal(self.wanted)
        return None, False


def _matching_key(translation: dict[str, Any], language: str) -> str | None:
    """The key for `language`: the same code, else the same language (`de` for `de-AT`)."""
    keys = {normal(key): key for key in translation}
    wanted = normal(language)
    if wanted in keys:
        return keys[wanted]
    primary = wanted.split("-")[0]
    return keys.get(primary) or next(
        (k for n, k in keys.items() if n.split("-")[0] == primary), None
    )


@dataclass
class Resolved:
    """What resolving one language found: problems, and the fields without its text."""

    problems: list[Problem] = field(default_factory=list)
    missing: list[FieldPath] = field(default_factory=list)


def resolve(source: Source, data: dict[str, Any], choice: Choice) -> Resolved:
    """Replace every translation in `data` (in place) by its text in `choice.wanted`."""
    walk = _Resolve(source, choice)
    walk.model(data, m.Resume, ())
    return walk.found


def missing_warning(source: Source, first: str, missing: dict[str, list[FieldPath]]) -> Problem:
    """One warning for every field some language has no text for, at the first of them:
    `no translation, the `en` text is used: de: basics.label; fr: basics.label, work[0].name`."""
    by_language = "; ".join(
        f"{language}: {', '.join(dotted_path(path) for path in paths)}"
        for language, paths in missing.items()
    )
    message = f"no translation, the `{first}` text is used: {by_language}"
    where = min(
        (path for paths in missing.values() for path in paths),
        key=lambda path: source.position(path) or (0, 0),
    )
    return replace(source.problem(where, message, warning=True), field="")


# --- walking the data along the model -----------------------------------------------------


def shape(annotation: Any) -> tuple[str, Any]:
    """What a field holds, for translating: ("text", None), ("list", item shape), ("mapping",
    value shape), ("model", the model) or ("other", None)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return shape(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        shapes = [shape(a) for a in typing.get_args(annotation) if a is not type(None)]
        return shapes[0] if len(shapes) == 1 else ("other", None)
    if origin is list:
        return "list", shape(typing.get_args(annotation)[0])
    if origin is dict:
        return "mapping", shape(typing.get_args(annotation)[1])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model", annotation
    return ("text", None) if annotation is str else ("other", None)


def translatable_fields(model: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    """A model's fields (by the key written) that may hold translations, with their shapes."""
    if issubclass(model, NOT_TRANSLATED_MODELS):
        return {}
    fields = {f.alias or name: shape(f.annotation) for name, f in model.model_fields.items()}
    return {key: kind for key, kind in fields.items() if key not in NOT_TRANSLATED}


class _Resolve:
    def __init__(self, source: Source, choice: Choice) -> None:
        self.source = source
        self.choice = choice
        self.found = Resolved()

    def model(self, data: Any, model: type[BaseModel], path: FieldPath) -> None:
        if not isinstance(data, dict):
            return
        for key, kind in translatable_fields(model).items():
            if key in data:
                data[key] = self.value(data[key], kind, (*path, key))

    def value(self, value: Any, kind: tuple[str, Any], path: FieldPath) -> Any:
        what, inner = kind
        if what == "text" or (what == "model" and inner in TEXT_ENTRIES and is_translation(value)):
            return self.text(value, path)
        if what == "model":
            self.model(value, inner, path)
        elif what == "list" and isinstance(value, list):
            value[:] = [self.value(item, inner, (*path, i)) for i, item in enumerate(value)]
        elif what == "mapping" and isinstance(value, dict):
            for key in value:
                value[key] = self.value(value[key], inner, (*path, key))
        return value

    def text(self, value: Any, path: FieldPath) -> Any:
        if not isinstance(value, dict):
            return value
        if not is_translation(value):
            # A JSON Resume file's other mappings: see lenient.py; an empty one is the model's.
            if value and not self.source.format.forgives.reshapes:
                self.not_a_translation(value, path)
            return value
        key, fallback = self.choice.key_for(value)
        if key is None:
            return self.without_first(value, path)
        if fallback:
            self.found.missing.append(path)
        return value[key]

    def without_first(self, value: dict[str, Any], path: FieldPath) -> Any:
        """A translation without the first language's text: in a JSON Resume file, its first
        text with a warning; in our own format, an error."""
        first, has = self.choice.first, ", ".join(value)
        if self.source.format.forgives.missing_translations:
            chosen = next(iter(value))
            message = f"translations ({has}): none in `{first}`, the `{chosen}` one is used"
            self.found.problems.append(self.source.problem(path, message, warning=True))
            return value[chosen]
        message = (
            f"translations ({has}) without `{first}`: every text needs one in the first"
            " language (render.languages, else render.locale, else en)"
        )
        self.found.problems.append(self.source.problem(path, message))
        return value[next(iter(value))]

    def not_a_translation(self, value: dict[str, Any], path: FieldPath) -> None:
        """A mapping where text belongs that is no translation: say which key is no language."""
        key = next(k for k in value if not is_language_code(k))
        message = (
            f"a mapping where text belongs: write text, or translations keyed by language"
            f" ({{en: …, de: …}}); `{key}` is no language code"
        )
        problem = self.source.problem((*path, key), message, key=True)
        # Named by the field, so that the model's own "should be text" is not said as well.
        self.found.problems.append(replace(problem, field=dotted_path(path)))
