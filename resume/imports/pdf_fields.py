"""The fields of our source from a résumé's layout: who (name, contacts, a title), and each
section's entries as our sections hold them. What cannot be placed is a note; a field read
from a guess is marked unsure, with the reason a comment will show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from resume.imports.pdf_layout import Line
from resume.imports.pdf_structure import Entry, Layout, Section
from resume.imports.pdf_text import (
    EMAIL,
    NETWORKS,
    date_span,
    is_date,
    is_duration,
    phones_in,
    profile_of,
    urls_in,
)

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
_SEPARATORS = re.compile(r"\s+[–—|·]\s+|\s*(?:-{3,}|\.{4,}|·{3,})\s*")  # dashes, leaders
# A place as headings write one: `Boston MA`, `Calgary, AB`, `Seattle, WA 98104`, `Remote`.
_STATES = (  # the United States' two-letter codes, which follow a city without a comma
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_PLACE = re.compile(
    r"^(?i:remote|hybrid|on-?site)\b"
    r"|^[\w][\w.'’ -]{1,40},\s*(?:[A-Z]{2}|USA|UK|U\.S\.A?\.?)(?:\s+\d{4,6})?$"
    rf"|^[A-Z][\w.'’ -]{{1,30}}\s(?:{_STATES})(?:\s+\d{{5}})?$"
)
_UNSURE_ROLE = "read from the layout: position and employer may be the other way round"


@dataclass
class Found:
    """What the layout gave: our source's data, notes on what has no place, unsure fields."""

    data: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    unsure: dict[str, str] = field(default_factory=dict)
    handles: list[str] = field(default_factory=list)  # user names of unknown networks


def source_from(layout: Layout) -> Found:
    found = Found({"basics": {"name": layout.name}})
    _header(layout.header, found)
    _header_links(layout.header_links, found)
    for section in layout.sections:
        _place(section, found)
    _note_handles(found)
    return found


# --- the header: contacts, title, place --------------------------------------------------


def _header(lines: list[Line], found: Found) -> None:
    basics = found.data["basics"]
    rest: list[str] = []
    for line in lines:
        for segment in line.segments:
            rest += _not_contacts(segment.text, basics, found)
    _title_and_place(rest, basics, found)


def _not_contacts(text: str, basics: dict[str, Any], found: Found) -> list[str]:
    """The pieces of a header text that are no contacts (the contacts go in `basics`): a
    line of contacts is read piece by piece, any other line is one text."""
    pieces = [
        piece.strip(" |·•") for piece in re.split(r"\s+[|·•]\s+", text) if piece.strip(" |·•")
    ]
    contacts = [_contact(piece, basics, found) for piece in pieces]
    if not any(contacts):
        return [" ".join(pieces)] if pieces else []
    return [piece for piece, contact in zip(pieces, contacts, strict=True) if not contact]


def _header_links(links: list[str], found: Found) -> None:
    """The header's links: what an icon showed (a profile, an e-mail address) is in them."""
    basics = found.data["basics"]
    for uri in dict.fromkeys(links):
        scheme = uri.split(":", 1)[0].lower()
        if scheme == "mailto":
            basics.setdefault("email", uri[len("mailto:") :].split("?")[0])
        elif scheme == "tel":
            basics.setdefault("phone", uri[len("tel:") :])
        elif scheme in ("http", "https"):
            _web_address(uri, basics, found)


def _note_handles(found: Found) -> None:
    """User names that no link or label tied to a network: a person must say whose."""
    basics = found.data["basics"]
    known = " ".join(
        f"{_bare(profile.get('url', ''))} {profile.get('username', '')}".casefold()
        for profile in basics.get("profiles", [])
    )
    known += " " + _bare(basics.get("url", ""))
    unplaced = [h for h in dict.fromkeys(found.handles) if h.lstrip("@").casefold() not in known]
    if unplaced:
        found.notes.append(
            "user names whose network an icon showed, to add as profiles: " + ", ".join(unplaced)
        )


def _bare(url: str) -> str:
    """An address without its scheme, www. and final slash, lower case: to compare two."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.lower()).rstrip("/")


def _web_address(url: str, basics: dict[str, Any], found: Found) -> None:
    """A profile on a network we know, else the person's website, else a note."""
    profiles = basics.setdefault("profiles", [])
    if any(_bare(profile["url"]) == _bare(url) for profile in profiles) or _bare(
        basics.get("url", "")
    ) == _bare(url):
        return
    profile = profile_of(url)
    if profile is not None:
        profiles.append(profile)
    elif "url" not in basics:
        basics["url"] = url
    else:
        found.notes.append(f"a web address in the header: {url}")
    if not profiles:
        del basics["profiles"]


