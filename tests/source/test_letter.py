"""A cover letter as its writer keeps it: Markdown in `letters/NAME.md` beside the source, with
an optional YAML front matter between `---` fences, whose mistakes are found where they are
written."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.source.letter import LetterMeta, letters_beside, read_letter


def letter(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "acme.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_front_matter_is_read_and_the_body_is_what_follows(tmp_path: Path) -> None:
    path = letter(
        tmp_path, "---\nto: Jane Smith\ncompany: Acme\ndate: 2026\n---\nI build search.\n"
    )
    read = read_letter(path)
    assert read.meta == LetterMeta(to="Jane Smith", company="Acme", date="2026")
    assert (read.body, read.stem) == ("I build search.\n", "acme")


def test_a_letter_without_front_matter_is_all_body(tmp_path: Path) -> None:
    text = "Dear team,\n\n---\n\nI build search.\n"  # a rule later on is the body's
    read = read_letter(letter(tmp_path, text))
    assert (read.meta, read.body) == (LetterMeta(), text)
    assert read_letter(letter(tmp_path, "---\nsubject: Search\n...\nBody\n")).body == "Body\n"


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("---\nto: Jane\n\nDear Jane,\n", ":1:1: the front matter's `---` is never closed"),
        ("---\nto: Jane\nsalary: lots\n---\nBody\n", ":3:1: salary: unknown field; a letter knows"),
        ("---\n- to\n---\nBody\n", "the front matter must be a mapping"),
    ],
)
def test_a_mistake_in_the_front_matter_is_found_where_it_is_written(
    tmp_path: Path, text: str, report: str
) -> None:
    path = letter(tmp_path, text)
    with pytest.raises(UserError) as refused:
        read_letter(path)
    assert report in str(refused.value)
    assert str(refused.value).startswith(str(path))


def test_the_letters_are_the_markdown_files_in_letters_beside_the_source(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    assert letters_beside(source) == []
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("globex.md", "acme.md", "notes.txt"):
        (folder / name).write_text("Hello\n", encoding="utf-8")
    (folder / "drafts.md").mkdir()
    assert letters_beside(source) == [folder / "acme.md", folder / "globex.md"]
