"""Our model as a JSON Resume 1.0 document: the standard fields as the schema wants them,
our extensions beside them (the schema allows additional properties everywhere)."""

from __future__ import annotations

from typing import Any

from resume.model import Resume

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
_WITH_HIGHLIGHTS = ("work", "volunteer", "projects")


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """A JSON Resume document: highlights become strings (the schema's type); tags on single
    highlights, which JSON Resume cannot carry, are the only thing left behind."""
    data = resume.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
    data["$schema"] = data.get("$schema") or SCHEMA_URL
    for section in _WITH_HIGHLIGHTS:
        for entry in data.get(section, []):
            if "highlights" in entry:
                entry["highlights"] = [h["text"] for h in entry["highlights"]]
    return data
