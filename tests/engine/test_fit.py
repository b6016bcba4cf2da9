"""One page, readable, machine-readable, byte-identical: every theme, every test source.

Each (theme, source) résumé is rendered once per session; the tests read the PDFs as an ATS
and a person would: page count, type size, extracted text (pypdf and pdftotext), metadata."""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from typer.testing import CliRunner

from resume.build import RenderOptions, Written, render
from resume.check import check_pdf, first_difference, in_order_share, words_of
from resume.cli.app import app
from resume.content.locale import default_page_size
from resume.theme.themes import builtin_names, load_theme
from tests import oracle
from tests.columns import columns_of, layout_text, mixed_lines
from tests.conftest import DEFAULT_SOURCE, ROOT

FIT = ROOT / "tests" / "cases" / "fit"
LONG = FIT / "long.yaml"
EXAMPLE = ROOT / "data" / "example.yaml"
SOURCES = {
    "default": DEFAULT_SOURCE,
    "long": LONG,
    **({"example": EXAMPLE} if EXAMPLE.is_file() else {}),
}
THEMES = builtin_names()
# The sidebar theme holds long.yaml on one page as designed (its side column takes the skills,
# awards and languages beside the rest): it is fitted on long.yaml with more in the main column.
LONG_IN = {"sidebar": "long-two-column"}
EXTRA = {"long-two-column": FIT / "long-two-column.yaml"}
DATE = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
runner = CliRunner()

Renderer = Callable[..., Written]


@pytest.fixture(scope="session")
def resume_pdf(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    """The résumé (or portfolio) of `source` in `theme`, rendered on first use, kept."""
    cache: dict[tuple[str, str], list[Written]] = {}

    def get(theme: str, source: str, output: str = "resume") -> Written:
        if (theme, source) not in cache:
            out = tmp_path_factory.mktemp(f"{theme}-{source}")
            options = RenderOptions(
                source=(SOURCES | EXTRA)[source],
                out=out,
                theme=theme,
                outputs=["resume", "portfolio"],
                date=DATE,
            )
            cache[theme, source] = render(options).written
        return cache[theme, source][0 if output == "resume" else 1]

    return get


def body_size(path: Path) -> float:
    """The type size (pt) that most characters on the first page are set in (not the dots of
    the headings' leaders, which nobody sees: base.css)."""
    sizes: collections.Counter[float] = collections.Counter()

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        scale = (abs(tm[3]) or 1) * (abs(cm[3]) or 1)
        sizes[round(size * scale, 1)] += len(text.replace(".", "").strip())

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("theme", [t for t in THEMES if load_theme(t).pages == 1])
def test_long_source_is_fitted_onto_one_page_readably(theme: str, resume_pdf: Renderer) -> None:
    written = resume_pdf(theme, LONG_IN.get(theme, "long"))
    assert written.pages == 1
    fit = written.fit
    assert fit is not None and fit.tightness > 0, "the long source should overflow as designed"
    assert 2 <= fit.passes <= 6, fit  # measured, not searched
    assert body_size(written.path) >= 9.5
    if load_theme(theme).layout == "two-column":
        # Tighter lines keep the two columns' baselines apart (tests/columns.py).
        columns = columns_of(written.path)
        assert mixed_lines(layout_text(written.path), columns) == []


@pytest.mark.parametrize("output", ["resume", "portfolio"])
@pytest.mark.parametrize("theme", THEMES)
def test_a_fitted_resume_passes_check_with_every_word_in_order(
    theme: str, output: str, resume_pdf: Renderer
) -> None:
    """The long source, fitted: `resume check` passes, and pypdf and pdftotext read what the
    source as written says it shows, in order (tests/oracle.py); our other sources are read by
    all four readers in every theme in tests/check/test_extractors.py."""
    written = resume_pdf(theme, "long", output)
    report = check_pdf(written.path)
    assert report.problems == [], str(report)

    want = oracle.expected(SOURCES["long"], output)
    assert len(want.highlights) > 5  # the long source has nine: enough to fit, not a trivial page
    assert oracle.missing(want, report.text) == []  # pypdf's
    assert oracle.missing(want, pdftotext(written.path)) == []


def test_default_source_needs_no_tightening(resume_pdf: Renderer) -> None:
    """It fits as designed, with room it spreads between its entries (tightness under 0)."""
    written = resume_pdf("compact", "default")
    assert written.pages == 1
    assert written.fit is not None
    assert written.fit.tightness < 0 and "spread between entries" in written.fit.setting


def four_times_too_long(folder: Path) -> Path:
    """double.yaml (twice what a page holds) with every entry written twice: four times."""
    data = yaml.safe_load((FIT / "double.yaml").read_text(encoding="utf-8"))
    for section in ("work", "projects", "volunteer", "publications", "awards", "certificates"):
        data[section] = data[section] + data[section]
    path = folder / "four-times.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_four_times_too_long_fails_says_by_how_much_and_writes_nothing(tmp_path: Path) -> None:
    source = four_times_too_long(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(source), "--out", str(out), "--only", "resume"])
    assert result.exit_code == 1
    message = result.stderr
    assert "does not fit on one page" in message
    assert "overflows by" in message and "lines" in message
    assert "9.5 pt type" in message and "margins 0.50 in" in message  # the floors
    assert "--pages 2" in message
    assert "The longest entries: Staff Platform Engineer, Kassenwerk GmbH" in message
    assert "Traceback" not in message
    assert not out.exists() or not list(out.glob("*.pdf"))


