"""PDFs others made, beside the source they were made from: what the import reads from the
layout, scored against that source. `pytest -s` prints the score of each file."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from resume.imports import pdf
from resume.source.parsed import Source
from resume.source.validate import validate
from resume.source.yaml_format import YAML
from tests.conftest import SHARED
from tests.imports.pdf_truth import (
    alike,
    imported_entries,
    imported_fields,
    jsonresume_truth,
    plain,
    rendercv_truth,
    scores,
    tex_entries,
)

RENDERCV = sorted((SHARED / "imports" / "rendercv-pairs" / "files").glob("*.yaml"))
LATEX = sorted((SHARED / "imports" / "pdf-pairs").glob("*/files/*.tex"))
PDFS = sorted((SHARED / "imports" / "pdf-pairs").glob("*/files/*.pdf")) + [
    yaml.with_suffix(".pdf") for yaml in RENDERCV
]
JSON_RESUME = sorted((SHARED / "imports" / "pdf-pairs" / "jsonresume" / "files").glob("*.pdf"))
TARGET = 0.9  # the average score over RenderCV's PDFs
SHARE_WITHIN = 0.8  # of the LaTeX PDFs whose entries come back within one or a tenth


def test_the_pairs_are_here() -> None:
    assert len(RENDERCV) >= 5 and len(LATEX) >= 4, "../shared/imports is missing"


def test_renderCV_pdfs_give_back_the_fields_of_their_yaml() -> None:
    rows = {}
    for yaml in RENDERCV:
        found = imported_fields(pdf.read(yaml.with_suffix(".pdf")).data)
        rows[yaml.stem] = scores(rendercv_truth(yaml), found)
    averages = {name: sum(row.values()) / len(row) for name, row in rows.items()}
    for name, row in rows.items():
        fields = " ".join(f"{key}={value:.2f}" for key, value in row.items())
        print(f"\n{name}: {averages[name]:.3f} ({fields})", end="")
    average = sum(averages.values()) / len(averages)
    print(f"\nRenderCV PDFs: {average:.3f} on average")
    assert average >= TARGET, averages


def test_latex_pdfs_give_back_the_entries_their_tex_declares() -> None:
    near = 0
    for tex in LATEX:
        declared = tex_entries(tex)
        found = imported_entries(pdf.read(tex.with_suffix(".pdf")).data)
        close = abs(found - declared) <= max(1, declared // 10)
        near += close
        print(f"\n{tex.stem}: {declared} entries declared, {found} read", end="")
    print()
    assert near >= SHARE_WITHIN * len(LATEX)


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.name)
def test_every_pdf_imports_into_a_valid_source_with_the_name(path: Path) -> None:
    imported = pdf.read(path)
    resume, _ = validate(Source(path.with_suffix(".yaml"), copy.deepcopy(imported.data), YAML))
    assert resume.basics.name.strip()
    assert all(path[0] in imported.data for path in imported.unsure)


def _partner_name(path: Path) -> str:
    if path.with_suffix(".yaml").is_file():
        return rendercv_truth(path.with_suffix(".yaml")).name
    (source,) = path.parent.glob(f"{path.name.split('resume.')[0]}resume.json")
    return jsonresume_truth(source).name


@pytest.mark.parametrize(
    "path", [yaml.with_suffix(".pdf") for yaml in RENDERCV] + JSON_RESUME, ids=lambda p: p.name
)
def test_the_name_is_the_one_the_source_gives(path: Path) -> None:
    name = plain(pdf.read(path).data["basics"]["name"])
    assert alike(name, _partner_name(path)), name


def test_json_resume_theme_pdfs_are_scored_for_the_note() -> None:
    """No target: HTML themes leave out what the score counts (a theme that shows no
    employer, one that prints years alone); printed for the lead's note."""
    for path in JSON_RESUME:
        (source,) = path.parent.glob(f"{path.name.split('resume.')[0]}resume.json")
        row = scores(jsonresume_truth(source), imported_fields(pdf.read(path).data))
        fields = " ".join(f"{key}={value:.2f}" for key, value in row.items())
        print(f"\n{path.stem}: {sum(row.values()) / len(row):.3f} ({fields})", end="")
    print()


@pytest.mark.parametrize("yaml_path", RENDERCV, ids=lambda path: path.stem)
def test_contacts_come_back_from_their_shapes_and_the_links_behind_icons(yaml_path: Path) -> None:
    """RenderCV shows a profile as an icon and a user name, linked: the link says whose."""
    import yaml

    cv = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["cv"]
    basics = pdf.read(yaml_path.with_suffix(".pdf")).data["basics"]
    assert basics["email"] == cv["email"]
    assert _digits(basics["phone"])[-7:] == _digits(cv["phone"])[-7:]
    profiles = {(p["network"], p["username"].lstrip("@")) for p in basics.get("profiles", [])}
    wanted = {(s["network"], s["username"].lstrip("@")) for s in cv.get("social_networks") or []}
    assert profiles == wanted


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())
