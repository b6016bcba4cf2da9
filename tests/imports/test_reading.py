"""A stranger's file read safely: its first bytes, its size bounded, and its JSON or YAML data
as plain Python with the line of each value."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import import_file
from resume.imports.reading import head, pdf_attachments, read_bytes, tree_of
from tests.imports.hostile import READS


def test_head_gives_the_first_bytes_and_nothing_for_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 10_000)
    assert head(path, 8) == b"%PDF-1.7"
    assert len(head(path)) == 4096
    assert head(tmp_path) == b""
    assert head(tmp_path / "missing") == b""


def test_a_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"{}" + b" " * 9)
    assert read_bytes(path, limit=11) == b"{}" + b" " * 9
    with pytest.raises(UserError) as error:
        read_bytes(path, limit=10)
    assert str(error.value) == f"{path}: larger than the 10 bytes an import may be"


def test_yaml_reads_as_plain_data_with_the_line_of_each_value(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "cv:\n  name: Ada\n  since: 2019-03-01\n  size: 10.50\n  public: true\n"
        "  jobs:\n    - Acme\n    - Globex\n",
        encoding="utf-8",
    )
    tree = tree_of(path)
    assert tree is not None
    assert tree.data == {
        "cv": {
            "name": "Ada",
            "since": "2019-03-01",
            "size": "10.5",
            "public": True,
            "jobs": ["Acme", "Globex"],
        }
    }
    assert (tree.line(("cv", "name")), tree.line(("cv", "jobs", 1))) == (2, 8)
    assert tree.line(("cv", "name", "missing")) == 2  # its nearest ancestor's


def test_json_reads_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    path.write_text('{\n  "basics": {\n    "name": "Ada"\n  }\n}\n', encoding="utf-8")
    tree = tree_of(path)
    assert tree is not None
    assert (tree.data, tree.line(("basics", "name"))) == ({"basics": {"name": "Ada"}}, 3)


@pytest.mark.parametrize(
    "content", ["- a list\n", "just words", "", "{broken json", "a: [unclosed\n", "a: 1\0"]
)
def test_what_holds_no_mapping_is_no_tree(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(content, encoding="utf-8")
    assert tree_of(path) is None


LAUGHS = """\
cv:
  name: Ada
  sections:
    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
"""


def test_yaml_aliases_that_expand_without_end_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(LAUGHS, encoding="utf-8")
    with pytest.raises(UserError) as error:
        import_file(path)
    assert str(error.value) == (
        f"{path}: refused, more than 100,000 values once its YAML aliases are expanded"
        f" (a billion laughs?)\n{READS}"
    )


def test_a_pdf_that_is_not_one_has_no_attachments(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.7\nnothing else")
    assert pdf_attachments(path) == {}
    assert pdf_attachments(tmp_path) == {}
