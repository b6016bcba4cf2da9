"""Tailoring: tags on entries and highlights, named variants, `--variant NAME|all`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from typer.testing import CliRunner

from resume.build import RenderOptions, render
from resume.cli.app import app
from resume.content.select import tailor
from resume.errors import UserError
from resume.source.parsed import Source
from resume.source.validate import validate
from resume.source.yaml_format import YAML
from tests.conftest import DEFAULT_SOURCE

runner = CliRunner()
SOURCE = yaml.safe_load(DEFAULT_SOURCE.read_text(encoding="utf-8"))
VARIANTS = list(SOURCE["variants"])


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def plain(markdown: str) -> str:
    return markdown.replace("**", "")


@pytest.fixture(scope="session")
def variant_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """`--variant all` on the default source, once: each variant's résumé pages and text."""
    out = tmp_path_factory.mktemp("variants")
    result = runner.invoke(
        app, ["render", str(DEFAULT_SOURCE), "--variant", "all", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    found = {}
    for name in VARIANTS:
        reader = pypdf.PdfReader(out / f"Aaron_Wu_Resume-{name}.pdf")
        found[name] = (len(reader.pages), squash(" ".join(p.extract_text() for p in reader.pages)))
        assert (out / f"Aaron_Wu_Portfolio-{name}.pdf").is_file()
    assert not (out / "index.html").exists()  # the web page is never tailored
    return found


def test_the_default_source_has_two_variants() -> None:
    assert len(VARIANTS) == 2


def kept(tags: list[str], variant: dict[str, Any]) -> bool:
    """The rule, as the source's comment states it: untagged things are in every variant."""
    if not tags:
        return True
    include, exclude = set(variant.get("include", [])), set(variant.get("exclude", []))
    return not exclude & set(tags) and (not include or bool(include & set(tags)))


@pytest.mark.parametrize("name", VARIANTS)
def test_each_variant_is_one_page_with_its_headline(
    variant_texts: dict[str, tuple[int, str]], name: str
) -> None:
    pages, text = variant_texts[name]
    assert pages == 1
    assert text.startswith("Aaron Wu")
    assert SOURCE["variants"][name]["headline"] in text[:200]
    assert SOURCE["basics"]["headline"] not in text
    assert squash(SOURCE["variants"][name]["summary"]) in text
    assert squash(SOURCE["basics"]["summary"]) not in text


@pytest.mark.parametrize("name", VARIANTS)
def test_each_variant_holds_only_its_selection(
    variant_texts: dict[str, tuple[int, str]], name: str
) -> None:
    variant = SOURCE["variants"][name]
    text = variant_texts[name][1]
    limits = variant.get("maxEntries", {})
    for section, title in (("work", "position"), ("projects", "name"), ("skills", "name")):
        chosen = [e for e in SOURCE[section] if kept(e.get("tags", []), variant)]
        chosen = chosen[: limits.get(section, len(chosen))]
        for entry in SOURCE[section]:
            assert (entry[title] in text) == (entry in chosen), (section, entry[title])
        for entry in chosen:
            for highlight in entry.get("highlights", []):
                # A highlight's opening words are enough to find it across line breaks.
                opening = " ".join(plain(highlight["text"]).split()[:6])
                assert (opening in text) == kept(highlight["tags"], variant), opening
    shown = variant["sections"]["resume"]
    headings = [h for h in ("EXPERIENCE", "PROJECTS", "SKILLS", "AWARDS") if h in text]
    order = {"work": "EXPERIENCE", "projects": "PROJECTS", "skills": "SKILLS", "awards": "AWARDS"}
    assert headings == [order[s] for s in shown if order[s] in text]


def test_the_variants_differ(variant_texts: dict[str, tuple[int, str]]) -> None:
    backend, ai = (variant_texts[name][1] for name in ("backend", "ai"))
    assert "FlashForm" in backend and "FlashForm" not in ai
    assert "RiskFreeRX" in ai and "RiskFreeRX" not in backend


# --- The rules, on a small source ------------------------------------------------------------


def source_of(data: dict[str, Any]) -> Source:
    return Source(Path("test.yaml"), data, YAML)


SMALL: dict[str, Any] = {
    "basics": {"name": "Ada Example", "headline": "Engineer"},
    "work": [
        {"name": "A", "tags": ["x"], "highlights": [{"text": "a1", "tags": ["y"]}, "a2"]},
        {"name": "B", "tags": ["y"]},
        {"name": "C"},
        {"name": "D", "tags": ["x", "z"]},
    ],
    "skills": [{"name": "S1", "tags": ["y"]}, {"name": "S2"}],
    "variants": {
        "xonly": {"include": ["x"], "headline": "X engineer"},
        "noz": {"exclude": ["z", "y"], "maxEntries": {"work": 1}},
        "ordered": {"sections": {"resume": ["skills", "work"]}},
    },
}


def test_include_keeps_matching_and_untagged() -> None:
    resume, _ = validate(source_of(SMALL))
    tailored = tailor(resume, "xonly")
    assert [w.name for w in tailored.work] == ["A", "C", "D"]
    assert [h.text for h in tailored.work[0].highlights] == ["a2"]
    assert [s.name for s in tailored.skills] == ["S2"]
    assert tailored.basics.headline == "X engineer"
    assert resume.work[0].highlights[0].text == "a1"  # the source's model is untouched


def test_exclude_and_max_entries() -> None:
    resume, _ = validate(source_of(SMALL))
    tailored = tailor(resume, "noz")
    assert [w.name for w in tailored.work] == ["A"]
    assert [h.text for h in tailored.work[0].highlights] == ["a2"]
    assert tailored.basics.headline == "Engineer"


def test_section_order() -> None:
    resume, _ = validate(source_of(SMALL))
    assert tailor(resume, "ordered").render.sections.resume == ["skills", "work"]


def test_unknown_variant_suggests_the_near_one(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["render", str(DEFAULT_SOURCE), "--variant", "backnd", "--out", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "error: unknown variant 'backnd'; did you mean `backend`? the variants are: backend, ai\n"
    )
    assert not list(tmp_path.iterdir())


def test_the_web_page_is_not_tailored(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="the web page always shows the whole source"):
        render(RenderOptions(source=DEFAULT_SOURCE, out=tmp_path, outputs=("site",), variant="ai"))


def test_a_variant_tag_nothing_carries_is_a_warning_with_a_guess() -> None:
    data = {**SMALL, "variants": {"typo": {"include": ["xx", "qqq"]}}}
    _, warnings = validate(source_of(data))
    assert [w.message for w in warnings] == [
        "no entry or highlight has the tag `xx`; did you mean `x`?",
        "no entry or highlight has the tag `qqq`",
    ]
    assert warnings[0].field == "variants.typo.include[0]"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("all", "variants.all: `all` is reserved: `--variant all` renders every variant"),
        ("Back End", "variants.Back End: a name may hold only a-z, 0-9, - and _"),
    ],
)
def test_variant_names_that_cannot_be_file_names(name: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        validate(source_of({**SMALL, "variants": {name: {}}}))
    assert [str(p) for p in caught.value.problems] == [f"test.yaml: {message}"]


def test_max_highlights_keeps_the_first_ones() -> None:
    data = {**SMALL, "variants": {"brief": {"maxHighlights": 1}}}
    resume, _ = validate(source_of(data))
    assert [[h.text for h in w.highlights] for w in tailor(resume, "brief").work] == [
        ["a1"],
        [],
        [],
        [],
    ]
