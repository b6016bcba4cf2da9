"""Property-based: whatever a source holds, loading, validating and rendering it either work or
raise the one user-error type, never anything else.

HYPOTHESIS_PROFILE=ci runs more examples (the default keeps `make test` quick); a failing example
is printed with the blob that replays it (@reproduce_failure), see tests/conftest.py.
"""

from __future__ import annotations

import json
import string
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import event, given, settings
from hypothesis import strategies as st

from resume.build import RenderOptions, Result, Written, render
from resume.check import check_pdfs
from resume.errors import UserError
from resume.source.validate import read_source
from tests import oracle
from tests.conftest import HYPOTHESIS_PROFILE

RENDERS = 25 if HYPOTHESIS_PROFILE == "ci" else 4  # the profile is chosen in tests/conftest.py

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


# Readable sources that use every section, an employer's roles and translations: each one
# rendered must pass `resume check` and make a one-page résumé (condensed only with a warning).
WORDS = st.sampled_from(
    ["Built", "the", "ledger", "cache", "for", "Kraków", "Åsa", "payments", "in", "Go", "40%",
     "2,300", "**fast**", "*calm*", "on-call", "teams", "Rust", "Zürich", "deploys", "O'Brien"]
)  # fmt: skip
PROSE = st.lists(WORDS, min_size=1, max_size=9).map(" ".join)
YEAR = st.sampled_from(["2015", "2018-04", "2021-11", "2023"])
HIGHLIGHTS = st.lists(PROSE, max_size=3)
ROLE = st.fixed_dictionaries(
    {"position": PROSE, "startDate": YEAR}, optional={"highlights": HIGHLIGHTS, "summary": PROSE}
)
JOB = st.one_of(
    st.fixed_dictionaries(
        {"name": PROSE, "position": PROSE},
        optional={"startDate": YEAR, "location": PROSE, "summary": PROSE, "highlights": HIGHLIGHTS,
                  "details": PROSE},
    ),
    st.fixed_dictionaries({"name": PROSE, "roles": st.lists(ROLE, min_size=1, max_size=2)}),
)  # fmt: skip


def entries(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.fixed_dictionaries(fields), max_size=2)


SECTIONS = {
    "work": st.lists(JOB, max_size=3),
    "volunteer": entries(organization=PROSE, position=PROSE, highlights=HIGHLIGHTS),
    "education": entries(institution=PROSE, area=PROSE, studyType=st.sampled_from(["BSc", "MSc"])),
    "projects": entries(name=PROSE, description=PROSE, highlights=HIGHLIGHTS),
    "awards": entries(title=PROSE, awarder=PROSE, date=YEAR),
    "certificates": entries(name=PROSE, issuer=PROSE, date=YEAR),
    "publications": entries(name=PROSE, publisher=PROSE, releaseDate=YEAR),
    "skills": entries(name=PROSE, keywords=st.lists(PROSE, max_size=3)),
    "languages": entries(language=PROSE, fluency=PROSE),
    "interests": entries(name=PROSE, keywords=st.lists(PROSE, max_size=2)),
    "references": entries(name=PROSE, reference=PROSE),
    "articles": entries(title=PROSE, date=YEAR, summary=PROSE),
    "reading": entries(title=PROSE, author=PROSE),
}
TRANSLATED = st.fixed_dictionaries({"en": PROSE, "de": PROSE})
READABLE = st.fixed_dictionaries(
    {"basics": st.fixed_dictionaries(
        {"name": PROSE}, optional={"label": st.one_of(PROSE, TRANSLATED), "summary": PROSE,
                                   "about": PROSE, "email": st.just("a@example.com")})},
    optional={**SECTIONS, "render": st.just({"languages": ["en", "de"]})},
)  # fmt: skip


@settings(max_examples=RENDERS)
@given(READABLE, st.sampled_from(DUMPERS[:2]))
def test_readable_sources_render_to_pdfs_that_pass_check(
    data: Any, dumper: tuple[str, Callable[[Any], str]]
) -> None:
    suffix, dump = dumper
    event(f"sections: {len(data) - 1}; roles: {any('roles' in j for j in data.get('work', []))}")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"source{suffix}"
        source.write_text(dump(data), encoding="utf-8")
        try:
            result = render(RenderOptions(source=source, out=Path(folder) / "out"))
        except UserError as error:
            assert "does not fit on one page" in str(error), str(error)  # too long for one page
            event("too long for one page")
            return
        pdfs = [w for w in result.written if w.path.suffix == ".pdf"]
        assert len(pdfs) >= 2
        reports = check_pdfs([w.path for w in pdfs], ["pypdf"])
        assert all(r.problems == [] for r in reports), [str(r) for r in reports]
        assert_one_page_or_said_so(result)
        for report, written in zip(reports, pdfs, strict=True):
            assert_shows_the_source(source, written, report.text)


def assert_shows_the_source(source: Path, written: Written, text: str) -> None:
    """The English résumé and portfolio show what the source as written says (tests/oracle.py)."""
    if not written.path.stem.endswith(("Resume", "Portfolio")):
        return  # another language's
    output = "resume" if written.path.stem.endswith("Resume") else "portfolio"
    condensed = written.fit is not None and written.fit.condensed
    assert oracle.missing(oracle.expected(source, output, condensed=condensed), text) == []


def assert_one_page_or_said_so(result: Result) -> None:
    for written in result.written:
        if written.path.suffix == ".pdf" and "Resume" in written.path.stem:
            assert written.pages == 1, written.path.name
            condensed = written.fit is not None and written.fit.condensed
            assert not condensed or any(w.warning for w in result.warnings)
