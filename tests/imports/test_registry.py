"""The format is found from the content, not the name; a file in none of them is refused with
the list of those that are read, and nothing is written. A file from a stranger may hold
anything where a format expects a mapping or a list: every importer reads it, or refuses it
with a message, and never fails with a traceback."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume.errors import UserError
from resume.imports import import_file, run_import, source_text
from tests.imports.hostile import READS
from tests.imports.inputs import IMPORTS

RENDERCV = IMPORTS / "rendercv" / "files" / "kael-k__resume__resume.yaml"
REACTIVE = IMPORTS / "reactive-resume" / "files" / "Zhykos__my-website__reactive_resume.json"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        ("Dear hiring manager,\nplease find my CV attached.\n", "letter.txt"),
        ("cv:\n  - not a mapping\n", "notes.yaml"),
        ('{"name": 3}', "data.json"),
        ("\x00\x01\x02binary", "blob.bin"),
        ("", "empty.yaml"),
    ],
)
def test_a_file_in_no_format_names_the_formats_read(
    tmp_path: Path, content: str, name: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.yaml"
    with pytest.raises(UserError) as error:
        run_import(path, out)
    assert str(error.value) == f"{path}: not a format `resume import` knows. {READS}"
    assert not out.exists()


@pytest.mark.parametrize("original", [RENDERCV, REACTIVE])
def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path, original: Path) -> None:
    renamed = tmp_path / "my-cv.txt"
    shutil.copyfile(original, renamed)
    assert import_file(renamed).format == import_file(original).format


def test_a_missing_file_is_said_so(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file or folder"):
        import_file(tmp_path / "nothing.yaml")


_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 3000), st.text(max_size=12),
    st.sampled_from(["2020-01", "present", "Mar 2019", "<p>x</p>", "https://x.org", "a, b"]),
)  # fmt: skip
_KEYS = st.sampled_from([
    "name", "company", "position", "institution", "area", "degree", "start_date", "end_date",
    "date", "highlights", "summary", "label", "details", "bullet", "title", "authors", "doi",
    "items", "visible", "hidden", "url", "keywords", "history", "employer", "start", "end",
    "sections", "basics", "content", "location", "email", "phone", "website", "photo",
])  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12,
)
_SHAPES = st.one_of(
    st.builds(
        lambda cv, design: {"cv": cv, "design": design}, st.dictionaries(_KEYS, _VALUES), _VALUES
    ),
    st.builds(
        lambda b, s, m: {"basics": b, "sections": s, "metadata": m},
        st.dictionaries(_KEYS, _VALUES),
        st.dictionaries(_KEYS, _VALUES),
        _VALUES,
    ),
    st.builds(lambda e, info: {"name": "Ada", "employment": e, "info": info}, _VALUES, _VALUES),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SHAPES)
def test_any_shape_is_read_or_refused_with_a_message(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cv.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        with contextlib.suppress(UserError):
            source_text(import_file(path), Path(folder) / "out.yaml")
