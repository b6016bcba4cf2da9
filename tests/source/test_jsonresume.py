"""JSON Resume in and out: real files and the schema's examples render as they stand, export
back to JSON that validates, and import as YAML sources that mean the same."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pypdf
import pytest
from typer.testing import CliRunner

from resume.batch import Outcome
from resume.build import RenderOptions, render
from resume.cli.app import app
from resume.source.json_resume_format import JSON_RESUME
from resume.source.jsonresume import to_json_resume, to_yaml_source
from resume.source.loader import load_source
from resume.source.model import IMPORTED_FROM
from resume.source.validate import validate
from resume.theme.themes import load_theme
from tests import oracle
from tests.conftest import CORPUS, DEFAULT_SOURCE, LONG, ROOT, SHARED, RealRenders, across_themes

runner = CliRunner()
SCHEMA_COPY = Path(__file__).parent.parent / "jsonresume" / "schema.json"
VALIDATOR = jsonschema.Draft7Validator(json.loads(SCHEMA_COPY.read_text(encoding="utf-8")))
DOCUMENTS = CORPUS
FIXTURES = sorted((SHARED / "jsonresume" / "schema-tests" / "fixtures").glob("*.json"))
needs_shared = pytest.mark.skipif(
    not DOCUMENTS, reason="../shared/jsonresume is not beside the checkout"
)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def name_of(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["basics"]["name"])


@dataclass
class Resumed:
    """A résumé in one theme: its pages, text and warnings."""

    pages: int
    text: str
    path: Path
    warnings: list[str]


@dataclass
class Outputs:
    """A document rendered in one theme: its résumé, and its portfolio and page."""

    resume: Resumed
    portfolio_text: str
    html: str
    portfolio_path: Path


@pytest.fixture(scope="session")
def rendered(
    real_renders: RealRenders,
) -> Callable[[Path, str], Outputs]:
    """A (document, theme) from the session's batch renders."""

    def get(source: Path, theme: str) -> Outputs:
        outcome = real_renders[source, theme]
        assert outcome.error is None, outcome.error
        portfolio = next(w.path for w in outcome.written if w.path.stem.endswith("_Portfolio"))
        return Outputs(
            resume=_resumed(outcome),
            portfolio_text=squash(_text(portfolio)),
            html=(outcome.out / "index.html").read_text(encoding="utf-8"),
            portfolio_path=portfolio,
        )

    return get


def _resumed(outcome: Outcome) -> Resumed:
    (written,) = [w for w in outcome.written if w.path.stem.endswith("_Resume")]
    return Resumed(
        pages=written.pages,
        text=squash(_text(written.path)),
        path=written.path,
        warnings=[w.message for w in outcome.warnings],
    )


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


# Too long for one page even at the readable floors of fitting (9.5 pt type, 0.5 in margins), by
# theme. JSON Resume says nothing of what one page leaves out, so these are condensed, with a
# warning that says what went (condense.py); a source of ours that states its selection fails.
ALSO = {"alfredgg__personal-webpage.json", "koddsson__jsonresume.json"}
CONDENSED = {
    "compact": LONG | ALSO,
    "classic": LONG | ALSO,  # larger type than compact
    "modern": LONG | ALSO,
    "jake": LONG | ALSO | {"godraadam__jsonresume-theme-minyma.json"},  # a job takes two rows
    "timeline": LONG | ALSO | {"AlecRust__cv.json"},
}
TOO_LONG = [p for p in DOCUMENTS if p.name in CONDENSED["compact"]]
# Those a variant that keeps four roles and three highlights makes fit (the others have
# long summaries: they need a variant that leaves out more).
SHORTENED = [
    p
    for p in TOO_LONG
    if p.name
    in {
        "PragTob__pragtob.github.io.json",
        "anandbhaskaran__jsonresume.json",
        "thomasdavis__resume.json",
    }
]
LEAVES_OUT = (
    "too long for one page even at the tightest readable setting: the one-page résumé leaves out "
)
# The same for a theme of more pages (academic: two), whose floors may condense too.
CONDENSES = re.compile(
    r"too long for (?:one page|\d+ pages) even at the tightest readable setting: "
    r"the (?:one|\d+)-page résumé leaves out "
)
KEEPS = "; the portfolio and the page keep everything; add a variant to choose yourself"


