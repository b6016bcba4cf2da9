"""XML from a stranger: entity declarations (a billion laughs) and external entities are refused
by the hardened parser, a cut-off file is reported where it ends; each names the formats, and
no source is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import run_import
from tests.imports.hostile import READS

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Candidate [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Candidate xmlns="http://www.europass.eu/1.0"><CandidatePerson>&lol3;</CandidatePerson></Candidate>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE Candidate [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Candidate xmlns="http://www.europass.eu/1.0"><CandidatePerson>&secret;</CandidatePerson></Candidate>
"""
CUT = """<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0">
  <CandidatePerson>
    <PersonName>
      <GivenName>Ada</GivenName>
"""


def _refused(tmp_path: Path, text: str) -> str:
    path = tmp_path / "cv.xml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "cv.yaml"
    with pytest.raises(UserError) as error:
        run_import(path, out)
    assert not out.exists()
    return str(error.value).replace(str(path), "cv.xml")


@pytest.mark.parametrize("text", [LAUGHS, EXTERNAL], ids=["billion laughs", "external entity"])
def test_xml_that_declares_entities_is_refused(tmp_path: Path, text: str) -> None:
    assert _refused(tmp_path, text) == (
        "cv.xml: refused, the XML declares a DTD or entities (DTDForbidden), which a résumé"
        f" never needs and an attack does\n{READS}"
    )


def test_a_cut_off_xml_is_reported_where_it_ends(tmp_path: Path) -> None:
    assert _refused(tmp_path, CUT) == (
        f"cv.xml:6:1: broken XML (no element found): is the file complete?\n{READS}"
    )
