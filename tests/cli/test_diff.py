"""`resume diff` as a user meets it: between two commits, against the working tree, in three
formats that carry the same content, and on the rendered page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageChops
from typer.testing import CliRunner

from resume.cli.app import app
from resume.diff.images import MARK
from resume.diff.words import word_diff
from tests.conftest import DEFAULT_SOURCE, heavy_imports_after
from tests.gitrepo import repo_with_two_commits

runner = CliRunner()
ENTRY = "Systems Infrastructure Engineer Intern, AMD"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return repo_with_two_commits(tmp_path / "repo")


def diff(*arguments: str) -> Any:
    return runner.invoke(app, ["diff", *arguments])


def test_two_commits_that_change_one_highlight(
    source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(source.parent.parent)  # the source defaults to data/resume.yaml
    result = diff("HEAD~1", "HEAD")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "HEAD~1 → HEAD: 1 changed",
        f"  changed work: {ENTRY}",
        "      highlights[1]: Engineered a{+ fast+} prompt-driven graph"
        " [-retrieval-]{+search+} pipeline.",
    ]


def edit_working_tree(source: Path) -> None:
    """Swap the first two jobs, rename a position, drop the last project, add one, relabel."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["work"][0], data["work"][1] = data["work"][1], data["work"][0]
    data["work"][2]["position"] = "Technical Lead Engineer"
    data["projects"].pop()
    data["projects"].append({"name": "Tiny Compiler", "description": "A compiler for a toy *C*"})
    data["basics"]["label"] = "Backend and Infrastructure Engineer"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_head_against_the_working_tree(source: Path) -> None:
    edit_working_tree(source)
    result = diff("--source", str(source))  # HEAD against the working tree
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "HEAD → working tree: 1 added, 1 removed, 1 moved, 2 changed"
    assert "  changed basics: Aaron Wu" in lines
    assert "      label: Backend [-Software-]{+and Infrastructure+} Engineer" in lines
    assert f"  moved work: {ENTRY} (from place 1 to 2)" in lines
    assert "  changed work: Technical Lead Engineer" in lines
    assert "      position: Technical Lead{+ Engineer+}" in lines
    assert "  removed projects: RiskFreeRX" in lines
    assert "  added projects: Tiny Compiler" in lines


def test_json_and_markdown_carry_the_same_content(source: Path) -> None:
    edit_working_tree(source)
    data = json.loads(diff("HEAD~1", "--source", str(source), "--format", "json").output)
    markdown = diff("HEAD~1", "--source", str(source), "--format", "markdown").output
    assert data["old"] == "HEAD~1" and data["new"] == "working tree"
    assert f"`{data['old']}` → `{data['new']}`" in markdown
    kinds = [entry["kind"] for entry in data["entries"]]
    assert kinds == ["changed", "moved", "changed", "removed", "added"]
    assert [change["field"] for change in data["entries"][-1]["fields"]] == ["name", "description"]
    for entry in data["entries"]:
        assert f"- **{entry['kind']}** {entry['section']}: {entry['entry']}" in markdown
        for change in entry["fields"]:
            assert f"`{change['field']}`" in markdown
            for segment in change["words"]:
                words = segment["text"].strip().replace("*", "\\*")
                shown = {"equal": words, "delete": f"~~{words}~~", "insert": f"**{words}**"}
                assert shown[segment["op"]] in markdown
    assert "**C**" not in markdown and "A compiler for a toy \\*C\\*" in markdown


def test_a_revision_that_does_not_exist_is_a_clear_error(source: Path) -> None:
    result = diff("no-such-branch", "--source", str(source))
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    assert result.stderr.startswith(
        f"error: no-such-branch: neither a file nor a git revision that holds {source}"
    )


def test_a_plain_diff_never_loads_weasyprint_or_pypdf(source: Path) -> None:
    assert heavy_imports_after([["diff", "HEAD~1", "HEAD", "--source", str(source)]]) == []


@given(st.text(max_size=60), st.text(max_size=60))
def test_word_marks_rebuild_both_texts(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert "".join(s.text for s in segments if s.op != "insert") == old
    assert "".join(s.text for s in segments if s.op != "delete") == new


def test_on_the_page_with_the_changed_region_marked(tmp_path: Path) -> None:
    """Two renders: a source without variants, so the one-page résumé is the only PDF."""
    data = yaml.safe_load(DEFAULT_SOURCE.read_text(encoding="utf-8"))
    del data["variants"]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    source = repo_with_two_commits(tmp_path / "repo", text)
    images = tmp_path / "png"
    result = diff("HEAD~1", "HEAD", "--source", str(source), "--png", str(images))
    assert result.exit_code == 0, result.output
    page = result.output.split("\n\n", 1)[1].splitlines()
    assert page[:3] == [
        "On the page, résumé: same pages and fitting",
        f"  changed work: {ENTRY}",
        "      highlights[1]: Engineered a{+ fast+} prompt-driven graph"
        " [-retrieval-]{+search+} pipeline.",
    ]
    assert sorted(p.name for p in images.iterdir()) == ["resume-after-1.png", "resume-before-1.png"]
    after = Image.open(images / "resume-after-1.png").convert("RGB")
    channels = [
        channel.point(lambda v, want=want: 255 if v == want else 0)
        for channel, want in zip(after.split(), MARK, strict=True)
    ]
    box = ImageChops.multiply(ImageChops.multiply(channels[0], channels[1]), channels[2]).getbbox()
    assert box is not None, "the changed highlight is outlined"
    assert box[3] - box[1] < after.height / 10, "only the changed line is outlined"