@needs_shared
@pytest.mark.parametrize(("source", "theme"), across_themes(DOCUMENTS))
def test_resume_is_one_page_with_the_name_and_portfolio_and_page_carry_it(
    rendered: Callable[[Path, str], Outputs], source: Path, theme: str
) -> None:
    outputs = rendered(source, theme)
    name = name_of(source)
    assert 1 <= outputs.resume.pages <= load_theme(theme).pages  # academic: two by design
    assert outputs.resume.text.startswith(name)
    condensed = [w for w in outputs.resume.warnings if CONDENSES.match(w)]
    # strict: a file that starts to fit says so (in the themes whose condensed files are known)
    if theme in CONDENSED:
        assert len(condensed) == (source.name in CONDENSED[theme])
    assert outputs.portfolio_text.startswith(name)
    assert re.search(rf"<h1[^>]*>\s*{re.escape(name)}\s*</h1>", outputs.html)
    # What the file as written says they show, as the leniency table reads it (tests/oracle.py):
    # the portfolio every entry in full, the résumé all of it or, condensed, some of each section.
    assert oracle.missing(oracle.expected(source, "portfolio"), outputs.portfolio_text) == []
    want = oracle.expected(source, "resume", condensed=bool(condensed))
    assert oracle.missing(want, outputs.resume.text) == []


@needs_shared
@pytest.mark.parametrize(
    ("source", "theme"), [p for p in across_themes(TOO_LONG) if p.values[1] in CONDENSED]
)
def test_a_condensed_resume_says_what_it_left_out_and_passes_check(
    rendered: Callable[[Path, str], Outputs], source: Path, theme: str
) -> None:
    from resume.check import check_pdf, source_of

    outputs = rendered(source, theme)
    (warning,) = [w for w in outputs.resume.warnings if w.startswith(LEAVES_OUT)]
    assert KEEPS in warning
    left_out = warning.removeprefix(LEAVES_OUT).split(";")[0]
    assert re.fullmatch(
        r"(\d+ of \d+ [a-z ]+ \(the oldest\)|highlights beyond the \d(st|nd|rd|th)"
        r"|the [a-z, ]+ sections?)((, | and ).+)?",
        left_out,
    ), left_out
    # Every word of what stays is on the page, in order (the PDF carries the condensed source).
    # Read by pypdf, and fields aside: how readers split strangers' fields (HTML written into an
    # organisation, a link in running text) is a known limit, noted on issue 14; our own test
    # sources are read field by field by all four in tests/check/test_extractors.py.
    assert outputs.resume.path is not None
    report = check_pdf(outputs.resume.path, readers=["pypdf"])
    assert [p for p in report.problems if "not found one after the other" not in p] == []
    assert "100.0% of the" in dict(report.facts)["source"]
    # The résumé's source is the shorter one; the portfolio's is all of it.
    short, full = source_of(outputs.resume.path), source_of(outputs.portfolio_path)
    assert full["basics"]["name"] == short["basics"]["name"] == name_of(source)
    shows, holds = _shown(short), _shown(full)
    assert shows != holds and all(a <= b for a, b in zip(shows, holds, strict=True))


def _shown(document: dict[str, Any]) -> tuple[int, int]:
    """How much a source shows on the résumé: its entries and highlights, and its sections."""
    lists = [value for value in document.values() if isinstance(value, list)]
    entries = [entry for entries in lists for entry in entries if isinstance(entry, dict)]
    count = len(entries) + sum(len(entry.get("highlights") or []) for entry in entries)
    chosen = ((document.get("render") or {}).get("sections") or {}).get("resume")
    return count, len(chosen) if chosen is not None else len(lists)


