"""Two roles at AMD (tests/cases/roles/promoted.yaml), rendered once: "AMD" heads both positions
once in every output, machines read each role's title, dates and highlights apart, and the
JSON Resume export has two AMD entries that import folds back, so the round trip is lossless."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import docx
import jsonschema
import pypdf
import pytest
from typer.testing import CliRunner
from weasyprint import HTML

from resume.build import RenderOptions, render
from resume.check import check_pdfs
from resume.check.extractors import EXTRACTORS, available
from resume.check.fields import page_facts
from resume.cli.app import app
from resume.content.view import make_document
from resume.engine.condense import measured
from resume.engine.fit import longest_entries
from resume.source.validate import read_source
from resume.theme.templating import environment, render_html
from resume.theme.themes import builtin_names, load_theme

PROMOTED = Path(__file__).parent / "cases" / "roles" / "promoted.yaml"
SCHEMA = Path(__file__).parent / "jsonresume" / "schema.json"  # JSON Resume 1.0's
SENIOR, JUNIOR = "Senior Firmware Engineer", "Firmware Engineer"
ORDER = ["AMD", SENIOR, "Mar 2022", "Cut cold-boot", JUNIOR, "Jun 2019 – Feb 2022", "Lumen"]
runner = CliRunner()


@dataclass(frozen=True)
class Outputs:
    out: Path

    def read(self, suffix: str) -> str:
        (path,) = self.out.glob(f"Mira_Castellanos_*{suffix}")
        return path.read_text(encoding="utf-8")

    def pdf(self, kind: str) -> Path:
        return self.out / f"Mira_Castellanos_{kind}.pdf"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    out = tmp_path_factory.mktemp("promoted")
    only = ("resume", "portfolio", "site", "text", "markdown", "docx")
    render(RenderOptions(source=PROMOTED, out=out, outputs=only))
    return Outputs(out)


def flat(text: str) -> str:
    return " ".join(text.split())


def in_order(text: str, words: list[str]) -> bool:
    """Whether `words` are in `text`, each after the one before."""
    at = 0
    for word in words:
        at = text.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


def pdftotext(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("kind", ["Resume", "Portfolio"])
def test_the_pdfs_name_amd_once_above_both_positions(outputs: Outputs, kind: str) -> None:
    texts = {
        "pypdf": flat(
            "\n".join(p.extract_text() for p in pypdf.PdfReader(outputs.pdf(kind)).pages)
        ),
        "pdftotext": flat(pdftotext(outputs.pdf(kind))),
    }
    for reader, text in texts.items():
        assert text.count("AMD") == 1, (reader, text)
        assert in_order(text, ORDER), (reader, text)
        assert "Jun 2019 – Present" in text, reader  # the employer's span, from its roles
        assert text.count(JUNIOR) == 2, reader  # once alone, once in "Senior Firmware Engineer"


def test_every_reader_finds_each_roles_fields_apart(outputs: Outputs) -> None:
    """pypdf, pdftotext, pdfminer and pdf.js, whichever this machine has (make test brings
    pdf.js)."""
    if missing := [reader for reader in EXTRACTORS if reader not in available()]:
        pytest.skip(f"not installed here: {', '.join(missing)} (make test installs them)")
    for report in check_pdfs([outputs.pdf("Resume"), outputs.pdf("Portfolio")], EXTRACTORS):
        assert report.problems == [], str(report)
        fields = dict(report.facts)["fields"]
        assert "5 entries" in fields  # AMD, its 2 roles, Lumen, the school
        assert all(reader in fields for reader in EXTRACTORS)


def test_the_page_text_markdown_and_docx_have_one_amd_heading(outputs: Outputs) -> None:
    page = (outputs.out / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'data-field="organisation"><a [^>]*>AMD<', page)) == 1
    (linked_data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert json.loads(linked_data)["worksFor"] == [{"@type": "Organization", "name": "AMD"}]
    text = outputs.read(".txt")
    assert text.count("AMD") == 1 and in_order(text, ORDER)
    assert (
        "AMD\nJun 2019 – Present · Austin, TX\nSenior Firmware Engineer\nMar 2022 – Present\n• Cut"
        in text
    )
    markdown = outputs.read(".md")
    assert (
        "### [AMD](https://www.amd.com)\n\n*Jun 2019 – Present · Austin, TX*\n\n#### Senior"
        in markdown
    )
    assert markdown.count("#### ") == 2 and "### Embedded Intern, Lumen Robotics" in markdown
    word = docx.Document(str(outputs.out / "Mira_Castellanos_Resume.docx"))
    headings = [
        (p.style.name, p.text.split("\t")[0])
        for p in word.paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert headings[1:5] == [
        ("Heading 2", "AMD"),
        ("Heading 3", SENIOR),
        ("Heading 3", JUNIOR),
        ("Heading 2", "Embedded Intern, Lumen Robotics"),
    ]


def test_every_theme_marks_the_employer_and_each_role_as_entries() -> None:
    resume = read_source(PROMOTED).resume
    for theme in builtin_names():
        env = environment(load_theme(theme))
        for output in ("resume", "portfolio"):
            facts = page_facts(render_html(env, make_document(resume, output)))
            assert facts.entries[:3] == [
                {"organisation": "AMD", "dates": "Jun 2019 – Present", "location": "Austin, TX"},
                {"title": SENIOR, "dates": "Mar 2022 – Present"},
                {"title": JUNIOR, "dates": "Jun 2019 – Feb 2022"},
            ], (theme, output)
            assert facts.highlights[0] == "Cut cold-boot time of the reference board by 40%."


def test_fitting_and_condensing_measure_each_role() -> None:
    resume = read_source(PROMOTED).resume
    page = render_html(environment(load_theme("compact")), make_document(resume, "resume"))
    document = HTML(string=page).render()
    named = [name for name, _ in longest_entries(document)]
    assert named[:2] == [f"{SENIOR}, AMD", f"{JUNIOR}, AMD"] and "AMD" not in named
    shown = measured(document)
    assert [len(h) for h in shown.highlights["work"]] == [2, 2, 1]  # per role, then Lumen
    assert len(shown.entries["work"]) == 3 and all(h > 0 for h in shown.entries["work"])


def test_the_export_validates_and_the_round_trip_is_lossless(tmp_path: Path) -> None:
    exported = tmp_path / "exported.json"
    result = runner.invoke(app, ["export", str(PROMOTED), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    data = json.loads(exported.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert list(validator.iter_errors(data)) == []
    amd = [entry for entry in data["work"] if entry["name"] == "AMD"]
    assert [entry["position"] for entry in amd] == [SENIOR, JUNIOR]
    imported = tmp_path / "imported.yaml"
    result = runner.invoke(app, ["import", str(exported), "-o", str(imported)])
    assert result.exit_code == 0, result.output
    assert "work[0]: 2 entries at AMD read as one employer with its roles" in result.stderr
    assert "roles:\n      - position: Senior Firmware Engineer" in imported.read_text(
        encoding="utf-8"
    )
    again = tmp_path / "again.json"
    assert runner.invoke(app, ["export", str(imported), "-o", str(again)]).exit_code == 0
    # the same JSON, but for the mark the import leaves in `meta` until its author removes it
    marked = json.loads(again.read_text(encoding="utf-8"))
    assert marked.pop("meta") == {"importedFrom": "JSON Resume"}
    assert marked == json.loads(exported.read_text(encoding="utf-8"))