def _contact(text: str, basics: dict[str, Any], found: Found) -> bool:
    """Take `text` as a contact when it has the shape of one; False when it has none."""
    if (email := EMAIL.search(text)) and "email" not in basics:
        basics["email"] = email.group(0)
        return True
    if phones := phones_in(text):
        basics.setdefault("phone", phones[0])
        return True
    urls = urls_in(text)
    for url in urls:
        _web_address(url, basics, found)
    return bool(urls)


def _title_and_place(rest: list[str], basics: dict[str, Any], found: Found) -> None:
    """What is left of the header: a place (City, Region), a title, handles, a summary."""
    handles = []
    for text in rest:
        if re.fullmatch(r"@?[\w.-]{3,40}", text) and (
            not text[:1].isupper() or re.search(r"[-_\d@]", text)
        ):
            handles.append(text)
        elif re.fullmatch(r"[^\d@,]{2,40},\s*[^\d@]{2,40}", text) and "location" not in basics:
            city, region = (part.strip() for part in text.split(",", 1))
            basics["location"] = {"city": city, "region": region}
            found.unsure["basics.location"] = f"read “{text}” as city, region"
        elif "label" not in basics and len(text.split()) <= 12:
            basics["label"] = text
            found.unsure["basics.label"] = "the first line under the name, read as a title"
        else:
            basics["summary"] = f"{basics['summary']}\n\n{text}" if "summary" in basics else text
    found.handles += handles


# --- sections -------------------------------------------------------------------------------


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
    if any(_span_of(entry) for entry in section.entries):
        return "work"
    return ""


def _note_section(section: Section, found: Found) -> None:
    lines = section.text + section.bullets + [f"{a}: {b}" for a, b in section.pairs]
    lines += [" ".join(_heading_texts(entry)) for entry in section.entries]
    found.notes.append(f"the section “{section.title}” has no place here: " + " / ".join(lines))


def _add(found: Found, name: str, item: dict[str, Any]) -> int:
    items = found.data.setdefault(name, [])
    items.append(item)
    return len(items) - 1


def _heading_texts(entry: Entry) -> list[str]:
    return [line.text for line in entry.headings]


def _span_of(entry: Entry) -> dict[str, str]:
    """The entry's dates: from its side column, else from its heading lines."""
    texts = [*entry.asides, *(segment.text for line in entry.headings for segment in line.segments)]
    for text in texts:
        for piece in _SEPARATORS.split(text) if not is_date(text) else [text]:
            if is_date(piece) and (span := date_span(piece)):
                dates = {"startDate": span.start}
                if span.end:
                    dates["endDate"] = span.end
                return dates
    return {}


def _parts(entry: Entry) -> tuple[list[str], list[str]]:
    """The entry's words that are not dates: its heading's pieces (the bold words it starts
    with, what follows them up to a dash or bar, each further line), and its places (the side
    column's pieces that are not dates or durations)."""
    first, *others = entry.headings
    lead, at = _lead(entry), _lead_segment(entry)
    text = first.segments[at].text
    rest = text[len(lead) :] if text.startswith(lead) else ""
    pieces = [lead, *_pieces(rest.lstrip(" ,|–—·"))]
    pieces += [segment.text for segment in first.segments[at + 1 :]]
    pieces += [line.text for line in others]
    places = [
        text
        for text in entry.asides
        if not is_date(text) and not is_duration(text) and text.strip()
    ]
    kept = [piece for piece in pieces if piece and not is_date(piece) and not is_duration(piece)]
    return kept, places


def _pieces(text: str) -> list[str]:
    return [piece.strip() for piece in _SEPARATORS.split(text) if piece.strip(" ,")]


def _lead_segment(entry: Entry) -> int:
    """Which segment of the heading's first line the entry's name or title starts."""
    segments = entry.headings[0].segments
    return next((i for i, segment in enumerate(segments) if not is_date(segment.text)), 0)


def _lead(entry: Entry) -> str:
    """The bold words the entry's heading starts with (all of its first line if none are);
    dates that come first are not it."""
    segment = entry.headings[0].segments[_lead_segment(entry)]
    first = next((run for run in segment.runs if run.text.strip()), None)
    lead = first.text.strip().strip(" ,–|") if first is not None and first.bold else ""
    return lead or _pieces(segment.text)[0]


def _body(item: dict[str, Any], entry: Entry, summary_key: str = "summary") -> None:
    """The entry's text under its heading, and where its heading links to."""
    web = [link for link in entry.links if link.lower().startswith(("http://", "https://"))]
    if web:
        item["url"] = web[0]
    if entry.summary:
        item[summary_key] = " ".join(entry.summary)
    if entry.highlights:
        item["highlights"] = list(entry.highlights)