def test_pages_option_allows_a_longer_resume(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "render",
            str(FIT / "double.yaml"),
            "--out",
            str(tmp_path),
            "--only",
            "resume",
            "--pages",
            "2",
        ],
    )
    assert result.exit_code == 0, result.stderr
    pdf = next(tmp_path.glob("*_Resume.pdf"))
    assert len(pypdf.PdfReader(pdf).pages) == 2
    assert check_pdf(pdf).problems == []


def test_rebuild_is_byte_identical(
    resume_pdf: Renderer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """And quicker: the same résumé is laid out once, with what fitted it last time."""
    from resume.engine import warm
    from resume.engine.warm import Recent

    written = resume_pdf("compact", "long")
    monkeypatch.setattr(warm, "FITTED", Recent(8))  # nothing fitted yet in this process
    options = RenderOptions(source=LONG, out=tmp_path, outputs=["resume"], date=DATE)
    first = render(options).written[0]
    assert first.fit is not None and first.fit.passes == 2  # a typical fit: predicted
    again = render(options).written[0]
    assert again.path.read_bytes() == first.path.read_bytes() == written.path.read_bytes()
    assert again.fit is not None and again.fit.passes == 1
    assert again.fit.setting == first.fit.setting


def test_rebuild_in_another_process_is_byte_identical(resume_pdf: Renderer, tmp_path: Path) -> None:
    """No state of this process (caches, warm stylesheets, hash seeds) leaks into the bytes."""
    import os
    import sys

    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(DATE.timestamp())), "PYTHONHASHSEED": "7"}
    command = [sys.executable, "-m", "resume", "render", str(LONG), "--only", "resume"]
    subprocess.run([*command, "--out", str(tmp_path)], env=env, check=True, capture_output=True)
    rebuilt = next(tmp_path.glob("*_Resume.pdf")).read_bytes()
    assert rebuilt == resume_pdf("compact", "long").path.read_bytes()


def without_dates(pdf: Path) -> list[Any]:
    """Every object of the PDF, resolved, with its date strings taken out."""
    reader = pypdf.PdfReader(pdf)
    dates = {"/CreationDate", "/ModDate"}

    def plain(value: Any, depth: int = 0) -> Any:
        if depth > 12:
            return "…"
        if isinstance(value, pypdf.generic.IndirectObject):
            return ("ref", value.idnum)
        if isinstance(value, pypdf.generic.StreamObject):
            if value.get("/Type") in ("/ObjStm", "/XRef"):
                return "container"  # its objects are compared one by one
            # PDF/A repeats the dates in its XMP metadata
            data = re.sub(rb"(<xmp:\w+Date>)[^<]*", rb"\1", value.get_data())
            return ("stream", data, plain(dict(value), depth + 1))
        if isinstance(value, dict):
            return {k: plain(v, depth + 1) for k, v in value.items() if k not in dates}
        if isinstance(value, list):
            return [plain(v, depth + 1) for v in value]
        return value

    numbers = set(reader.xref_objStm) | {n for table in reader.xref.values() for n in table}
    return [plain(reader.get_object(number)) for number in sorted(numbers)]


def test_source_date_epoch_changes_only_the_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdfs = []
    for epoch in ("1700000000", "1800000000"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        out = tmp_path / epoch
        pdfs.append(render(RenderOptions(out=out, outputs=["resume"])).written[0].path)
    first, second = (pypdf.PdfReader(pdf) for pdf in pdfs)
    assert first.metadata and second.metadata
    assert first.metadata["/CreationDate"] == "D:20231114221320Z"
    assert second.metadata["/CreationDate"] == "D:20270115080000Z"
    assert pdfs[0].read_bytes() != pdfs[1].read_bytes()
    assert without_dates(pdfs[0]) == without_dates(pdfs[1])


def test_without_source_date_epoch_the_date_is_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = tmp_path / "resume.yaml"
    shutil.copy(DEFAULT_SOURCE, source)
    stamp = datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC).timestamp()
    import os

    os.utime(source, (stamp, stamp))
    pdf = render(RenderOptions(source=source, out=tmp_path, outputs=["resume"])).written[0].path
    metadata = pypdf.PdfReader(pdf).metadata
    assert metadata and metadata["/ModDate"] == "D:20210304050607Z"


