"""Term extraction on postings of our own, labelled by hand: precision, recall, false friends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from resume.match.posting import ASIDE, OPTIONAL, html_to_text, parse_posting, read_posting
from resume.match.terms import extract
from resume.match.vocabulary import curated
from resume.source.loader import load_source
from resume.source.model import Resume
from resume.source.validate import validate
from tests.conftest import DEFAULT_SOURCE, ROOT

POSTINGS = ROOT / "tests" / "cases" / "postings"
# fullstack.md was written and labelled after the extraction was tuned on the other five: its
# figures are the honest ones (precision 1.00, recall 0.92 when it was added).
CASES = sorted(p for p in POSTINGS.iterdir() if p.suffix != ".expected")
# Measured: 0.96-1.00 precision and 0.92-1.00 recall per posting; 0.99 and 0.97 over all.
MIN_PRECISION, MIN_RECALL = 0.9, 0.9
MIN_OVERALL = 0.95


@pytest.fixture(scope="module")
def aaron() -> Resume:
    return validate(load_source(DEFAULT_SOURCE))[0]


def labelled(posting: Path) -> set[str]:
    lines = posting.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    return {line.strip().casefold() for line in lines if line.strip()}


def found(posting: Path, resume: Resume | None) -> set[str]:
    return {term.name.casefold() for term in extract(read_posting(posting), resume)}


def test_five_fields_at_least() -> None:
    assert {p.stem for p in CASES} >= {"backend", "ml", "frontend", "data", "devops"}
    assert {p.suffix for p in CASES} >= {".md", ".txt", ".html"}


@pytest.mark.parametrize("posting", CASES, ids=lambda p: p.name)
def test_precision_and_recall_of_each_posting(posting: Path, aaron: Resume) -> None:
    expected, got = labelled(posting), found(posting, aaron)
    right = expected & got
    precision, recall = len(right) / len(got), len(right) / len(expected)
    report = (
        f"{posting.name}: precision {precision:.2f}, recall {recall:.2f}; "
        f"extra {sorted(got - expected)}, missed {sorted(expected - got)}"
    )
    print(report)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report


def test_precision_and_recall_over_all_postings(aaron: Resume) -> None:
    right = extra = missed = 0
    for posting in CASES:
        expected, got = labelled(posting), found(posting, aaron)
        right, extra, missed = (
            right + len(expected & got),
            extra + len(got - expected),
            missed + len(expected - got),
        )
    precision, recall = right / (right + extra), right / (right + missed)
    print(f"all postings: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= MIN_OVERALL and recall >= MIN_OVERALL


def names(text: str) -> set[str]:
    return {term.name for term in extract(parse_posting(text))}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We go the extra mile for customers.", "Go"),
        ("Go beyond the ticket: own the outcome.", "Go"),
        ("Our go-to-market team ships weekly.", "Go"),
        ("Go-to-market experience helps.", "Go"),
        ("Write JavaScript and TypeScript every day.", "Java"),
        ("A generous R&D budget.", "R"),
        ("Plan A failed, so we moved to plan B and plan C.", "C"),
        ("We react quickly to feedback.", "React"),
        ("You excel at mentoring.", "Excel"),
        ("You have taken the helm of incidents.", "Helm"),
        ("Resize node pools without downtime.", "Node.js"),
        ("We value swift delivery and hate rust on our tools.", "Swift"),
        ("Every spring we hold a retreat.", "Spring Boot"),
        ("Most C-suite readers skim.", "C"),
    ],
)
def test_false_friends_are_not_terms(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Services in Go and Rust.", {"Go", "Rust"}),
        ("Strong Golang skills.", {"Go"}),
        ("Languages: Go, Python.", {"Go", "Python"}),
        ("Java 17 and JavaScript on the front end.", {"Java", "JavaScript"}),
        ("Analysis in Python, R or SQL.", {"Python", "R", "SQL"}),
        ("Experience with R for statistics.", {"R"}),
        ("Embedded C and C++ on microcontrollers.", {"C", "C++"}),
        ("C# and .NET services.", {"C#", ".NET"}),
    ],
)
def test_the_same_words_in_context_are_terms(text: str, present: set[str]) -> None:
    assert present <= names(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Run k8s clusters.", "Kubernetes"),
        ("Tune Postgres queries.", "PostgreSQL"),
        ("Modern JS tooling.", "JavaScript"),
        ("Deploy on GCP.", "Google Cloud"),
        ("Stream with Apache Kafka.", "Kafka"),
        ("Fine-tune large language models.", "LLM"),
        ("Build RESTful services.", "REST"),
        ("Manage our CI / CD: continuous integration for all repos.", "CI/CD"),
    ],
)
def test_aliases_name_one_term(text: str, term: str) -> None:
    assert term in names(text)


def test_the_source_vocabulary_finds_what_the_curated_one_lacks(aaron: Resume) -> None:
    posting = parse_posting("We use Supabase and GraphRAG; thundering herds keep us up.")
    assert {"GraphRAG", "Supabase"} <= {t.name for t in extract(posting, aaron)}
    assert "GraphRAG" not in names(posting.text)  # not in the bundled vocabulary


def test_a_phrase_said_twice_is_a_term_and_the_role_is_not() -> None:
    text = "# Data Engineer\nWe hire a data engineer for ledger reconciliation.\nOwn ledger reconciliation end to end."
    found = names(text)
    assert "ledger reconciliation" in found
    assert "data engineer" not in {name.casefold() for name in found}


def test_required_outweighs_nice_to_have() -> None:
    text = "# Backend Engineer\n\n## Requirements\n- Kafka\n\n## Nice to have\n- Terraform\n"
    weights = {term.name: term.weight for term in extract(parse_posting(text))}
    assert weights["Kafka"] > 2 * weights["Terraform"]


def test_sections_of_a_posting_weigh_what_they_ask() -> None:
    posting = parse_posting("Title\n\nBenefits\nA gym.\n\nNice to have:\n- Lua\n")
    assert posting.factor_at(posting.text.index("gym")) == ASIDE
    assert posting.factor_at(posting.text.index("Lua")) == OPTIONAL


def test_html_becomes_text_without_scripts() -> None:
    text = html_to_text(
        "<html><head><title>x</title></head><body><h2>Requirements</h2><ul><li>Go</li></ul>"
        "<script>var k = 'Kubernetes';</script></body></html>"
    )
    assert text == "# Requirements\n- Go"


# Every posting's terms, as one process with its own hash seed finds them.
EXTRACT_ALL = """
import sys
from pathlib import Path
from resume.match.posting import read_posting
from resume.match.terms import extract
from resume.source.loader import load_source
from resume.source.validate import validate
aaron = validate(load_source(Path(sys.argv[1])))[0]
for posting in sys.argv[2:]:
    terms = extract(read_posting(Path(posting)), aaron)
    print(posting, [(term.name, term.weight, term.mentions) for term in terms])