def _work(section: Section, found: Found) -> None:
    readings = [_roles(entry) for entry in section.entries]
    titled_first = [lead_is for lead_is, _, _ in readings if lead_is is not None]
    # The headings the words tell about say how this résumé orders the others.
    lead_is_title = titled_first.count(True) >= titled_first.count(False)
    for entry, (lead_is, lead, others) in zip(section.entries, readings, strict=True):
        _, places = _parts(entry)
        places += [piece for piece in others if _PLACE.match(piece)]
        others = [piece for piece in others if not _PLACE.match(piece)]
        sure = lead_is is not None
        if not others:  # one name alone: a title if it reads like one, else the employer
            lead_is, sure = bool(_TITLE.search(lead)), False
        if lead_is if lead_is is not None else lead_is_title:
            position, name = lead, others[0] if others else ""
        else:
            position, name = (others[0] if others else ""), lead
        item: dict[str, Any] = {"name": name, "position": position, **_span_of(entry)}
        item = {key: value for key, value in item.items() if value}
        place = places[0] if places else (others[1] if len(others) > 1 else "")
        if place and place not in (name, position):
            item["location"] = place
        _body(item, entry)
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
    pieces, _ = _parts(entry)
    lead, others = pieces[0], pieces[1:]
    lead_title = bool(_TITLE.search(lead))
    other_title = bool(others and _TITLE.search(others[0]))
    return (lead_title if lead_title != other_title else None), lead, others


def _education(section: Section, found: Found) -> None:
    for entry in section.entries:
        pieces, _ = _parts(entry)  # a school has no place in our source
        # "School, Area": a school's name is one piece of a comma list
        pieces = [part for piece in pieces for part in _school_parts(piece)]
        named = next((piece for piece in pieces if _SCHOOL.search(piece)), _lead(entry))
        item: dict[str, Any] = {}
        school = _without_degree(named, item)
        item = {"institution": school, **_span_of(entry), **item}
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
        name = _lead(entry).split(" | ")[0].strip()
        item: dict[str, Any] = {"name": name, **_span_of(entry)}
        pieces, _ = _parts(entry)
        keywords = [piece for piece in pieces[1:] if piece not in name and len(piece) < 30]
        if keywords:
            item["keywords"] = keywords
            found.unsure[f"projects[{len(found.data.get('projects', []))}].keywords"] = (
                "the words beside the project's name, read as its technologies"
            )
        _body(item, entry, "description")
        _add(found, "projects", item)
    _loose_bullets(section, found, "projects")


def _skills(section: Section, found: Found) -> None:
    for label, value in section.pairs:
        _add(found, "skills", {"name": label, "keywords": listed(value)})
    for text in section.bullets + section.text:
        _add(found, "skills", {"name": text})
    for entry in section.entries:
        item: dict[str, Any] = {"name": " ".join(_heading_texts(entry))}
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
        texts += [*_heading_texts(entry), *entry.summary, *(f"- {h}" for h in entry.highlights)]
    texts += [f"{label}: {value}" for label, value in section.pairs]
    text = "\n".join(texts)
    basics["summary"] = f"{basics['summary']}\n\n{text}" if basics.get("summary") else text


def _contact_section(section: Section, found: Found) -> None:
    """A section of contacts (a sidebar's): read as the header is; a network's name on a
    line of its own names the network of the user name under it."""
    basics = found.data["basics"]
    texts = [segment.text for line in section.lines for segment in line.segments]
    networks = {name.casefold(): name for name in NETWORKS.values()}
    rest: list[str] = []
    for text in texts:
        rest += _not_contacts(text, basics, found)
    _title_and_place(_named_profiles(rest, networks, basics), basics, found)


def _same_profile(profile: dict[str, str], network: str, username: str) -> bool:
    return profile.get("network") == network and (
        (profile.get("username") or "").casefold() == username.casefold()
    )


def _named_profiles(
    texts: list[str], networks: dict[str, str], basics: dict[str, Any]
) -> list[str]:
    """`LinkedIn` then `jane-doe`: a profile; what is left, in order."""
    rest: list[str] = []
    pending: str | None = None
    for text in texts:
        if text.casefold() in networks:
            pending = networks[text.casefold()]
        elif pending is not None and re.fullmatch(r"@?[\w.-]{2,40}", text):
            profiles = basics.setdefault("profiles", [])
            if not any(_same_profile(profile, pending, text) for profile in profiles):
                profiles.append({"network": pending, "username": text})
            pending = None
        else:
            rest.append(text)
    return rest


def _titled(name: str, title_key: str, date_key: str, summary_key: str) -> Any:
    """A section of titled entries (awards, certificates, publications, volunteering)."""

    def place(section: Section, found: Found) -> None:
        for entry in section.entries:
            item: dict[str, Any] = {title_key: _lead(entry)}
            dates = _span_of(entry)
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
    "contact": _contact_section,
    "awards": _titled("awards", "title", "date", "summary"),
    "certificates": _titled("certificates", "name", "date", ""),
    "publications": _titled("publications", "name", "releaseDate", "summary"),
    "references": _titled("references", "name", "", "reference"),
    "volunteer": _volunteer,
    "interests": _interests,
}
