"""A source given back as its author wrote it: the indentation that reproduces the file,
quotes kept, long lines never wrapped."""

from __future__ import annotations

import io

import pytest

from resume.source.round_trip import round_trip_yaml

LONG = "word " * 40

INDENTED_BY_TWO = f"""\
basics:
  name: 'Ada'
  summary: "{LONG.strip()}"
work:
  - name: Acme
    highlights:
      - Cut costs
"""
UNDER_ITS_KEY = """\
work:
- name: Acme
  highlights:
  - Cut costs
"""
BY_FOUR = """\
basics:
    name: Ada
work:
    - name: Acme
      highlights:
          - Cut costs
"""


@pytest.mark.parametrize("text", [INDENTED_BY_TWO, UNDER_ITS_KEY, BY_FOUR])
def test_a_source_comes_back_unchanged(text: str) -> None:
    yaml = round_trip_yaml(text)
    out = io.StringIO()
    yaml.dump(yaml.load(text), out)
    assert out.getvalue() == text


def test_an_added_line_is_the_only_change() -> None:
    yaml = round_trip_yaml(UNDER_ITS_KEY)
    data = yaml.load(UNDER_ITS_KEY)
    data["work"][0]["highlights"].append("Hired four")
    out = io.StringIO()
    yaml.dump(data, out)
    assert out.getvalue() == UNDER_ITS_KEY + "  - Hired four\n"
