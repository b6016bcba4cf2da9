"""The render plan, resolved once before any output: a plan per language and variant asked
for, each with the file-name suffix and the folder its outputs go to; the build date that makes
a rebuild byte-identical; and what a render may leave out to fit. No output is made here."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from resume.errors import UserError
from resume.plan import Plan, RenderOptions, make_plans, source_date
from resume.source.validate import read_source

SOURCE = """\
basics:
  name: Aaron Wu
  label: {en: Engineer, de: Ingenieur}
work:
  - name: AMD
    position: Engineer
    startDate: 2021-03
    highlights:
      - {text: Built search., tags: [backend]}
      - {text: Built models., tags: [ml]}
variants:
  backend: {include: [backend]}
  ml: {include: [ml]}
render:
  languages: [en, de]
"""


def plans(
    tmp_path: Path, text: str = SOURCE, name: str = "resume.yaml", **asked: Any
) -> list[Plan]:
    """The plans of `text`, written as `name`, for the text output and the options `asked`."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    options = RenderOptions(source=source, out=tmp_path / "out", outputs=["text"])
    return list(make_plans(read_source(source), replace(options, **asked)))


def test_each_language_has_a_plan_and_the_first_keeps_the_plain_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert [(p.language, p.variant, p.suffix, p.folder) for p in plans(tmp_path)] == [
        ("en", None, None, out),
        ("de", None, "de", out / "de"),
    ]
    assert [p.resume.basics.label for p in plans(tmp_path)] == ["Engineer", "Ingenieur"]


def test_variants_multiply_the_languages(tmp_path: Path) -> None:
    asked = [(p.language, p.variant, p.suffix) for p in plans(tmp_path, variant="all")]
    assert asked == [
        ("en", "backend", "backend"),
        ("en", "ml", "ml"),
        ("de", "backend", "backend-de"),
        ("de", "ml", "ml-de"),
    ]
    backend = plans(tmp_path, variant="backend", lang="de")
    assert [(p.language, p.variant) for p in backend] == [("de", "backend")]
    assert [h.text for h in backend[0].resume.work[0].highlights] == ["Built search."]


def test_a_variant_of_the_web_page_alone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="a variant tailors the PDFs; the web page always shows"):
        plans(tmp_path, variant="backend", outputs=["site"])


def test_the_build_date_is_the_sources_never_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    stamp = datetime(2024, 5, 17, 9, 30, tzinfo=UTC).timestamp()
    os.utime(source, (stamp, stamp))
    assert source_date(source) == datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert source_date(source) == datetime(1970, 1, 1, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UserError, match="SOURCE_DATE_EPOCH='yesterday' is not a number of sec"):
        source_date(source)


def test_only_a_json_resume_document_that_chose_nothing_may_be_condensed(tmp_path: Path) -> None:
    """Its writer had another tool in mind; our own sources say what to show, and fail instead."""
    document = '{"basics": {"name": "Ada Lovelace"}}'
    [plan] = plans(tmp_path, document, "resume.json")
    assert plan.condense
    [plan] = plans(tmp_path, document, "resume.json", strict=True)
    assert not plan.condense
    chosen = '{"basics": {"name": "Ada"}, "render": {"sections": {"resume": ["work"]}}}'
    [plan] = plans(tmp_path, chosen, "resume.json")
    assert not plan.condense
    [plan] = plans(tmp_path, "basics: {name: Ada Lovelace}\n")
    assert not plan.condense
