"""LinkedIn's data export: the zip LinkedIn mails, or the folder it unpacks to, of CSV files
(`Profile.csv`, `Positions.csv`, `Education.csv`, `Skills.csv`…). Any of them may be missing
(a partial export); a cell may run over several lines; dates are `Mar 2019` or a year."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resume.errors import UserError
from resume.imports.archive import is_zip, member_names, read_member
from resume.imports.base import Imported, clean
from resume.imports.dates import parse_date
from resume.imports.html import split_bullets
from resume.imports.profiles import web_address
from resume.imports.reading import head, read_bytes
from resume.imports.roles import fold_roles

NAME = "LinkedIn export (zip or folder of CSVs)"
# The files read, by the name LinkedIn gives them (compared without case).
_FILES = (
    "profile.csv", "positions.csv", "education.csv", "skills.csv", "languages.csv",
    "certifications.csv", "projects.csv", "email addresses.csv", "phonenumbers.csv",
    "honors.csv", "publications.csv", "volunteering.csv", "courses.csv",
)  # fmt: skip
_MAX_CSV_BYTES = 5_000_000


@dataclass
class Row:
    """One row of a CSV file, its cells by column, and the line it starts on."""

    cells: dict[str, str]
    where: str
    line: int

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()


def _files(path: Path) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """The export's CSV files by lower-case name: (name as written, a reader of its bytes)."""
    if path.is_dir():
        return {
            p.name.lower(): (p.name, lambda p=p: read_bytes(p, _MAX_CSV_BYTES))  # type: ignore[misc]
            for p in sorted(path.iterdir())
            if p.is_file() and p.suffix.lower() == ".csv"
        }
    if not is_zip(head(path)):
        return {}
    found: dict[str, tuple[str, Callable[[], bytes]]] = {}
    for name, info in member_names(path).items():
        base = name.rsplit("/", 1)[-1]
        if base.lower().endswith(".csv") and base.lower() not in found:
            found[base.lower()] = (name, lambda info=info: read_member(path, info))  # type: ignore[misc]
    return found


def recognise(path: Path) -> bool:
    return bool(set(_files(path)) & set(_FILES))


def read(path: Path) -> Imported:
    files = _files(path)
    imported = Imported(path, NAME)
    rows = {name: list(_rows(path, *files[name])) for name in _FILES if name in files}
    data: dict[str, Any] = {"basics": _basics(rows, imported)}
    for name, (section, make) in _SECTIONS.items():
        data[section] = data.get(section, []) + [make(row) for row in rows.get(name, [])]
    data["work"] = fold_roles(data.get("work", []))
    data["skills"] = _skills(rows.get("skills.csv", []))
    _dates_not_read(rows, imported)
    imported.data = clean(data)
    return imported


def _rows(path: Path, name: str, read_bytes_of: Callable[[], bytes]) -> Iterator[Row]:
    where = f"{path}/{name}" if path.is_dir() else f"{path}:{name}"
    text = read_bytes_of().decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if header is None:
                header = [cell.strip() for cell in cells]
                continue
            if any(cell.strip() for cell in cells):
                yield Row(dict(zip(header, cells, strict=False)), where, start)
    except csv.Error as error:
        raise UserError(f"{where}:{line}: not CSV as LinkedIn writes it ({error})") from None


def _first(rows: dict[str, list[Row]], name: str) -> Row | None:
    found = rows.get(name) or []
    return found[0] if found else None


def _basics(rows: dict[str, list[Row]], imported: Imported) -> dict[str, Any]:
    profile = _first(rows, "profile.csv")
    emails = rows.get("email addresses.csv", [])
    primary = next(
        (r for r in emails if r.get("Primary").lower() == "yes"), emails[0] if emails else None
    )
    phone = _first(rows, "phonenumbers.csv")
    name = (
        " ".join(filter(None, [profile.get("First Name"), profile.get("Last Name")]))
        if profile
        else ""
    )
    if not name:
        imported.doubt(("basics", "name"), "the export has no Profile.csv with a name: write yours")
    summary, bullets = split_bullets(_bulleted(profile.get("Summary"))) if profile else ("", [])
    return {
        "name": name or "Your Name",
        "label": profile.get("Headline") if profile else None,
        "summary": " ".join([summary, *bullets]),
        "email": primary.get("Email Address") if primary else None,
        "phone": phone.get("Number") if phone else None,
        "location": {"city": profile.get("Geo Location"), "postalCode": profile.get("Zip Code")}
        if profile
        else {},
        "url": _website(profile.get("Websites")) if profile else None,
    }