def test_the_same_text_as_json_resume_is_condensed_and_strict_refuses(tmp_path: Path) -> None:
    """Our own long fixture (twice a page) as a JSON Resume file: condensed with a warning that
    lists what went; `--strict` makes it the overflow error of a YAML source, and writes nothing."""
    import yaml

    data = yaml.safe_load((ROOT / "tests" / "cases" / "fit" / "double.yaml").read_text("utf-8"))
    source = tmp_path / "double.json"
    source.write_text(json.dumps(data, default=str, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(source), "--out", str(out), "--only", "resume"])
    assert result.exit_code == 0, result.output
    assert "1 page; fitted: " in result.stdout
    assert (
        f"{source}: warning: {LEAVES_OUT}3 of 6 roles (the oldest), 2 of 5 projects (the oldest), "
        f"highlights beyond the 2nd and the languages and volunteer sections{KEEPS} (or --strict "
        "to make this an error)\n"
    ) in result.stderr
    (pdf,) = out.glob("*_Resume.pdf")
    assert pypdf.PdfReader(pdf).get_num_pages() == 1
    pdf.unlink()
    strict = ["render", str(source), "--out", str(out), "--only", "resume", "--strict"]
    result = runner.invoke(app, strict)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the résumé does not fit on one page: ")
    assert "The longest entries: " in result.stderr
    assert list(out.glob("*.pdf")) == []


SHORT = """
variants:
  short:
    maxEntries: {work: 4, projects: 2, education: 2}
    maxHighlights: 3
    sections:
      resume: [work, projects, skills, education]
"""


@needs_shared
@pytest.mark.parametrize("path", SHORTENED, ids=[p.name for p in SHORTENED])
def test_a_variant_makes_a_long_resume_one_page_without_condensing(
    path: Path, tmp_path: Path
) -> None:
    """What the README advises: import it, add a variant that shortens, render that."""
    source = tmp_path / "resume.yaml"
    assert runner.invoke(app, ["import", str(path), "-o", str(source)]).exit_code == 0
    source.write_text(source.read_text(encoding="utf-8") + SHORT, encoding="utf-8")
    out = tmp_path / "out"
    result = render(RenderOptions(source=source, out=out, outputs=("resume",), variant="short"))
    (written,) = result.written
    assert written.path.name.endswith("_Resume-short.pdf")
    assert written.pages == 1
    assert squash(_text(written.path)).startswith(name_of(path))
    assert not [w for w in result.warnings if LEAVES_OUT in w.message]


@needs_shared
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_export_validates_against_the_schema(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["export", str(path), "--format", "json-resume", "-o", str(target)])
    assert result.exit_code == 0, result.output
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(exported)) == []
    assert exported["basics"]["name"] == name_of(path)


def test_the_schema_copy_is_the_shared_one() -> None:
    shared = SHARED / "jsonresume" / "schema.json"
    if not shared.exists():
        pytest.skip("../shared/jsonresume is not beside the checkout")
    assert json.loads(SCHEMA_COPY.read_text()) == json.loads(shared.read_text())


@pytest.mark.parametrize("path", [DEFAULT_SOURCE, ROOT / "data" / "example.yaml"])
def test_our_sources_export_to_valid_json_resume_on_standard_output(path: Path) -> None:
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 0, result.output
    exported = json.loads(result.stdout)
    assert list(VALIDATOR.iter_errors(exported)) == []
    assert exported["$schema"].endswith("/schema.json")
    # Extensions ride along; highlights are the schema's plain strings.
    assert exported["variants"] and exported["articles"]
    assert all(isinstance(h, str) for job in exported["work"] for h in job["highlights"])


# --- Round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("path", [DEFAULT_SOURCE, ROOT / "data" / "example.yaml"])
def test_source_to_json_resume_to_source_loses_nothing(path: Path, tmp_path: Path) -> None:
    original, _ = validate(load_source(path))
    for photo in path.parent.glob("*.png"):  # the photo is a file beside the source
        (tmp_path / photo.name).write_bytes(photo.read_bytes())
    exported = tmp_path / "resume.json"
    assert runner.invoke(app, ["export", str(path), "-o", str(exported)]).exit_code == 0
    imported = tmp_path / "resume.yaml"
    result = runner.invoke(app, ["import", str(exported), "-o", str(imported)])
    assert result.exit_code == 0, result.output
    marked = load_source(imported)
    assert marked.data["meta"].pop(IMPORTED_FROM) == "JSON Resume"  # what the import adds
    if not marked.data["meta"]:
        del marked.data["meta"]
    again, warnings = validate(marked)
    assert warnings == []
    # Everything, tags on single highlights too; only the `$schema` line differs.
    assert again == original.model_copy(update={"schema_": None})
    assert any(h.tags for w in again.work for h in w.highlights)


