"""Property-based: every document the JSON Resume schema admits renders, with warnings at most.

The documents come from `tests/jsonresume/schema.json` itself, by a strategy written here for the
part of JSON Schema it uses (objects with optional properties and additional ones, arrays,
strings with a pattern or a format, `$ref`): `hypothesis-jsonschema` 0.23 breaks on recent
Hypothesis releases. The loader and validator see many documents; a few go through whole renders.

HYPOTHESIS_PROFILE=ci runs more examples (the default keeps `make test` quick).
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume.build import RenderOptions, render
from resume.source.loader import load_source
from resume.source.validate import validate

SCHEMA = json.loads((Path(__file__).parent.parent / "jsonresume" / "schema.json").read_text())
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
READS = 600 if CI else 100  # as many as tests/test_properties.py
RENDERS = 12 if CI else 3

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False,
    allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8,
)  # fmt: skip
URIS = st.one_of(
    st.sampled_from(["https://example.com", "http://a.example/b?c=d", "mailto:a@example.com",
                     "ftp://files.example/x", "javascript:alert(1)", "file:///etc/passwd",
                     "urn:isbn:0451450523", "https://example.com/me.png", "data:,x"]),
    st.builds("https://{}.example/{}".format, st.text("abcdef", min_size=1, max_size=6),
              st.text(max_size=10)),
)  # fmt: skip


def strategy(node: dict[str, Any], text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """Values that `node` admits; `text` is what a string without a pattern or format holds."""
    if "$ref" in node:
        return strategy(SCHEMA["definitions"][node["$ref"].rsplit("/", 1)[-1]], text)
    kind = node.get("type")
    if kind == "object":
        properties = node.get("properties", {})
        known = st.fixed_dictionaries(
            {}, optional={key: strategy(value, text) for key, value in properties.items()}
        )
        # The schema allows any other key, with any value, everywhere.
        extra = st.dictionaries(
            st.text(max_size=12).filter(lambda key: key not in properties), JSON_VALUES,
            max_size=2,
        )  # fmt: skip
        return st.builds(lambda a, b: {**b, **a}, known, extra)
    if kind == "array":
        return st.lists(strategy(node.get("items", {}), text), max_size=3)
    if kind == "string":
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        return {"email": st.emails(), "uri": URIS}.get(node.get("format", ""), text)
    return JSON_VALUES


# Plausible text, as a person writes it; and anything a JSON string can hold.
WORDS = st.text(st.characters(categories=["L", "N", "Zs", "P"]), max_size=40)
DOCUMENTS = st.one_of(strategy(SCHEMA, WORDS), strategy(SCHEMA, st.text(max_size=40)))


def readable(text: str) -> str:
    """`text` as the outputs hold it: control, private-use and unassigned characters (and
    lone surrogates) are left out of every source as it is read."""
    return "".join(
        c for c in text if c in "\t\n\r" or unicodedata.category(c) not in {"Cc", "Co", "Cn", "Cs"}
    )


def write(folder: str, document: dict[str, Any]) -> Path:
    source = Path(folder) / "resume.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return source


def test_the_strategy_makes_documents_the_schema_admits() -> None:
    @settings(max_examples=30, deadline=None, database=None)
    @given(DOCUMENTS)
    def check(document: dict[str, Any]) -> None:
        assert list(VALIDATOR.iter_errors(document)) == []

    check()


@settings(max_examples=READS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_every_document_the_schema_admits_is_read_with_warnings_at_most(
    document: dict[str, Any],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = write(folder, document)
        resume, problems = validate(load_source(source))  # a UserError fails the test
        assert all(p.warning and p.line for p in problems)
        if (
            isinstance(document.get("basics"), dict)
            and str(document["basics"].get("name") or "").strip()
        ):
            assert resume.basics.name == readable(document["basics"]["name"])


@pytest.mark.slow  # random documents can be long: condensing and a long portfolio each time
@settings(max_examples=RENDERS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategy(SCHEMA, WORDS))
def test_some_render_whole(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = write(folder, document)
        result = render(RenderOptions(source=source, out=Path(folder) / "out"))
        assert {w.path.suffix for w in result.written} == {".pdf", ".html"}
        assert all(p.warning for p in result.warnings)
