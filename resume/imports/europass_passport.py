"""The older Europass XML: 2013's v2.0 (`learnerinfo`, lower-case tags, dates as year, month
and day elements) and SkillsPassport v3 (`LearnerInfo`, CamelCase, dates as attributes).
Names are compared without case, so one reader serves both."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from resume.imports.base import Imported
from resume.imports.dates import parse_date
from resume.imports.html import split_bullets
from resume.imports.profiles import web_address
from resume.imports.xmltext import find, find_all, rich, text

_SKILL_NAMES = {
    "communication": "Communication skills", "social": "Social skills",
    "organisational": "Organisational skills", "jobrelated": "Job-related skills",
    "technical": "Technical skills", "computer": "Computer skills", "artistic": "Artistic skills",
    "other": "Other skills",
}  # fmt: skip


def read(root: Element, imported: Imported, lines: dict[Element, int]) -> dict[str, Any]:
    identification = find(root, "identification")
    data: dict[str, Any] = {"basics": _basics(root, identification, imported)}
    data["work"] = [_job(job) for job in find_all(root, "workexperiencelist/workexperience")]
    data["education"] = [_education(e) for e in find_all(root, "educationlist/education")]
    data["languages"] = _languages(root)
    data["skills"] = _skills(root)
    data["awards"] = [
        {
            "title": text(a, "Title/Label") or text(a, "Title"),
            "summary": " ".join(rich(a, "Description").split()),
        }
        for a in find_all(root, "AchievementList/Achievement")
    ]
    for misc in find_all(root, "misclist/misc"):
        imported.note(
            f"“{text(misc)[:60]}” ({_kind(misc) or 'misc'}): no section of ours holds it",
            lines.get(misc),
        )
    return data


def _basics(root: Element, identification: Element | None, imported: Imported) -> dict[str, Any]:
    person = find(identification, "PersonName")
    who = person if person is not None else identification
    name = " ".join(
        filter(None, [text(who, "firstname"), text(who, "surname") or text(who, "lastname")])
    )
    contact = find(identification, "contactinfo")
    address = find(contact, "address/contact")
    address = address if address is not None else find(contact, "address")
    if not name:
        imported.doubt(("basics", "name"), "the file names no one: write your name")
    return {
        "name": name or "Your Name",
        "label": text(root, "application/label") or text(root, "Headline/Description/Label"),
        "email": text(contact, "email/contact") or text(contact, "email"),
        "phone": text(contact, "TelephoneList/Telephone/Contact") or text(contact, "telephone"),
        "url": web_address(text(contact, "WebsiteList/Website/Contact")),
        "location": {
            "address": text(address, "addressline"),
            "city": text(address, "municipality"),
            "postalCode": text(address, "postalcode"),
            "countryCode": text(address, "country/code").upper()
            if len(text(address, "country/code")) == 2
            else None,
        },
    }


def _kind(element: Element) -> str:
    """Its `type` (or `xsi:type`, as `europass:mother`), in lower case, without a prefix."""
    found = next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "type"), "")
    return found.rsplit(":", 1)[-1].lower()


def _when(element: Element | None) -> str | None:
    """A v2.0 `<from><year/><month/><day/></from>` or a v3 `<From year month day/>` (whose
    attributes are `2011`, `--07`, `---14`); Y, M, D are v2.0's blanks."""
    if element is None:
        return None
    parts = [
        (element.get(name) or text(element, name)).lstrip("-") for name in ("year", "month", "day")
    ]
    year, month, day = (part if part.isdigit() else "" for part in parts)
    if not year:
        return None
    return parse_date(
        "-".join(
            filter(
                None, [year, month.zfill(2) if month else "", day.zfill(2) if month and day else ""]
            )
        )
    )


def _period(element: Element | None) -> dict[str, str | None]:
    period = find(element, "period")
    current = text(period, "current").lower() == "true"
    return {
        "startDate": _when(find(period, "from")),
        "endDate": None if current else _when(find(period, "to")),
    }


def _job(job: Element) -> dict[str, Any]:
    summary, highlights = split_bullets(rich(job, "activities"))
    employer = find(job, "employer")
    city = text(employer, "address/municipality") or text(
        employer, "ContactInfo/Address/Contact/Municipality"
    )
    country = text(employer, "address/country/label") or text(
        employer, "ContactInfo/Address/Contact/Country/Label"
    )
    return {
        "name": text(employer, "name"),
        "position": text(job, "position/label"),
        "location": ", ".join(filter(None, [city, country])),
        "description": text(employer, "sector/label"),
        **_period(job),
        "summary": summary,
        "highlights": highlights,
    }


def _education(school: Element) -> dict[str, Any]:
    summary, bullets = split_bullets(rich(school, "skills") or rich(school, "activities"))
    return {
        "institution": text(school, "organisation/name"),
        "studyType": text(school, "title") or text(school, "level/label"),
        "area": text(school, "educationalfield/label") or text(school, "field/label"),
        **_period(school),
        "courses": [*bullets, *([summary] if summary else [])],
    }


def _languages(root: Element) -> list[dict[str, Any]]:
    spoken = []
    linguistic = find(root, "Skills/Linguistic")
    for tongue in find_all(linguistic, "MotherTongueList/MotherTongue"):
        spoken.append({"language": text(tongue, "Description/Label"), "fluency": "Mother tongue"})
    for foreign in find_all(linguistic, "ForeignLanguageList/ForeignLanguage"):
        levels = sorted({text(level) for level in find(foreign, "ProficiencyLevel") or []} - {""})
        spoken.append({"language": text(foreign, "Description/Label"), "fluency": "/".join(levels)})
    for language in find_all(root, "languagelist/language"):
        levels = sorted({text(level).upper() for level in find(language, "level") or []} - {""})
        mother = "mother" in _kind(language)
        spoken.append(
            {
                "language": text(language, "label"),
                "fluency": "Mother tongue" if mother else "/".join(levels),
            }
        )
    return spoken


def _skills(root: Element) -> list[dict[str, Any]]:
    groups = []
    for skill in find_all(root, "skilllist/skill"):
        summary, bullets = split_bullets(text(skill))
        kind = _kind(skill) or "other"
        if summary or bullets:
            groups.append(
                {"name": _SKILL_NAMES.get(kind, kind.title()), "keywords": bullets or [summary]}
            )
    skills = find(root, "Skills")
    for child in skills if skills is not None else []:
        kind = child.tag.rsplit("}", 1)[-1].lower()
        summary, bullets = split_bullets(rich(child, "Description"))
        if kind in _SKILL_NAMES and (summary or bullets):
            groups.append({"name": _SKILL_NAMES[kind], "keywords": bullets or [summary]})
    return groups