def _website(cell: str) -> str | None:
    """LinkedIn writes `[PERSONAL:https://a.org,COMPANY:https://b.com]`: the first address."""
    for part in cell.strip("[]").split(","):
        address = web_address(
            part.split(":", 1)[-1] if ":" in part and not part.lower().startswith("http") else part
        )
        if address:
            return address
    return None


def _bulleted(text: str) -> str:
    """A cell whose bullet points LinkedIn ran into one line (`… • Next point`) as lines."""
    return text.replace(" • ", "\n• ").replace("  - ", "\n- ")


def _dates(row: Row, start: str = "Started On", end: str = "Finished On") -> dict[str, str | None]:
    return {"startDate": parse_date(row.get(start)), "endDate": parse_date(row.get(end))}


TAGLINE = 160  # characters: about a line of the résumé


def _story(row: Row, column: str = "Description") -> tuple[str, list[str]]:
    return split_bullets(_bulleted(row.get(column)))


def _position(row: Row) -> dict[str, Any]:
    summary, highlights = _story(row)
    made = {
        "name": row.get("Company Name"),
        "position": row.get("Title"),
        "location": row.get("Location"),
    }
    return {**made, **_dates(row), "summary": summary, "highlights": highlights}


def _education(row: Row) -> dict[str, Any]:
    notes, courses = _story(row, "Notes")
    degree = row.get("Degree Name").strip(" ,")
    return {
        "institution": row.get("School Name"),
        "studyType": degree.split(",", 1)[0].strip() if degree else None,
        "area": degree.split(",", 1)[1].strip() if "," in degree else None,
        **_dates(row, "Start Date", "End Date"),
        "courses": [c for c in [*courses, notes] if c],
    }


def _project(row: Row) -> dict[str, Any]:
    summary, highlights = _story(row)
    made = {"name": row.get("Title"), "url": web_address(row.get("Url"))}
    return {**made, **_tagline(summary), **_dates(row), "highlights": highlights}


def _tagline(text: str) -> dict[str, str]:
    """A project's `description` is one line, what it is; LinkedIn's is often a paragraph:
    then its first sentence is the line, and the whole paragraph the portfolio's `details`."""
    if len(text) <= TAGLINE:
        return {"description": text}
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return {"description": first, "details": text}


def _volunteer(row: Row) -> dict[str, Any]:
    summary, highlights = _story(row)
    made = {"organization": row.get("Company Name"), "position": row.get("Role")}
    return {**made, **_dates(row), "summary": summary, "highlights": highlights}


def _skills(rows: list[Row]) -> list[dict[str, Any]]:
    names = [row.get("Name") for row in rows if row.get("Name")]
    return [{"name": "Skills", "keywords": names}] if names else []


_SECTIONS: dict[str, tuple[str, Callable[[Row], dict[str, Any]]]] = {
    "positions.csv": ("work", _position),
    "education.csv": ("education", _education),
    "projects.csv": ("projects", _project),
    "volunteering.csv": ("volunteer", _volunteer),
    "languages.csv": (
        "languages",
        lambda r: {"language": r.get("Name"), "fluency": r.get("Proficiency")},
    ),
    "certifications.csv": (
        "certificates",
        lambda r: {
            "name": r.get("Name"),
            "issuer": r.get("Authority"),
            "date": parse_date(r.get("Started On")),
            "url": web_address(r.get("Url")),
        },
    ),
    "honors.csv": (
        "awards",
        lambda r: {
            "title": r.get("Title"),
            "date": parse_date(r.get("Issued On")),
            "summary": r.get("Description"),
        },
    ),
    "publications.csv": (
        "publications",
        lambda r: {
            "name": r.get("Name"),
            "publisher": r.get("Publisher"),
            "releaseDate": parse_date(r.get("Published On")),
            "url": web_address(r.get("Url")),
            "summary": r.get("Description"),
        },
    ),
    "courses.csv": ("certificates", lambda r: {"name": r.get("Name")}),
}
_DATE_COLUMNS = ("Started On", "Finished On", "Start Date", "End Date", "Issued On", "Published On")


def _dates_not_read(rows: dict[str, list[Row]], imported: Imported) -> None:
    """A date that is there but not a date: said at its row."""
    for name, found in rows.items():
        if name in ("email addresses.csv", "profile.csv"):
            continue
        for row in found:
            for column in _DATE_COLUMNS:
                if row.get(column) and not parse_date(row.get(column)):
                    imported.note(
                        f"{column} “{row.get(column)}” is not a date", row.line, row.where
                    )
