"""The newer Europass XML, `Candidate` (HR-XML with Europass's extensions), as our data."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from resume.imports.base import Imported
from resume.imports.dates import parse_date
from resume.imports.html import split_bullets
from resume.imports.profiles import web_address
from resume.imports.xml import local
from resume.imports.xmltext import children, find, find_all, rich, text

# ISO 639-2 codes Europass writes for languages, to their English names.
LANGUAGES = {
    "eng": "English", "fra": "French", "fre": "French", "deu": "German", "ger": "German",
    "spa": "Spanish", "ita": "Italian", "por": "Portuguese", "ron": "Romanian", "rum": "Romanian",
    "rus": "Russian", "urd": "Urdu", "hin": "Hindi", "ben": "Bengali", "ara": "Arabic",
    "zho": "Chinese", "chi": "Chinese", "jpn": "Japanese", "kor": "Korean", "nld": "Dutch",
    "dut": "Dutch", "pol": "Polish", "tur": "Turkish", "ell": "Greek", "gre": "Greek",
    "swe": "Swedish", "bos": "Bosnian", "hrv": "Croatian", "srp": "Serbian", "bul": "Bulgarian",
    "ces": "Czech", "cze": "Czech", "hun": "Hungarian", "slk": "Slovak", "slo": "Slovak",
    "fin": "Finnish", "dan": "Danish", "nor": "Norwegian", "ukr": "Ukrainian", "cat": "Catalan",
    "slv": "Slovenian", "lit": "Lithuanian", "lav": "Latvian", "est": "Estonian", "mlt": "Maltese",
    "gle": "Irish", "sqi": "Albanian", "alb": "Albanian", "mkd": "Macedonian", "mac": "Macedonian",
}  # fmt: skip
# What the reader takes from CandidateProfile; any other part with text in it is noted.
_READ = {
    "ID", "ExecutiveSummary", "EmploymentHistory", "EducationHistory", "Certifications",
    "Projects", "VoluntaryWorks", "PublicationHistory", "ConferencesAndSeminars",
    "HobbiesAndInterests", "PersonQualifications", "Others", "DigitalSkills",
    "EmploymentReferences", "Attachment", "CommunicationAndInterpersonalSkills",
    "OrganisationalSkills", "ManagementAndLeadershipSkills", "JobRelatedSkills",
}  # fmt: skip
_SKILL_GROUPS = (
    ("CommunicationAndInterpersonalSkills", "Communication and interpersonal skills"),
    ("OrganisationalSkills", "Organisational skills"),
    ("ManagementAndLeadershipSkills", "Management and leadership skills"),
    ("JobRelatedSkills", "Job-related skills"),
)


def read(root: Element, imported: Imported, lines: dict[Element, int]) -> dict[str, Any]:
    person = find(root, "CandidatePerson")
    profile = find(root, "CandidateProfile")
    data: dict[str, Any] = {"basics": _basics(person, profile, imported)}
    data["work"] = [
        job
        for employer in find_all(profile, "EmploymentHistory/EmployerHistory")
        for job in _jobs(employer)
    ]
    data["education"] = [
        _education(e) for e in find_all(profile, "EducationHistory/EducationOrganizationAttendance")
    ]
    data["certificates"] = [
        _certificate(c) for c in find_all(profile, "Certifications/Certification")
    ]
    data["projects"] = [_project(p) for p in find_all(profile, "Projects/Project")]
    data["volunteer"] = [_volunteer(v) for v in find_all(profile, "VoluntaryWorks/VoluntaryWork")]
    data["publications"] = [
        *(_titled(p, None) for p in find_all(profile, "PublicationHistory/Publication")),
        *(
            _titled(c, "Conferences and seminars")
            for c in find_all(profile, "ConferencesAndSeminars/ConferenceAndSeminar")
        ),
    ]
    data["interests"] = [
        _interest(h) for h in find_all(profile, "HobbiesAndInterests/HobbyOrInterest")
    ]
    data["languages"] = _languages(person, profile)
    data["skills"] = _skills(profile)
    data["references"] = [_referee(r) for r in find_all(profile, "EmploymentReferences/Referee")]
    for attachment in children(profile, "Attachment"):
        if text(attachment, "FileType") == "photo":
            imported.note(
                "the photo inside the Europass file: save it beside the source and name it in"
                " basics.image",
                lines.get(attachment),
            )
    for part in profile if profile is not None else []:
        if local(part.tag) not in _READ and text(part):
            imported.note(f"`{local(part.tag)}`: no section of ours holds it", lines.get(part))
    return data


def _basics(person: Element | None, profile: Element | None, imported: Imported) -> dict[str, Any]:
    name = " ".join(
        filter(None, [text(person, "PersonName/GivenName"), text(person, "PersonName/FamilyName")])
    )
    basics: dict[str, Any] = {
        "name": name or "Your Name",
        "summary": " ".join(rich(profile, "ExecutiveSummary").split()),
    }
    for channel in children(person, "Communication"):
        kind = text(channel, "ChannelCode").lower()
        if kind == "email" and "email" not in basics:
            basics["email"] = text(channel, "URI")
        elif kind in ("telephone", "mobile") and "phone" not in basics:
            dialing = text(channel, "CountryDialing")
            basics["phone"] = " ".join(
                filter(None, [f"+{dialing}" if dialing else "", text(channel, "DialNumber")])
            )
        elif kind == "web" and "url" not in basics:
            basics["url"] = web_address(text(channel, "URI"))
        elif (address := find(channel, "Address")) is not None and "location" not in basics:
            basics["location"] = {
                "address": ", ".join(text(line) for line in children(address, "AddressLine")),
                "city": text(address, "CityName"),
                "postalCode": text(address, "PostalCode"),
                "countryCode": text(address, "CountryCode").upper(),
            }
    if not name:
        imported.doubt(("basics", "name"), "the file names no one: write your name")
    return basics


def _date(element: Element | None, path: str) -> str | None:
    return parse_date(text(element, f"{path}/FormattedDateTime"))


def _period(element: Element | None, ongoing: str = "Ongoing") -> dict[str, str | None]:
    current = text(element, ongoing).lower() == "true"
    return {
        "startDate": _date(element, "StartDate"),
        "endDate": None if current else _date(element, "EndDate"),
    }


def _story(element: Element | None, path: str = "Description") -> tuple[str, list[str]]:
    return split_bullets(rich(element, path))


def _jobs(employer: Element) -> list[dict[str, Any]]:
    jobs = []
    for position in children(employer, "PositionHistory"):
        summary, highlights = _story(position)
        place = ", ".join(filter(None, [text(position, "City"), text(position, "Country").upper()]))
        jobs.append({
            "name": text(employer, "OrganizationName"),
            "position": text(position, "PositionTitle"),
            "location": place,
            **_period(find(position, "EmploymentPeriod"), "CurrentIndicator"),
            "summary": summary,
            "highlights": highlights,
        })  # fmt: skip
    return jobs


def _education(school: Element) -> dict[str, Any]:
    degree = find(school, "EducationDegree")
    summary, bullets = _story(degree, "OccupationalSkillsCovered")
    return {
        "institution": text(school, "OrganizationName"),
        "studyType": text(degree, "DegreeName"),
        "area": text(degree, "FieldOfStudy/MainFieldOfStudy/ProgramConcentration"),
        "score": text(degree, "FinalGrade/ScoreText"),
        **_period(find(school, "AttendancePeriod")),
        "courses": [
            *([text(degree, "Thesis")] if text(degree, "Thesis") else []),
            *bullets,
            *([summary] if summary else []),
        ],
    }


def _certificate(certificate: Element) -> dict[str, Any]:
    return {
        "name": text(certificate, "CertificationName"),
        "issuer": text(certificate, "IssuingAuthority/Name"),
        "date": _date(certificate, "FirstIssuedDate"),
        "url": web_address(text(certificate, "Link")),
    }


def _project(project: Element) -> dict[str, Any]:
    summary, highlights = _story(project)
    return {
        "name": text(project, "Title"),
        **_period(find(project, "Date")),
        "description": summary,
        "highlights": highlights,
        "url": web_address(text(project, "Link")),
    }


def _volunteer(work: Element) -> dict[str, Any]:
    summary, highlights = _story(work)
    return {
        "organization": text(work, "Title"),
        "position": text(work, "Role"),
        **_period(find(work, "Date")),
        "summary": summary,
        "highlights": highlights,
        "url": web_address(text(work, "Link")),
    }


def _titled(element: Element, kind: str | None) -> dict[str, Any]:
    summary, highlights = _story(element)
    dates = _period(find(element, "Date"))
    return {
        "name": text(element, "Title"),
        "releaseDate": dates["startDate"],
        "summary": " ".join(filter(None, [summary, *highlights])),
        "url": web_address(text(element, "Link")),
        "type": kind,
    }


def _interest(hobby: Element) -> dict[str, Any]:
    summary, bullets = _story(hobby)
    return {"name": text(hobby, "Title") or summary, "keywords": bullets}


def _languages(person: Element | None, profile: Element | None) -> list[dict[str, Any]]:
    spoken = [
        {"language": LANGUAGES.get(text(code).lower(), text(code)), "fluency": "Mother tongue"}
        for code in children(person, "PrimaryLanguageCode")
    ]
    for competency in find_all(profile, "PersonQualifications/PersonCompetency"):
        if text(competency, "TaxonomyID").lower() != "language":
            continue
        scores = sorted(
            {text(d, "Score/ScoreText") for d in children(competency, "CompetencyDimension")} - {""}
        )
        code = text(competency, "CompetencyID")
        spoken.append({"language": LANGUAGES.get(code.lower(), code), "fluency": "/".join(scores)})
    return spoken


def _skills(profile: Element | None) -> list[dict[str, Any]]:
    groups = []
    for others in children(profile, "Others"):
        for other in children(others, "Other"):
            summary, bullets = _story(other)
            groups.append(
                {
                    "name": text(other, "Title") or text(others, "Title"),
                    "keywords": bullets or [summary],
                }
            )
    for tag, name in _SKILL_GROUPS:
        for group in children(profile, tag):
            for skill in group:
                summary, bullets = _story(skill)
                if summary or bullets:
                    groups.append(
                        {"name": text(skill, "Title") or name, "keywords": bullets or [summary]}
                    )
    for group in find_all(profile, "DigitalSkills/DigitalSkillsGroup"):
        words = [text(skill) for skill in group if text(skill)]
        if words:
            groups.append({"name": "Digital skills", "keywords": words})
    return groups


def _referee(referee: Element) -> dict[str, Any]:
    name = " ".join(
        filter(
            None, [text(referee, "PersonName/GivenName"), text(referee, "PersonName/FamilyName")]
        )
    )
    return {
        "name": " — ".join(filter(None, [name, text(referee, "Role")])),
        "reference": " ".join(rich(referee, "Comment").split()),
    }
