"""The fields of our source from a résumé's layout: the header (pdf_header) and each
section's entries as our sections hold them. What cannot be placed is a note; a field read
from a guess is marked unsure, with the reason a comment will show."""

from __future__ import annotations

import re
from typing import Any

from resume.imports.pdf_entries import (
    PLACE,
    add_body,
    heading_parts,
    heading_texts,
    lead_words,
    span_of,
)
from resume.imports.pdf_header import (
    Found,
    contact_section,
    header_links,
    note_handles,
    read_header,
)
from resume.imports.pdf_structure import Entry, Layout, Section
from resume.imports.pdf_text import date_span

_TITLE = re.compile(
    r"\b(engineer|developer|programmer|manager|intern|assistant|analyst|officer|cadet|tutor|"
    r"lead|director|researcher|member|instructor|scientist|designer|consultant|architect|"
    r"specialist|co-?op|associate|head|founder|teacher|coordinator|administrator|technician|"
    r"educator|fellow|trainee|apprentice|student|demonstrator|president|chair|volunteer|"
    r"cashier|owner|advisor|adviser|representative|editor|writer|ceo|cto|cfo|vp|"
    r"ingenieur|entwickler|leiter|berater|werkstudent|praktikant|développeur|ingénieur|"
    r"stagiaire|chef|desarrollador|ingeniero|becario|인턴|개발자|연구원|工程师|经理|实习)\b",
    re.IGNORECASE,
)

_SCHOOL = re.compile(
    r"universit|college|school|institut|academy|hochschule|école|escuela|polytech|"
    r"gymnasium|lycée|대학|학교|大学|学院",
    re.IGNORECASE,
)

_DEGREE = re.compile(
    r"^\s*(B\.?\s?S\.?c?|B\.?A\.?|B\.?Eng|B\.?Tech|M\.?S\.?c?|M\.?A\.?|M\.?Eng|M\.?Tech|MBA|"
    r"Ph\.?\s?D|Eng\.?\s?D|Bachelor(?:'s)?(?: of [A-Z][a-z]+)?|Master(?:'s)?(?: of [A-Z][a-z]+)?|"
    r"Diploma|Doctor(?:ate)?|Associate(?:'s)?|Licen[cs]e|Abitur|High School Diploma)\b\.?",
)

_UNSURE_ROLE = "read from the layout: position and employer may be the other way round"


def source_from(layout: Layout) -> Found:
    found = Found({"basics": {"name": layout.name}})
    read_header(layout.header, found)
    header_links(layout.header_links, found)
    for section in layout.sections:
        _place(section, found)
    note_handles(found)
    return found


def _place(section: Section, found: Found) -> None:
    kind = section.kind or _kind_by_shape(section)
    placer = _PLACERS.get(kind)
    if placer is None:
        _note_section(section, found)
        return
    before = len(found.data.get(kind, []))
    placer(section, found)
    if not section.kind:
        for index in range(before, len(found.data.get(kind, []))):
            found.unsure[f"{kind}[{index}]"] = f"from the section “{section.title}”, read as {kind}"


def _kind_by_shape(section: Section) -> str:
    if section.pairs and len(section.pairs) >= len(section.entries):
        return "skills"
    if any(span_of(entry) for entry in section.entries):
        return "work"
    return ""


def _note_section(section: Section, found: Found) -> None:
    lines = section.text + section.bullets + [f"{a}: {b}" for a, b in section.pairs]
    lines += [" ".join(heading_texts(entry)) for entry in section.entries]
    found.notes.append(f"the section “{section.title}” has no place here: " + " / ".join(lines))


def _add(found: Found, name: str, item: dict[str, Any]) -> int:
    items = found.data.setdefault(name, [])
    items.append(item)
    return len(items) - 1


def _work(section: Section, found: Found) -> None:
    readings = [_roles(entry) for entry in section.entries]
    titled_first = [lead_is for lead_is, _, _ in readings if lead_is is not None]
    # The headings the words tell about say how this résumé orders the others.
    lead_is_title = titled_first.count(True) >= titled_first.count(False)
    for entry, (lead_is, lead, others) in zip(section.entries, readings, strict=True):
        _, places = heading_parts(entry)
        places += [piece for piece in others if PLACE.match(piece)]
        others = [piece for piece in others if not PLACE.match(piece)]
        sure = lead_is is not None
        if not others:  # one name alone: a title if it reads like one, else the employer
            lead_is, sure = bool(_TITLE.search(lead)), False
        if lead_is if lead_is is not None else lead_is_title:
            position, name = lead, others[0] if others else ""
        else:
            position, name = (others[0] if others else ""), lead
        item: dict[str, Any] = {"name": name, "position": position, **span_of(entry)}
        item = {key: value for key, value in item.items() if value}
        place = places[0] if places else (others[1] if len(others) > 1 else "")
        if place and place not in (name, position):
            item["location"] = place
        add_body(item, entry)
        if entry.role and found.data.get("work"):
            _another_role(found.data["work"][-1], item)
            continue
        index = _add(found, "work", item)
        if not sure:
            found.unsure[f"work[{index}].position"] = _UNSURE_ROLE
    _loose_bullets(section, found, "work")


