"""Europass: the real XML files of every era (2013's v2.0, SkillsPassport v3, the newer
Candidate) each read by the reader of its era, and a Europass PDF read through the XML attached
to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

FILES = IMPORTS / "europass" / "files"
PDFS = sorted(FILES.glob("*.pdf"))
CANDIDATES = sorted(FILES.glob("*.embedded.xml"))


def _tags(text: str, name: str) -> list[str]:
    return [
        " ".join(found.split()) for found in re.findall(rf"<(?:\w+:)?{name}[^>]*>([^<]+)<", text)
    ]


@pytest.mark.parametrize(
    "path", [*CANDIDATES, FILES / "eestec__Lykeion__LykeionCV.xml"], ids=lambda p: p.name
)
def test_a_real_europass_xml_keeps_its_jobs_and_schools(tmp_path: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    data = imported.data
    positions = {
        role["position"] for job in data.get("work", []) for role in job.get("roles") or [job]
    }
    employers = {job["name"] for job in data.get("work", [])}
    assert (
        set(_tags(text, "PositionTitle")) | {t for t in _tags(text, "label") if t in positions}
        <= positions
    )
    assert set(_tags(text, "OrganizationName")) <= employers | {
        e["institution"] for e in data.get("education", [])
    }
    given = _tags(text, "GivenName")[:1] or _tags(text, "firstname")
    assert data["basics"]["name"].startswith(given[0])


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_a_europass_pdf_reads_as_the_xml_attached_to_it(pdf: Path) -> None:
    xml = pdf.with_name(f"{pdf.stem}.embedded.xml")
    from_pdf, from_xml = import_file(pdf), import_file(xml)
    assert from_pdf.format == from_xml.format
    assert from_pdf.data == from_xml.data
    assert from_pdf.data.get("work") or from_pdf.data.get("education")
