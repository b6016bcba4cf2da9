"""BibTeX and BibLaTeX publication lists, read by bibtexparser (LaTeX accents and braces
decoded by pylatexenc): on their own, as a source of publications; or added to an existing
source (`resume import refs.bib --into resume.yaml`), keeping its comments and layout."""

from __future__ import annotations

import collections
import re
from pathlib import Path
from typing import Any

from resume.errors import Problem
from resume.imports.base import Imported, clean
from resume.imports.dates import MONTH_NUMBERS
from resume.imports.profiles import web_address
from resume.imports.reading import head, read_bytes

NAME = "BibTeX / BibLaTeX"
MAX_BIB_BYTES = 2_000_000
_ENTRY = re.compile(rb"^\s*@\s*[a-zA-Z]+\s*[{(]", re.MULTILINE)
# An entry's type, to the group the academic theme lists it under.
TYPES = {
    "article": "Journal articles",
    "inproceedings": "Conference papers",
    "conference": "Conference papers",
    "proceedings": "Proceedings",
    "book": "Books",
    "inbook": "Book chapters",
    "incollection": "Book chapters",
    "phdthesis": "Theses",
    "mastersthesis": "Theses",
    "thesis": "Theses",
    "techreport": "Reports",
    "report": "Reports",
    "unpublished": "Preprints",
    "online": "Online",
    "patent": "Patents",
}
_VENUES = ("journal", "journaltitle", "booktitle", "eventtitle", "publisher", "school",
           "institution", "organization", "howpublished")  # fmt: skip


def recognise(path: Path) -> bool:
    start = head(path, 65536)
    return bool(start) and start.lstrip()[:1] not in (b"{", b"[") and bool(_ENTRY.search(start))


def entries_of(path: Path) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Each entry as {type, key, line, fields}; a warning for each block that cannot be read."""
    from bibtexparser.entrypoint import parse_string
    from bibtexparser.middlewares import (
        LatexDecodingMiddleware,
        NormalizeFieldKeys,
        SeparateCoAuthors,
    )

    text = read_bytes(path, MAX_BIB_BYTES).decode("utf-8", errors="replace")
    library = parse_string(
        text,
        append_middleware=[NormalizeFieldKeys(), LatexDecodingMiddleware(), SeparateCoAuthors()],
    )
    entries = [
        {
            "type": entry.entry_type.lower(),
            "key": entry.key,
            "line": (entry.start_line or 0) + 1,
            "fields": {key: value.value for key, value in entry.fields_dict.items()},
        }
        for entry in library.entries
    ]
    problems = [
        Problem(str(path), (block.start_line or 0) + 1, None, _failure(block), warning=True)
        for block in library.failed_blocks
    ]
    return entries, problems


def _failure(block: Any) -> str:
    error = getattr(block, "error", None)
    return f"not read as a BibTeX entry ({error})" if error else "not read as a BibTeX entry"


def publication(entry: dict[str, Any]) -> dict[str, Any]:
    """One entry as a publication of ours."""
    fields = entry["fields"]
    made: dict[str, Any] = clean(
        {
            "name": _plain(fields.get("title")),
            "publisher": next((_plain(fields[v]) for v in _VENUES if _plain(fields.get(v))), None),
            "releaseDate": _date(fields),
            "url": _address(fields),
            "summary": _authors(fields.get("author")),
            "type": TYPES.get(entry["type"], "Other"),
        }
    )
    return made


def _plain(value: Any) -> str:
    """Text without the braces LaTeX keeps case with, on one line."""
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    return " ".join(text.replace("{", "").replace("}", "").split())


def _authors(value: Any) -> str:
    """`Henri, Théo and Doe, J.` -> `Théo Henri, J. Doe`."""
    names = value if isinstance(value, list) else [value] if value else []
    shown = []
    for name in names:
        name = _plain(name).strip(" ,")
        last, comma, first = name.partition(",")
        shown.append(f"{first.strip()} {last.strip()}" if comma else name)
    return ", ".join(shown)


def _date(fields: dict[str, Any]) -> str | None:
    """BibLaTeX's `date`, or `year` with `month` (a number or a name)."""
    date = _plain(fields.get("date"))
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        return date
    year = _plain(fields.get("year"))
    if not re.fullmatch(r"\d{4}", year):
        return None
    month = _plain(fields.get("month")).lower().rstrip(".")
    number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month[:3])
    return f"{year}-{number:02d}" if number and 1 <= number <= 12 else year


def _address(fields: dict[str, Any]) -> str | None:
    doi = _plain(fields.get("doi")).removeprefix("https://doi.org/")
    if doi:
        return f"https://doi.org/{doi}"
    if url := web_address(_plain(fields.get("url"))):
        return url
    if _plain(fields.get("archiveprefix")).lower() == "arxiv" and _plain(fields.get("eprint")):
        return f"https://arxiv.org/abs/{_plain(fields['eprint'])}"
    return None


def read(path: Path) -> Imported:
    """A source of the list's publications, named for the author most of them share."""
    entries, problems = entries_of(path)
    imported = Imported(path, NAME)
    imported.notes += problems
    authors = collections.Counter(
        name
        for entry in entries
        for name in _authors(entry["fields"].get("author")).split(", ")
        if name
    )
    name = authors.most_common(1)[0][0] if authors else "Your Name"
    imported.doubt(("basics", "name"), "the author most of the publications share: check it")
    imported.data = {"basics": {"name": name}, "publications": [publication(e) for e in entries]}
    return imported
