"""The source an import writes: what could not be placed and what is a guess said in comments,
read back by the loader every render uses before a byte is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import Imported, write_source
from resume.source.loader import load_source
from resume.source.validate import validate


def _imported(data: dict[str, object]) -> Imported:
    return Imported(Path("/elsewhere/cv.rcv"), "Some Format", data)


def test_notes_and_guesses_are_comments_and_the_source_validates(tmp_path: Path) -> None:
    imported = _imported(
        {
            "basics": {"name": "Ada Lovelace", "label": "Analyst"},
            "languages": [
                {"language": "Norwegian", "fluency": "no"},
                {"language": "Yes", "fluency": "on"},
            ],
        }
    )
    imported.note("the harp: no section of ours holds it", 12)
    imported.doubt(("basics", "label"), "a guess from the headline")
    out = tmp_path / "cv.yaml"
    warnings = write_source(imported, out)
    text = out.read_text(encoding="utf-8")
    assert "#   line 12: the harp: no section of ours holds it\n" in text
    assert "  label: Analyst  # a guess from the headline\n" in text
    assert "  importedFrom: Some Format  # while this is here" in text
    resume, _ = validate(load_source(out))
    # YAML 1.1 words stay text: the loader is YAML 1.1.
    assert [(lang.language, lang.fluency) for lang in resume.languages] == [
        ("Norwegian", "no"),
        ("Yes", "on"),
    ]
    assert [str(w) for w in warnings] == [
        "/elsewhere/cv.rcv:12: warning: the harp: no section of ours holds it"
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["cv.yaml"]  # no temporary file left


def test_a_source_that_does_not_validate_is_not_written(tmp_path: Path) -> None:
    out = tmp_path / "cv.yaml"
    with pytest.raises(UserError) as error:
        write_source(_imported({"basics": {"name": "Ada"}, "work": [{"startDate": "soon"}]}), out)
    assert str(error.value).startswith(
        "/elsewhere/cv.rcv: read as Some Format, but the source it makes does not validate"
    )
    assert "work[0].startDate" in str(error.value)
    assert not out.exists()


@pytest.mark.parametrize("image", ["/headshot.jpg", "../me.png", "C:\\me.png"])
def test_a_photo_not_beside_the_source_is_left_out_with_a_note(tmp_path: Path, image: str) -> None:
    imported = _imported({"basics": {"name": "Ada", "image": image}})
    write_source(imported, tmp_path / "cv.yaml")
    assert "image" not in imported.data["basics"]
    assert (
        imported.notes[-1].message
        == f"the photo '{image}' is not a file beside the source: left out"
    )


def test_a_photo_address_stays_an_address(tmp_path: Path) -> None:
    imported = _imported({"basics": {"name": "Ada", "image": "https://example.org/me.jpg"}})
    write_source(imported, tmp_path / "cv.yaml")
    assert "image: https://example.org/me.jpg" in (tmp_path / "cv.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("about", ["One.\n\nTwo.", "One.\nTwo.\n", "  Indented.\nNext."])
def test_text_over_several_lines_is_written_exactly(tmp_path: Path, about: str) -> None:
    write_source(_imported({"basics": {"name": "Ada", "about": about}}), tmp_path / "cv.yaml")
    resume, _ = validate(load_source(tmp_path / "cv.yaml"))
    assert resume.basics.about == about