@needs_shared
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_import_writes_a_clean_commented_source(path: Path, tmp_path: Path) -> None:
    json_resume, json_warnings = validate(load_source(path))
    target = tmp_path / "resume.yaml"
    result = runner.invoke(app, ["import", str(path), "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "\n# Who you are and how to reach you\nbasics:\n" in text
    yaml_resume, warnings = validate(load_source(target))
    # Every leniency was resolved on the way in; a photo given as a web address stays (and
    # is still left out, as from the JSON: rendering never uses the network).
    assert [w.field for w in warnings] in ([], ["basics.image"])
    assert {w.message for w in warnings} <= {w.message for w in json_warnings}
    assert _unmarked(to_json_resume(yaml_resume)) == _unmarked(to_json_resume(json_resume))
    # Nothing of the original is lost on the way in: what a portfolio of each file shows, read
    # from the file as written (tests/oracle.py, not the importer), is the same.
    original, imported = (oracle.expected(source, "portfolio") for source in (path, target))
    assert [(b.head, b.words) for b in imported.blocks] == [
        (b.head, b.words) for b in original.blocks
    ]
    assert imported.highlights == original.highlights


def _unmarked(document: dict[str, Any]) -> dict[str, Any]:
    """A document without the mark `resume import` leaves in `meta`, nor an empty `meta`."""
    meta = {k: v for k, v in document.get("meta", {}).items() if k != IMPORTED_FROM}
    return {k: v for k, v in {**document, "meta": meta}.items() if k != "meta" or meta}


def test_import_refuses_to_overwrite(tmp_path: Path) -> None:
    source = tmp_path / "resume.json"
    source.write_text(json.dumps({"basics": {"name": "Ada Example"}}), encoding="utf-8")
    assert runner.invoke(app, ["import", str(source)]).exit_code == 0
    written = tmp_path / "resume.yaml"
    assert "name: Ada Example" in written.read_text(encoding="utf-8")
    result = runner.invoke(app, ["import", str(source)])
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert runner.invoke(app, ["import", str(source), "--force"]).exit_code == 0


def test_imported_yaml_keeps_paragraphs_and_tagged_highlights() -> None:
    resume, _ = validate(load_source(ROOT / "data" / "example.yaml"))
    text = to_yaml_source(resume, "schema.json", origin="example.json")
    assert "  about: |-\n    I grew up between Kraków and Akureyri" in text
    assert "      - text: Designed the service catalogue" in text
    assert "        tags: [platform]" in text
    assert "      - Introduced property-based tests" in text  # untagged: a plain string
    assert "    startDate: 2021-03\n" in text  # dates unquoted, as people write them


# --- Lenient reading and the schema's invalid fixtures ---------------------------------------


def test_lenient_reading_of_real_file_quirks(tmp_path: Path) -> None:
    source = tmp_path / "old.json"
    source.write_text(
        json.dumps(
            {
                "basics": {"name": "Ada Example", "website": "https://ada.example", "picture": ""},
                "work": [
                    {"company": "Acme", "startDate": "03/2019", "endDate": "now"},
                    {"company": "Initech", "startDate": "", "endDate": None, "highlights": "one"},
                ],
                "skills": ["Go"],
                "interests": "chess",
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    resume, warnings = validate(load_source(source))
    assert resume.basics.url == "https://ada.example"
    assert [(w.name, w.start_date, w.end_date) for w in resume.work] == [
        ("Acme", "2019-03", "present"),
        ("Initech", None, None),
    ]
    assert [h.text for h in resume.work[1].highlights] == ["one"]
    assert resume.skills[0].name == "Go"
    assert all(w.warning and w.line for w in warnings)
    assert len(warnings) >= 9


def _fixture_cases(valid: bool) -> list[Any]:
    cases = []
    for fixture in FIXTURES:
        if fixture.stem == "dates":  # bare values, not documents: see test_the_dates_fixture
            continue
        for name, document in json.loads(fixture.read_text(encoding="utf-8")).items():
            if name.lower().endswith("invalid") == valid:
                continue
            cases.append(pytest.param(document, id=f"{fixture.stem}-{name}"))
    return cases


def _as_source(document: dict[str, Any]) -> dict[str, Any]:
    """A fixture is a fragment; a source needs a name."""
    if not isinstance(document.get("basics"), dict) and "basics" not in document:
        return {"basics": {"name": "Ada Example"}, **document}
    if isinstance(document.get("basics"), dict) and "name" not in document["basics"]:
        return {**document, "basics": {"name": "Ada Example", **document["basics"]}}
    return document


def _bad_leaf(value: Any, path: tuple[str | int, ...] = ()) -> tuple[tuple[str | int, ...], Any]:
    """Where the one wrong value of an invalid fixture is: a null, or `$schema`'s mapping."""
    if value is None or (path == ("$schema",) and not isinstance(value, str)):
        return path, value
    children = value.items() if isinstance(value, dict) else enumerate(value)
    if isinstance(value, dict | list):
        for key, child in children:
            found = _bad_leaf(child, (*path, key))
            if found[0]:
                return found
    return (), None


def _line_of(text: str, path: tuple[str | int, ...], value: Any) -> int:
    """The line `json.dumps(indent=2)` put the bad value on, found by its text."""
    shown = json.dumps(value)
    wanted = f'"{path[-1]}": {shown}' if isinstance(path[-1], str) else shown
    return next(
        n for n, line in enumerate(text.splitlines(), 1) if line.strip() == wanted.rstrip(",")
    )


@needs_shared
@pytest.mark.parametrize("document", _fixture_cases(valid=False))
def test_invalid_fixtures_are_left_out_with_a_warning_at_their_position(
    document: dict[str, Any], tmp_path: Path
) -> None:
    """The schema's invalid fixtures are nulls (and a `$schema` that is a mapping): a JSON
    source leaves each out, with one warning at its place."""
    source = _as_source(document)
    path, value = _bad_leaf(source)
    file = tmp_path / "fixture.json"
    text = json.dumps(source, indent=2)
    file.write_text(text, encoding="utf-8")
    dotted = re.sub(r"\.(\d+)", r"[\1]", ".".join(map(str, path)))
    _, problems = validate(load_source(file))
    found = [p for p in problems if p.field == dotted]
    assert len(found) == 1, problems
    assert found[0].warning
    assert "left out" in found[0].message
    assert (found[0].file, found[0].line) == (str(file), _line_of(text, path, value))
    assert found[0].column is not None


@needs_shared
@pytest.mark.parametrize("document", _fixture_cases(valid=True))
def test_valid_fixtures_are_accepted(document: dict[str, Any]) -> None:
    from resume.source.parsed import Source

    validate(Source(Path("fixture.json"), _as_source(document), JSON_RESUME))


@needs_shared
def test_the_dates_fixture() -> None:
    from resume.source.parsed import Source

    dates = json.loads((SHARED / "jsonresume/schema-tests/fixtures/dates.json").read_text())
    for name, value in dates.items():
        source = Source(
            Path("d.json"), {"basics": {"name": "A"}, "work": [{"startDate": value}]}, JSON_RESUME
        )
        if name == "invalid":  # read leniently: the date it begins with
            resume, (warning,) = validate(source)
            assert resume.work[0].start_date == "2013-12"
            assert warning.message == "'2013-12-021' read as 2013-12"
        else:
            assert validate(source)[0].work[0].start_date == value


def test_highlight_tags_ride_beside_the_highlights() -> None:
    from resume.source.parsed import Source

    resume, _ = validate(load_source(DEFAULT_SOURCE))
    exported = to_json_resume(resume)
    amd = exported["work"][0]
    assert len(amd["highlightTags"]) == len(amd["highlights"])
    assert amd["highlightTags"][1] == ["ai"]
    bad = {"basics": {"name": "A"}, "work": [{"highlights": ["x", "y"], "highlightTags": [[]]}]}
    read, warnings = validate(Source(Path("t.json"), bad, JSON_RESUME))
    assert [h.text for h in read.work[0].highlights] == ["x", "y"]
    assert [(w.field, w.message) for w in warnings] == [
        ("work[0].highlightTags", "should be one list of tags per highlight; ignored")
    ]