_OF_A_ROLE = ("position", "startDate", "endDate", "summary", "highlights")


def _another_role(employer: dict[str, Any], role: dict[str, Any]) -> None:
    """Two roles at one employer, as our source writes them: `roles`, newest first."""
    if "roles" not in employer:
        first = {key: employer.pop(key) for key in _OF_A_ROLE if key in employer}
        employer["roles"] = [first]
    employer["roles"].append({key: role[key] for key in _OF_A_ROLE if key in role})


def _roles(entry: Entry) -> tuple[bool | None, str, list[str]]:
    """Whether the heading's bold lead is the title rather than the employer (None when the
    words do not tell), the lead, and the other pieces."""
    pieces, _ = heading_parts(entry)
    lead, others = pieces[0], pieces[1:]
    lead_title = bool(_TITLE.search(lead))
    other_title = bool(others and _TITLE.search(others[0]))
    return (lead_title if lead_title != other_title else None), lead, others


def _education(section: Section, found: Found) -> None:
    for entry in section.entries:
        pieces, _ = heading_parts(entry)  # a school has no place in our source
        # "School, Area": a school's name is one piece of a comma list
        pieces = [part for piece in pieces for part in _school_parts(piece)]
        named = next((piece for piece in pieces if _SCHOOL.search(piece)), lead_words(entry))
        item: dict[str, Any] = {}
        school = _without_degree(named, item)
        item = {"institution": school, **span_of(entry), **item}
        for piece in pieces:
            if piece != named and not _SCHOOL.search(piece):
                _study(item, piece)
        index = len(found.data.get("education", []))
        _grades_and_courses(item, entry.highlights, found, f"education[{index}]")
        _add(found, "education", item)
        if not _SCHOOL.search(school):
            found.unsure[f"education[{index}].institution"] = (
                "the entry's bold words, read as the school"
            )
        if entry.summary:
            found.notes.append(f"education “{school}”: " + " ".join(entry.summary))
    _loose_bullets(section, found, "education")


_GRADE = re.compile(r"^(GPA|CGPA|Grade|Note|Moyenne|Notendurchschnitt|학점)\b\s*:?\s*", re.I)


def _grades_and_courses(item: dict[str, Any], bullets: list[str], found: Found, where: str) -> None:
    """An education entry's bullets: `GPA: 3.8/4.0` is its score; the others are read as
    courses, the only list an education entry has."""
    courses = []
    for bullet in bullets:
        grade = _GRADE.match(bullet)
        if grade and "score" not in item:
            item["score"] = bullet[grade.end() :].strip()
        else:
            courses.append(bullet)
    if courses:
        item["courses"] = courses
        found.unsure[f"{where}.courses"] = "the entry's bullets, read as courses"


def _school_parts(piece: str) -> list[str]:
    parts = [part.strip() for part in piece.split(", ") if part.strip()]
    return parts if any(_SCHOOL.search(part) for part in parts) else [piece]


def _without_degree(school: str, item: dict[str, Any]) -> str:
    """`Eng.D. Polytech Tours`: a degree set before the school's name is the study type."""
    match = _DEGREE.match(school)
    if match and school[match.end() :].strip():
        item["studyType"] = match.group(0).strip()
        return school[match.end() :].strip()
    return school


def _study(item: dict[str, Any], text: str) -> None:
    """`BS in Mechanical Engineering` -> studyType BS, area Mechanical Engineering."""
    match = _DEGREE.match(text)
    if not match or "studyType" in item:
        item.setdefault("area", text)
        return
    item["studyType"] = match.group(0).strip()
    area = re.sub(r"^\s*(in|of|,)\s+", "", text[match.end() :]).strip(" ,")
    if area:
        item["area"] = area


def _projects(section: Section, found: Found) -> None:
    for entry in section.entries:
        name = lead_words(entry).split(" | ")[0].strip()
        item: dict[str, Any] = {"name": name, **span_of(entry)}
        pieces, _ = heading_parts(entry)
        keywords = [piece for piece in pieces[1:] if piece not in name and len(piece) < 30]
        if keywords:
            item["keywords"] = keywords
            found.unsure[f"projects[{len(found.data.get('projects', []))}].keywords"] = (
                "the words beside the project's name, read as its technologies"
            )
        add_body(item, entry, "description")
        _add(found, "projects", item)
    _loose_bullets(section, found, "projects")


