"""The JSON Schema of the source format, generated from the model, for editors' completion
and hover help (`resume schema`; the project keeps a copy in schema/resume.schema.json)."""

from __future__ import annotations

import json
import os.path
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from resume.source.model import Resume


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
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",  # what most editors speak
        **schema,
    }


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