def test_metadata_says_who_what_and_which_language(resume_pdf: Renderer) -> None:
    reader = pypdf.PdfReader(resume_pdf("compact", "long").path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Ines Vásquez-Hartmann — Résumé"
    assert meta.author == "Ines Vásquez-Hartmann"
    assert meta.subject == "Platform & reliability engineering for payments at scale"
    assert "Kubernetes" in str(meta["/Keywords"]).split(", ")
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_export_recovers_the_source_from_the_pdf(resume_pdf: Renderer) -> None:
    pdf = resume_pdf("compact", "long").path
    from_pdf = runner.invoke(app, ["export", str(pdf), "--format", "json-resume"])
    from_source = runner.invoke(app, ["export", str(LONG), "--format", "json-resume"])
    assert from_pdf.exit_code == 0, from_pdf.stderr
    assert from_pdf.stdout == from_source.stdout
    assert '"name": "Ines Vásquez-Hartmann"' in from_pdf.stdout


def test_export_of_a_pdf_we_did_not_make_says_so(tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(blank)
    result = runner.invoke(app, ["export", str(blank)])
    assert result.exit_code == 1
    assert "carries no resume.json; it was not made by resume" in result.stderr


def test_check_reports_problems_of_any_pdf(tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595.28, 841.89)
    writer.write(blank)
    not_a_pdf = tmp_path / "notes.pdf"
    not_a_pdf.write_text("just text", encoding="utf-8")
    result = runner.invoke(app, ["check", str(blank), str(not_a_pdf)])
    assert result.exit_code == 1
    assert f"{blank}: 3 problem(s)" in result.stdout
    assert "pages     1 (A4, 8.27 × 11.69 in)" in result.stdout
    assert "no text can be extracted" in result.stdout
    assert "no title" in result.stdout
    assert f"{not_a_pdf}: 1 problem(s)" in result.stdout
    assert "not a readable PDF" in result.stdout


def test_check_passes_our_pdfs_and_names_what_it_saw(resume_pdf: Renderer) -> None:
    pdf = resume_pdf("compact", "long").path
    result = runner.invoke(app, ["check", str(pdf)])
    assert result.exit_code == 0, result.stdout
    assert f"{pdf}: ok" in result.stdout
    assert "pages     1 (letter, 8.50 × 11.00 in)" in result.stdout
    assert "https://github.com/ines-vh/pgshard" in result.stdout
    assert "all embedded" in result.stdout
    assert "100.0% of the" in result.stdout


def test_words_out_of_order_are_counted() -> None:
    expected = words_of("Staff Engineer, Acme — Apr 2021 to Present. Led the migration.")
    dates_last = words_of("Staff Engineer, Acme. Led the migration. Apr 2021 to Present")
    assert in_order_share(expected, expected) == 1.0
    assert in_order_share(expected, dates_last) == pytest.approx(7 / 10)
    glued = words_of("Ines Vásquez-HartmannPlatform engineering")
    assert first_difference(words_of("Ines Vásquez-Hartmann Platform engineering"), glued) == (
        ", first at “ines vásquezhartmann platform engineering”, "
        "which the text has as “ines vásquezhartmannplatform engineering”"
    )


@pytest.mark.parametrize(
    ("locale", "size"),
    [(None, "letter"), ("en", "letter"), ("en-US", "letter"), ("en_CA", "letter"),
     ("en-GB", "a4"), ("de", "a4"), ("de-DE", "a4"), ("es-MX", "letter"), ("fr", "a4"),
     ("pt-BR", "a4"), ("zh-Hans-CN", "a4")],
)  # fmt: skip
def test_default_page_size_follows_the_locale(locale: str | None, size: str) -> None:
    assert default_page_size(locale) == size


def test_page_size_option_makes_an_a4_resume(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "render",
            str(DEFAULT_SOURCE),
            "--out",
            str(tmp_path),
            "--only",
            "resume",
            "--page-size",
            "a4",
        ],
    )
    assert result.exit_code == 0, result.stderr
    report = check_pdf(tmp_path / "Aaron_Wu_Resume.pdf")
    assert ("pages", "1 (A4, 8.27 × 11.69 in)") in report.facts
    assert report.problems == []
