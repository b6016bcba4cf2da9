"""The loader's limits sit where no real source reaches and every hostile one does: each
limit is accepted exactly at its value and refused one past it, fast."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.source.loader import MAX_BYTES, format_of, load_source
from resume.source.yaml_format import MAX_DEPTH, MAX_DIGITS, MAX_ENTRIES, MAX_TEXT
from tests.conftest import ROOT


def source(tmp_path: Path, text: str, name: str = "source.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def nested(levels: int) -> str:
    """A document `levels` deep: the top mapping is level 1, its deepest value level `levels`."""
    return "basics: {name: N}\nmeta: " + "[" * (levels - 2) + "x" + "]" * (levels - 2) + "\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (nested(MAX_DEPTH), None),
        (nested(MAX_DEPTH + 1), f"nested deeper than {MAX_DEPTH} levels"),
        ("basics: {name: N}\nsummary: " + "a" * MAX_TEXT + "\n", None),
        (
            "basics: {name: N}\nsummary: " + "a" * (MAX_TEXT + 1) + "\n",
            f"{MAX_TEXT + 1:,} characters; a value may have {MAX_TEXT:,}",
        ),
        ("basics: {name: N}\nskills: [" + ", ".join(["s"] * MAX_ENTRIES) + "]\n", None),
        (
            "basics: {name: N}\nskills: [" + ", ".join(["s"] * (MAX_ENTRIES + 1)) + "]\n",
            f"{MAX_ENTRIES + 1:,} entries; the most one place may hold is {MAX_ENTRIES:,}",
        ),
        ("basics: {name: N, phone: " + "9" * MAX_DIGITS + "}\n", None),
        (
            "basics: {name: N, phone: " + "9" * (MAX_DIGITS + 1) + "}\n",
            f"numbers may have {MAX_DIGITS}",
        ),
    ],
)
def test_each_limit_is_exact(tmp_path: Path, text: str, message: str | None) -> None:
    path = source(tmp_path, text)
    if message is None:
        assert load_source(path).data["basics"] == {"name": "N"} | (
            {"phone": int("9" * MAX_DIGITS)} if "phone" in text else {}
        )
    else:
        with pytest.raises(UserError, match=message):
            load_source(path)


def test_a_file_past_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = source(tmp_path, "basics: {name: N}\n#" + "x" * MAX_BYTES)
    with pytest.raises(UserError) as error:
        load_source(path)
    assert str(error.value) == f"{path}: larger than the {MAX_BYTES:,} bytes a source may be"


@pytest.mark.parametrize("kind", ["device", "pipe"])
def test_devices_and_pipes_are_not_sources(tmp_path: Path, kind: str) -> None:
    path = Path("/dev/zero")
    if kind == "pipe":
        path = tmp_path / "pipe.yaml"
        os.mkfifo(path)
    started = time.perf_counter()
    with pytest.raises(UserError, match="not a regular file"):
        load_source(path)
    assert time.perf_counter() - started < 10  # a pipe with no writer would block for ever


def test_the_default_source_is_far_from_every_limit() -> None:
    root = ROOT
    for path in (root / "data").glob("*.yaml"):
        assert path.stat().st_size < MAX_BYTES / 20
        load_source(path)


def test_libyaml_and_pyyaml_find_every_value_at_the_same_place() -> None:
    """libyaml parses (fast); PyYAML's own parser is there for the reports: both must agree on
    every position, non-ASCII text, flow collections and block scalars included."""
    from resume.source.yaml_format import YAML, _compose_with, _FastSourceLoader, _SourceLoader

    text = (
        "basics:\n  name: Inès Vásquez — 山田\n  summary: >-\n    two\n    lines\n"
        "work:\n  - {name: Zürich AG, position: 'Lead', highlights: [a, \"b\"]}\n"
        "  - name: Ünïcode\n    startDate: 2020-01\n"
    )
    fast = _compose_with(_FastSourceLoader, Path("x.yaml"), text, YAML)
    slow = _compose_with(_SourceLoader, Path("x.yaml"), text, YAML)
    assert fast.data == slow.data and fast.data["work"][1]["startDate"] == "2020-01"
    assert fast.values == slow.values and fast.keys == slow.keys
    assert fast.values[("work", 1, "name")] == slow.values[("work", 1, "name")]


@pytest.mark.parametrize(
    ("name", "format"),
    [
        ("resume.yaml", "YAML"),
        ("Resume.YML", "YAML"),
        ("resume.Json", "JSON Resume"),
        ("letter.md", "YAML"),  # a letter's front matter, a theme's theme.yaml: our own format
    ],
)
def test_the_loader_chooses_the_format_by_the_files_suffix(name: str, format: str) -> None:
    assert format_of(Path(name)).name == format
