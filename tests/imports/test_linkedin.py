"""LinkedIn's export, the zip or its folder: partial exports, cells over several lines, dates as
`Mar 2019` or a year, broken addresses: all read, never a crash."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from resume.imports import import_file, source_text
from tests.imports.inputs import IMPORTS

EXPORTS = sorted((IMPORTS / "linkedin" / "files").iterdir())


def _zipped(folder: Path, zip_path: Path, inside: str = "") -> Path:
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"{inside}{path.name}")
    return zip_path


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _jobs(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (entry["name"], role["position"])
        for entry in data.get("work", [])
        for role in entry.get("roles") or [entry]
    }


@pytest.mark.parametrize("folder", EXPORTS, ids=lambda p: p.name)
def test_the_zip_and_its_folder_import_alike(tmp_path: Path, folder: Path) -> None:
    from_folder = import_file(folder)
    from_zip = import_file(_zipped(folder, tmp_path / "export.zip", "Basic_LinkedInDataExport/"))
    assert from_zip.format == from_folder.format == "LinkedIn export (zip or folder of CSVs)"
    assert from_zip.data == from_folder.data


@pytest.mark.parametrize("folder", EXPORTS, ids=lambda p: p.name)
def test_every_position_and_school_of_a_real_export_is_kept(tmp_path: Path, folder: Path) -> None:
    imported = import_file(folder)
    source_text(imported, tmp_path / "out.yaml")  # validates
    jobs = _jobs(imported.data)
    starts = {
        (entry["name"], role["position"]): role.get("startDate", "")
        for entry in imported.data["work"]
        for role in entry.get("roles") or [entry]
    }
    for row in _rows(folder / "Positions.csv"):
        job = (row["Company Name"].strip(), row["Title"].strip())
        assert job in jobs
        year = re.search(r"\d{4}", row["Started On"])
        assert starts[job][:4] == (year[0] if year else "")
    schools = {entry["institution"] for entry in imported.data["education"]}
    assert {row["School Name"].strip() for row in _rows(folder / "Education.csv")} <= schools


def test_a_partial_export_without_a_profile_asks_for_the_name(tmp_path: Path) -> None:
    (tmp_path / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Engineer,,Berlin,Mar 2019,2021\n",
        encoding="utf-8",
    )
    imported = import_file(tmp_path)
    assert imported.data["basics"] == {"name": "Your Name"}
    assert imported.unsure[("basics", "name")].startswith("the export has no Profile.csv")
    assert imported.data["work"] == [
        {
            "name": "Acme",
            "position": "Engineer",
            "location": "Berlin",
            "startDate": "2019-03",
            "endDate": "2021",
        }
    ]


def test_cells_over_lines_bullets_dates_and_broken_addresses(tmp_path: Path) -> None:
    (tmp_path / "Profile.csv").write_text(
        "First Name,Last Name,Headline,Summary,Websites\n"
        'Ada,Lovelace,Analyst,"First line,\nsecond line",[PERSONAL:htp//broken]\n',
        encoding="utf-8",
    )
    (tmp_path / "Projects.csv").write_text(
        "Title,Description,Url,Started On,Finished On\n"
        '"Engine","Notes on it.\n• Wrote Note G\n• Fixed a bug",not a url,Sept 1843,someday\n',
        encoding="utf-8",
    )
    imported = import_file(tmp_path)
    source_text(imported, tmp_path / "out.yaml")
    assert imported.data["basics"] == {
        "name": "Ada Lovelace",
        "label": "Analyst",
        "summary": "First line, second line",
    }
    assert imported.data["projects"] == [
        {
            "name": "Engine",
            "description": "Notes on it.",
            "startDate": "1843-09",
            "highlights": ["Wrote Note G", "Fixed a bug"],
        }
    ]
    assert [(n.file, n.line, n.message) for n in imported.notes] == [
        (f"{tmp_path}/Projects.csv", 2, "Finished On “someday” is not a date")
    ]


@pytest.mark.parametrize(
    "positions",
    [
        "Company Name,Title\n",  # a header alone
        "Company Name,Title\nAcme\n",  # a short row
        "Title,Company Name,Extra,More\nEngineer,Acme,x,y,z,w\n",  # columns moved, extra cells
        'Company Name,Title\n"Acme,Engineer\n',  # a quote never closed
        "\ufeffCompany Name,Title\r\nAcme,Engineer\r\n",  # a byte-order mark, CRLF
    ],
)
def test_odd_csv_never_crashes(tmp_path: Path, positions: str) -> None:
    (tmp_path / "Positions.csv").write_text(positions, encoding="utf-8")
    source_text(import_file(tmp_path), tmp_path / "out.yaml")


def test_bullet_points_run_into_one_line_become_highlights(tmp_path: Path) -> None:
    (tmp_path / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Engineer,Built the platform. • Cut costs by 30% • Hired 4 people,,2019,2021\n",
        encoding="utf-8",
    )
    (job,) = import_file(tmp_path).data["work"]
    assert job["summary"] == "Built the platform."
    assert job["highlights"] == ["Cut costs by 30%", "Hired 4 people"]
