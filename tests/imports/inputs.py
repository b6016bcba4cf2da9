"""The real files in ../shared/imports/ that the importers must read, and what each says of
its person, read from the file itself (never from an importer)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import yaml

from tests.conftest import SHARED

IMPORTS = SHARED / "imports"


def _partner_of_a_pdf(path: Path) -> bool:
    """A file a PDF beside it was made from (its source), or holds (its XML)."""
    stem = path.name.split(".")[0] if path.is_dir() else path.stem.removesuffix(".embedded")
    return any(
        pdf.stem == stem or pdf.stem.startswith(f"{stem}.") for pdf in path.parent.glob("*.pdf")
    )


def real_inputs() -> list[Path]:
    """Every input in `IMPORTS/*/files/` (a file, or a folder such as a LinkedIn export) but
    LaTeX sources, PDFs and the PDFs' partners, which the PDF import's tests read."""
    found = []
    for child in sorted(IMPORTS.glob("*/files/*")):
        if child.suffix.lower() in (".pdf", ".tex", ".inputs") or _partner_of_a_pdf(child):
            continue
        found.append(child)
    return found


def kind_of(path: Path) -> str:
    """The folder of its kind: rendercv, linkedin, europass…"""
    return path.relative_to(IMPORTS).parts[0]


def _yaml(path: Path) -> dict[str, object]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def name_in(path: Path) -> str | None:
    """The person's name as the file writes it; None where the file has no person's name (a
    LinkedIn export without Profile.csv, a BibTeX list)."""
    kind = kind_of(path)
    if kind in ("rendercv", "rendercv-pairs"):
        return str(_yaml(path)["cv"]["name"])  # type: ignore[index]
    if kind in ("reactive-resume",):
        return str(json.loads(path.read_text(encoding="utf-8"))["basics"]["name"])
    if kind == "fresh":
        return str(_yaml(path)["name"])
    if kind == "europass":
        text = path.read_text(encoding="utf-8")
        parts = re.findall(r"<(?:\w+:)?(?:GivenName|FamilyName|firstname|lastname)>([^<]+)<", text)
        return " ".join(parts[:2])
    if kind == "linkedin":
        profile = path / "Profile.csv"
        if not profile.exists():
            return None
        row = _first_row(profile)
        return f"{row['First Name']} {row['Last Name']}".strip()
    if kind == "bibtex":
        return None
    raise AssertionError(f"{path}: a kind of input this test does not know ({kind}): add it")


def _first_row(path: Path) -> dict[str, str]:
    return next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def words_in(path: Path) -> list[str]:
    """Words a résumé made from `path` must show when it names no person: LinkedIn's first
    employer; a BibTeX list's most frequent author's surname, as the file writes it."""
    if kind_of(path) == "linkedin":
        row = _first_row(path / "Positions.csv")
        return [row["Company Name"].strip()]
    text = path.read_text(encoding="utf-8")
    authors = re.findall(r"author\s*=\s*[{\"](.*)[}\"]", text, flags=re.IGNORECASE)
    names = [
        re.sub(r"\\[a-zA-Z]+|[{}]", "", name).strip()  # \textbf{Anwer, Atif}: a name as shown
        for field in authors
        for name in re.split(r"\s+and\s+", field)
    ]
    surnames = [name.split(",")[0] if "," in name else name.split()[-1] for name in names if name]
    return [max(set(surnames), key=surnames.count)]
