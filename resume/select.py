"""Choose what each output shows: its sections, in order, leaving out empty ones."""

from __future__ import annotations

from resume.model import OutputName, Resume, SectionName

DEFAULT_SECTIONS: dict[OutputName, list[SectionName]] = {
    "resume": [
        "work",
        "projects",
        "skills",
        "education",
        "awards",
        "certificates",
        "publications",
        "volunteer",
        "languages",
    ],
    "portfolio": [
        "about",
        "work",
        "projects",
        "articles",
        "skills",
        "education",
        "awards",
        "certificates",
        "publications",
        "volunteer",
        "reading",
        "languages",
        "interests",
        "references",
    ],
}
DEFAULT_SECTIONS["site"] = DEFAULT_SECTIONS["portfolio"]


def sections_for(resume: Resume, output: OutputName) -> list[SectionName]:
    """The sections `output` shows: the source's choice, else the default, each only if it has content."""
    chosen = getattr(resume.render.sections, output) or DEFAULT_SECTIONS[output]
    return [name for name in chosen if has_content(resume, name)]


def has_content(resume: Resume, name: SectionName) -> bool:
    if name == "about":
        return bool(resume.basics.about)
    return bool(getattr(resume, name))
