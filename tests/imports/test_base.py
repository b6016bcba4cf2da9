"""What an importer hands back: plain data without empty values, notes where the input says,
and a stranger's values taken only in the shape expected."""

from __future__ import annotations

from pathlib import Path

from resume.imports.base import Imported, clean, listed, mapping, text_of


def test_clean_drops_every_empty_value_at_any_depth() -> None:
    data = {
        "name": "  Ada ",
        "label": "",
        "work": [{"name": None, "highlights": ["", " x "]}, {}, [], 0, False],
        "basics": {"profiles": [{}]},
    }
    assert clean(data) == {"name": "Ada", "work": [{"highlights": ["x"]}, 0, False]}


def test_a_note_is_a_warning_where_the_input_says_it() -> None:
    imported = Imported(Path("cv.json"), "JSON Resume")
    imported.note("meta.theme not kept", 12)
    imported.note("a photo not kept", where="cv.zip/photo.png")
    assert [(p.file, p.line, p.message, p.warning) for p in imported.notes] == [
        ("cv.json", 12, "meta.theme not kept", True),
        ("cv.zip/photo.png", None, "a photo not kept", True),
    ]
    imported.doubt(("work", 0, "name"), "a guess")
    assert imported.unsure == {("work", 0, "name"): "a guess"}


def test_a_strangers_values_in_the_shape_expected_or_none() -> None:
    assert (text_of(" 2019 "), text_of(2019), text_of(None), text_of(["a"]), text_of({})) == (
        "2019",
        "2019",
        "",
        "",
        "",
    )
    assert (mapping({"a": 1}), mapping(["a"]), mapping("a")) == ({"a": 1}, {}, {})
    assert (listed([1]), listed({"a": 1}), listed(None)) == ([1], [], [])