def _skills(section: Section, found: Found) -> None:
    for label, value in section.pairs:
        _add(found, "skills", {"name": label, "keywords": listed(value)})
    for text in section.bullets + section.text:
        _add(found, "skills", {"name": text})
    for entry in section.entries:
        item: dict[str, Any] = {"name": " ".join(heading_texts(entry))}
        if entry.highlights:
            item["keywords"] = list(entry.highlights)
        _add(found, "skills", item)


def listed(text: str) -> list[str]:
    """The items of `a, b (c, d); e`: commas in parentheses do not part them."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;|·" and depth <= 0:
            items.append(current)
            current = ""
        else:
            current += char
    return [item.strip() for item in [*items, current] if item.strip()]


def _languages(section: Section, found: Found) -> None:
    for label, value in section.pairs:
        _add(found, "languages", {"language": label, "fluency": value})
    for text in section.bullets + section.text:
        for piece in re.split(r"[,;·|]\s*", text):
            match = re.match(r"\s*([^()]+?)\s*(?:\(([^)]*)\)|[-–:]\s*(.+))?\s*$", piece)
            if match:
                fluency = match.group(2) or match.group(3)
                item = {"language": match.group(1)} | ({"fluency": fluency} if fluency else {})
                _add(found, "languages", item)


def _summary(section: Section, found: Found) -> None:
    basics = found.data["basics"]
    texts = section.text + [f"- {bullet}" for bullet in section.bullets]
    for entry in section.entries:
        texts += [*heading_texts(entry), *entry.summary, *(f"- {h}" for h in entry.highlights)]
    texts += [f"{label}: {value}" for label, value in section.pairs]
    text = "\n".join(texts)
    basics["summary"] = f"{basics['summary']}\n\n{text}" if basics.get("summary") else text


def _titled(name: str, title_key: str, date_key: str, summary_key: str) -> Any:
    """A section of titled entries (awards, certificates, publications, volunteering)."""

    def place(section: Section, found: Found) -> None:
        for entry in section.entries:
            item: dict[str, Any] = {title_key: lead_words(entry)}
            dates = span_of(entry)
            if dates and date_key:
                item[date_key] = dates.get("startDate")
            if summary_key and (entry.summary or entry.highlights):
                item[summary_key] = " ".join([*entry.summary, *entry.highlights])
            _add(found, name, item)
        for text in section.bullets + section.text + [f"{a}: {b}" for a, b in section.pairs]:
            item = {title_key: text}
            if date_key and (span := date_span(text)):
                item[date_key] = span.start
            _add(found, name, item)

    return place


def _volunteer(section: Section, found: Found) -> None:
    before = len(found.data.get("work", []))
    _work(section, found)
    work = found.data.get("work", [])
    moved = work[before:]
    del work[before:]
    for offset, item in enumerate(moved):
        item["organization"] = item.pop("name", None) or item.get("position", "")
        item.pop("location", None)
        index = _add(found, "volunteer", item)
        if (reason := found.unsure.pop(f"work[{before + offset}].position", None)) is not None:
            found.unsure[f"volunteer[{index}].position"] = reason
    if "work" in found.data and not work:
        del found.data["work"]


def _interests(section: Section, found: Found) -> None:
    for text in section.bullets + section.text:
        for piece in re.split(r"[,;·|]\s*", text):
            if piece.strip():
                _add(found, "interests", {"name": piece.strip()})
    for label, value in section.pairs:
        _add(found, "interests", {"name": label, "keywords": re.split(r",\s*", value)})


def _loose_bullets(section: Section, found: Found, kind: str) -> None:
    """Bullets and text in an entry section but in no entry: kept in a note."""
    loose = section.text + section.bullets + [f"{a}: {b}" for a, b in section.pairs]
    if loose:
        found.notes.append(f"{kind}: in no entry of “{section.title}”: " + " / ".join(loose))


_PLACERS: dict[str, Any] = {
    "work": _work,
    "education": _education,
    "projects": _projects,
    "skills": _skills,
    "languages": _languages,
    "summary": _summary,
    "contact": contact_section,
    "awards": _titled("awards", "title", "date", "summary"),
    "certificates": _titled("certificates", "name", "date", ""),
    "publications": _titled("publications", "name", "releaseDate", "summary"),
    "references": _titled("references", "name", "", "reference"),
    "volunteer": _volunteer,
    "interests": _interests,
}
