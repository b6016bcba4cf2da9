"""Tags on entries and highlights: which sections carry them, and every tag a source uses."""

from __future__ import annotations

from resume.source.model import Resume, roles_of
from resume.source.settings import SectionName

# Sections whose entries can carry tags, and those whose entries have highlights.
TAGGED_SECTIONS: tuple[SectionName, ...] = (
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "projects",
    "articles",
)

WITH_HIGHLIGHTS: tuple[SectionName, ...] = ("work", "volunteer", "projects")


def all_tags(resume: Resume) -> set[str]:
    """Every tag used on an entry or a highlight."""
    found: set[str] = set()
    for section in TAGGED_SECTIONS:
        for entry in getattr(resume, section):
            for part in [entry, *roles_of(entry)]:
                found.update(part.tags)
                for highlight in getattr(part, "highlights", []):
                    found.update(highlight.tags)
    return found
