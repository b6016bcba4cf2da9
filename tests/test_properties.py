"""Property-based: whatever a source holds, loading, validating and rendering it either work or
raise the one user-error type, never anything else.

HYPOTHESIS_PROFILE=ci runs more examples (the default keeps `make test` quick).
"""

from __future__ import annotations

import json
import os
import string
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from resume.build import RenderOptions, render
from resume.errors import UserError
from resume.source.validate import read_source

settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
RENDERS = 25 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else 4

KEYS = [
    "basics", "name", "label", "headline", "image", "email", "phone", "url", "summary", "about",
    "location", "city", "countryCode", "profiles", "network", "username", "work", "position",
    "startDate", "endDate", "highlights", "details", "tags", "education", "institution",
    "skills", "keywords", "projects", "articles", "reading", "title", "author", "note", "intros",
    "render", "theme", "page_size", "pageSize", "locale", "sections", "resume", "meta",
    "website", "picture", "company", "text", "$schema", "<<",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["2020", "2020-13", "13/2020", "present", "now", "", "javascript:x", "a.png",
                     "../../etc/passwd", "https://example.com", "file:///etc/passwd", "compact",
                     "letter", "a4", "de", "work", "<script>x</script>", "**bold**"]),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children, max_size=5
        ),
    ),
    max_leaves=30,
)
DOCUMENTS = st.one_of(
    VALUES,
    st.fixed_dictionaries({"basics": st.fixed_dictionaries({"name": SCALARS})}, optional={
        key: VALUES for key in ("work", "skills", "projects", "render", "intros", "reading")
    }),
)  # fmt: skip
YAML_TOKENS = st.sampled_from(
    ["basics:", "name:", " ", "  ", "\n", "\t", "-", "- ", ": ", "&a ", "*a", "<<: *a", "!!str ",
     "!!python/none", "!x ", "[", "]", "{", "}", ",", '"', "'", "\\", "#", "---", "...", "?", "|",
     ">", "%YAML 1.1", "\ufeff", "\x00", "\x85", "\u2028", "é", "🙂", "2020-01-01", "0x1F", "1e9",
     '"\\ud83d"', '"\\ude00"', '"\\U0001F600"', '"\\x99"', '"\\N"', '"\\0"', "\x99"]
)  # fmt: skip


def check_loads(content: bytes, suffix: str) -> None:
    """Load and validate `content` as a file; only a UserError may come out."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"source{suffix}"
        path.write_bytes(content)
        try:
            read_source(path)
        except UserError as error:
            assert str(error).strip()  # an empty message helps no one


@given(st.binary(max_size=3000), st.sampled_from([".yaml", ".json"]))
def test_any_bytes(content: bytes, suffix: str) -> None:
    check_loads(content, suffix)


@given(st.lists(YAML_TOKENS, max_size=60).map("".join))
def test_yaml_made_of_its_own_syntax(text: str) -> None:
    check_loads(text.encode("utf-8", "surrogatepass"), ".yaml")


DUMPERS: list[tuple[str, Callable[[Any], str]]] = [
    (".yaml", lambda data: yaml.safe_dump(data, allow_unicode=True)),
    (".json", lambda data: json.dumps(data, ensure_ascii=False)),
    (".json", lambda data: json.dumps(data)),  # every non-ASCII character as an escape
]


@given(DOCUMENTS, st.sampled_from(DUMPERS))
def test_documents_of_any_shape(data: Any, dumper: tuple[str, Callable[[Any], str]]) -> None:
    suffix, dump = dumper
    check_loads(dump(data).encode("utf-8", "surrogatepass"), suffix)


TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(string.printable + "éŁ中文🙂\u200b\u202e<>&\"'*_`[]()#"),
        st.characters(codec="utf-8"),
        st.characters(categories=["Cs"]),  # half characters, which only escapes can write
    ),
    max_size=60,
)
LINK = st.one_of(
    st.none(),
    st.sampled_from(["https://example.com/a?b=<c>", "example.org", "mailto:x@example.com",
                     "javascript:alert(1)", "ftp://x", "/etc/passwd", "tel:+1 555"]),
)  # fmt: skip
DATE = st.one_of(
    st.none(), st.sampled_from(["2019", "2020-02", "2021-12-31", "present", "13/2020"])
)
ENTRY = st.fixed_dictionaries(
    {"name": TEXT, "position": TEXT},
    optional={"url": LINK, "startDate": DATE, "endDate": DATE, "summary": TEXT,
              "highlights": st.lists(TEXT, max_size=3), "details": TEXT},
)  # fmt: skip
RESUMES = st.fixed_dictionaries(
    {"basics": st.fixed_dictionaries(
        {"name": TEXT},
        optional={"headline": TEXT, "summary": TEXT, "about": TEXT, "url": LINK,
                  "email": TEXT, "phone": TEXT, "image": st.sampled_from(["", "me.png", "https://x/y.png"])})},
    optional={"work": st.lists(ENTRY, max_size=3), "projects": st.lists(ENTRY, max_size=2),
              "skills": st.lists(st.fixed_dictionaries({"name": TEXT, "keywords": st.lists(TEXT, max_size=4)}), max_size=2),
              "render": st.fixed_dictionaries({}, optional={"locale": st.sampled_from(["en", "de", "xx", "en-US"]),
                                                           "pageSize": st.sampled_from(["a4", "letter", "A5"])})},
)  # fmt: skip


@settings(max_examples=RENDERS)
@given(RESUMES, st.sampled_from(DUMPERS))
def test_whole_renders(data: Any, dumper: tuple[str, Callable[[Any], str]]) -> None:
    suffix, dump = dumper
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"source{suffix}"
        source.write_text(dump(data), encoding="utf-8", errors="surrogatepass")
        try:
            result = render(RenderOptions(source=source, out=Path(folder) / "out"))
        except UserError as error:
            event(f"refused: {str(error).splitlines()[0].split(': ')[-1][:40]}")
            assert str(error).strip()
            assert not (Path(folder) / "out").exists()
        else:
            event("rendered")
            assert {w.path.suffix for w in result.written} == {".pdf", ".html"}
            assert all(w.path.is_file() for w in result.written)