"""


def test_extraction_is_the_same_in_every_process() -> None:
    """No set or dict order of one process (its hash seed) reaches the terms or their order."""
    outputs = set()
    for seed in ("1", "2", "3"):
        command = [sys.executable, "-c", EXTRACT_ALL, str(DEFAULT_SOURCE), *map(str, CASES)]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert next(iter(outputs)).count("(") > 10 * len(CASES)


def test_a_short_acronym_of_the_source_is_matched_as_written(aaron: Resume) -> None:
    """Aaron's highlights say QPS; a posting's "qps" in prose is rare, but "it" is everywhere."""
    source = aaron.model_copy(
        update={"skills": [*aaron.skills, aaron.skills[0].model_copy(update={"keywords": ["IT"]})]}
    )
    upper = {t.name for t in extract(parse_posting("Our IT team handles QPS spikes."), source)}
    lower = {t.name for t in extract(parse_posting("Make it fast; it scales."), source)}
    assert {"IT", "QPS"} <= upper
    assert "IT" not in lower


def test_no_two_terms_of_the_vocabulary_claim_one_form() -> None:
    owners: dict[str, set[str]] = {}
    for one in curated():
        for form in {*one.loose, *one.exact}:
            owners.setdefault(form.casefold(), set()).add(one.name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(
    ("text", "denied", "asked"),
    [
        ("We do not use Java anywhere in the stack. We need Go.", "Java", "Go"),
        ("No Kubernetes experience required; Docker is a must.", "Kubernetes", "Docker"),
        ("Terraform is not required, but Python is.", "Terraform", "Python"),
        ("Kafka is nice to have but not required. Strong SQL.", "Kafka", "SQL"),
        ("Not required: Rust, Scala.\nRequirements: Python", "Rust", "Python"),
        ("We work in Go, not Java.", "Java", "Go"),
        ("We don't use Java, Scala or Kotlin; our services are in Python.", "Scala", "Python"),
    ],
)
def test_a_term_named_only_in_a_negation_is_not_asked_for(
    text: str, denied: str, asked: str
) -> None:
    found = names(text)
    assert denied not in found and asked in found


@pytest.mark.parametrize(
    "text",
    [
        "Build services that do not fail, written in Go.",
        "No one ships alone: you pair with others on Go services.",
        "You will not only write Go but also review it.",
    ],
)
def test_a_negation_elsewhere_in_the_sentence_leaves_the_term_asked_for(text: str) -> None:
    assert "Go" in names(text)


def test_a_term_said_both_ways_is_asked_for() -> None:
    assert "Java" in names("Java 17 on the back end. We do not use Java applets.")


@pytest.mark.parametrize(
    "text",
    [
        "Own our distributed rate limiting: Redis, Lua scripts, token buckets.",
        "Lua-scripted rate limiters on Redis.",
    ],
)
def test_a_term_inside_a_list_or_a_compound_is_found(text: str, aaron: Resume) -> None:
    """Aaron's highlight says "Redis Lua scripts": the phrase is a term of his, and so is Lua."""
    assert {"Lua", "Redis"} <= {t.name for t in extract(parse_posting(text), aaron)}
    assert {"Lua", "Redis"} <= names(text)
