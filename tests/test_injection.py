"""Script injection in every text field renders as inert text: in the page, its JSON-LD, the PDFs
and their metadata. (Injection in a link field is refused: see cases/errors/*-link.yaml.)"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
import yaml

from tests.conftest import DefaultOutputs, render_all

SOURCE = Path(__file__).parent / "cases" / "hostile" / "injection.yaml"
PAYLOAD = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(2)>'
SAFE_LINK = re.compile(
    r"^(https?:|mailto:|tel:|#|[\w.()-]+\.pdf$|assets/|data:,$)"
)  # the empty icon


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="session")
def injected(tmp_path_factory: pytest.TempPathFactory) -> DefaultOutputs:
    return render_all(SOURCE, tmp_path_factory.mktemp("injection"))


@pytest.fixture(scope="session")
def page(injected: DefaultOutputs) -> Elements:
    parser = Elements()
    parser.feed(injected.html)
    return parser


def test_every_text_field_carries_the_payload() -> None:
    def texts(value: object) -> list[str]:
        if isinstance(value, dict):
            return [t for v in value.values() for t in texts(v)]
        if isinstance(value, list):
            return [t for v in value for t in texts(v)]
        return [value] if isinstance(value, str) else []

    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    with_payload = [t for t in texts(data) if "<script>" in t or "onerror" in t]
    assert len(with_payload) >= 45


def test_the_page_has_no_live_script_handler_or_unsafe_link(page: Elements) -> None:
    tags = [tag for tag, _ in page.elements]
    assert tags.count("script") == 1
    assert {"img", "iframe", "style", "b", "object", "embed"}.isdisjoint(tags)
    for tag, attributes in page.elements:
        assert not [name for name in attributes if name.startswith("on")], tag
        if tag == "script":
            assert attributes == {"type": "application/ld+json"}
        for name in ("href", "src"):
            if (value := attributes.get(name)) is not None:
                assert SAFE_LINK.match(value), value


def test_the_page_shows_the_payload_as_text(injected: DefaultOutputs, page: Elements) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in injected.html
    assert "&lt;b onmouseover=alert(5)&gt;bold&lt;/b&gt;" in injected.html
    assert "[click](javascript:alert(3))" in injected.html  # a javascript: link stays text
    assert "javascript:" not in "".join(str(a.get("href")) for _, a in page.elements)
    assert "[home](file:///etc/passwd)" in injected.html  # so is a file: link
    assert 'href="file:' not in injected.html


def test_json_ld_cannot_close_its_script_and_keeps_the_text(page: Elements) -> None:
    (json_ld,) = page.scripts
    assert "</" not in json_ld and "<" not in json_ld
    person = json.loads(json_ld)
    assert person["name"] == f"Eve {PAYLOAD}"
    assert "</script><script>alert(7)</script>" in person["knowsAbout"]


def test_pdfs_show_the_literal_characters(injected: DefaultOutputs) -> None:
    for pdf in (injected.resume, injected.portfolio):
        text = pdf.text
        assert f"Eve {PAYLOAD}" in text
        assert "onerror=alert(2)>" in text
        for page_ in pdf.reader.pages:
            for annotation in page_.get("/Annots") or []:
                uri = annotation.get_object().get("/A", {}).get("/URI")
                assert uri is None or SAFE_LINK.match(str(uri)), uri
    portfolio = re.sub(r"\s+", " ", injected.portfolio.text)
    assert f"Details {PAYLOAD} {ATTRIBUTE_BREAK}" in portfolio
    assert "<style>body{display:none}</style>" in portfolio


def test_pdf_metadata_keeps_the_text(injected: DefaultOutputs) -> None:
    metadata = pypdf.PdfReader(injected.resume.path).metadata
    assert metadata is not None
    assert metadata.author == f"Eve {PAYLOAD}"
    assert metadata.title.startswith(f"Eve {PAYLOAD}")
