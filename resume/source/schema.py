"""The JSON Schema of the source format, generated from the model, for editors' completion
and hover help (`resume schema`; the project keeps a copy in schema/resume.schema.json)."""

from __future__ import annotations

import json
import os.path
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from resume.source.model import Resume
from resume.source.translations import LANGUAGE_CODE, translatable_fields


class _SourceSchema(GenerateJsonSchema):
    """What a person should write: `null` is never a value (leave the key out), and the field
    titles pydantic derives from names (`Startdate`) add nothing to the descriptions."""

    def nullable_schema(self, schema: core_schema.NullableSchema) -> dict[str, Any]:
        return self.generate_inner(schema["schema"])

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> dict[str, Any]:
        generated = super().default_schema(schema)
        generated.pop("default", None)  # every default is "nothing": leaving a key out says it
        return generated

    def dict_schema(self, schema: core_schema.DictSchema) -> dict[str, Any]:
        """A mapping whose keys follow a pattern (variant names) must refuse other keys, which
        `patternProperties` alone does not."""
        generated = super().dict_schema(schema)
        patterns = generated.pop("patternProperties", None)
        if patterns and len(patterns) == 1:
            ((pattern, values),) = patterns.items()
            generated["additionalProperties"] = values
            generated["propertyNames"] = {**generated.get("propertyNames", {}), "pattern": pattern}
        elif patterns:
            generated["patternProperties"] = patterns
        return generated


def source_schema() -> dict[str, Any]:
    schema = Resume.model_json_schema(by_alias=True, schema_generator=_SourceSchema)
    _allow_translations(schema)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",  # what most editors speak
        **schema,
    }


TRANSLATIONS = "Translations"
_TRANSLATIONS_SCHEMA = {
    "type": "object",
    "description": "The text in several languages, by language code: {en: …, de: …}; "
    "render.languages says which are rendered, the first is the one every text needs",
    "propertyNames": {"pattern": LANGUAGE_CODE.pattern},
    "additionalProperties": {"type": "string"},
    "minProperties": 1,
}


def _allow_translations(schema: dict[str, Any]) -> None:
    """Every text field (see translations.py) takes a string or a {lang: string} mapping."""
    definitions = schema.setdefault("$defs", {})
    for model in _models(Resume):
        where = schema if model is Resume else definitions.get(model.__name__)
        properties = (where or {}).get("properties", {})
        for key in translatable_fields(model):
            if key in properties:
                properties[key] = _text_or_translations(properties[key])
    definitions[TRANSLATIONS] = _TRANSLATIONS_SCHEMA


def _models(model: type[BaseModel]) -> list[type[BaseModel]]:
    """`model` and every model its translatable fields hold, each once: what the translations
    walk reaches (not `render` or `meta`)."""
    found = [model]
    for found_model in found:
        for kind in translatable_fields(found_model).values():
            for inner in _inner_models(kind):
                if inner not in found:
                    found.append(inner)
    return found


def _inner_models(kind: tuple[str, Any]) -> list[type[BaseModel]]:
    what, inner = kind
    if what == "model":
        return [inner]
    return _inner_models(inner) if what in ("list", "mapping") else []


def _text_or_translations(node: Any) -> Any:
    """The schema `node` with each plain string in it (not a date's or a code's pattern, not a
    choice of words) also accepting translations."""
    if isinstance(node, list):
        return [_text_or_translations(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and not {"pattern", "enum", "const"} & set(node):
        text = {key: value for key, value in node.items() if key != "description"}
        either: dict[str, Any] = {"anyOf": [text, {"$ref": f"#/$defs/{TRANSLATIONS}"}]}
        return {**either, **({"description": node["description"]} if "description" in node else {})}
    changed = {key: _text_or_translations(value) for key, value in node.items()}
    if "anyOf" in changed:  # a string among other choices: its two choices join them
        changed["anyOf"] = [
            choice
            for option in changed["anyOf"]
            for choice in (option["anyOf"] if set(option) == {"anyOf"} else [option])
        ]
    return changed


def schema_text() -> str:
    return json.dumps(source_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_reference(source: Path, schema_file: Path) -> str:
    """How the first line of `source` names the schema: a relative path when both live in the
    same project, else the schema file's absolute `file://` address."""
    target, schema = source.resolve().parent, schema_file.resolve()
    project = Path.cwd().resolve()
    if not (target.is_relative_to(project) and schema.is_relative_to(project)):
        return schema.as_uri()
    return Path(os.path.relpath(schema, target)).as_posix()
