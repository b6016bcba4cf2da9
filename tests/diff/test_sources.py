"""The sides a diff compares: a git revision of the source, the working tree, another source file;
each read into the model as `resume render` reads it, and a revision that is not one refused in
words, never handed to git as an option."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.diff.sources import WORKING_TREE, read_side
from resume.errors import UserError
from tests.gitrepo import NEW_HIGHLIGHT, OLD_HIGHLIGHT, repo_with_two_commits


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return repo_with_two_commits(tmp_path / "repo")


def highlights(side_text: str) -> tuple[bool, bool]:
    return OLD_HIGHLIGHT in side_text, NEW_HIGHLIGHT in side_text


def test_a_revision_is_the_source_as_that_commit_has_it(source: Path) -> None:
    old = read_side("HEAD~1", source)
    assert (old.label, old.suffix) == ("HEAD~1", ".yaml")
    assert highlights(old.text) == (True, False)
    assert old.resume.basics.name == "Aaron Wu"
    assert highlights(read_side("HEAD", source).text) == (False, True)


def test_no_revision_is_the_working_tree_and_a_path_is_that_file(
    source: Path, tmp_path: Path
) -> None:
    source.write_text(source.read_text(encoding="utf-8").replace("Aaron Wu", "Erin Wu"), "utf-8")
    now = read_side(None, source)
    assert (now.label, now.resume.basics.name) == (WORKING_TREE, "Erin Wu")
    other = tmp_path / "other.json"
    other.write_text('{"basics": {"name": "Ada Lovelace"}}', encoding="utf-8")
    side = read_side(str(other), source)
    assert (side.label, side.suffix, side.resume.basics.name) == (
        str(other),
        ".json",
        "Ada Lovelace",
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("v9.9", "v9.9: neither a file nor a git revision that holds "),
        ("--output=/tmp/x", "--output=/tmp/x: not a file or a git revision"),
    ],
)
def test_what_is_neither_a_file_nor_a_revision_is_refused(
    source: Path, spec: str, message: str
) -> None:
    with pytest.raises(UserError) as refused:
        read_side(spec, source)
    assert str(refused.value).startswith(message)
