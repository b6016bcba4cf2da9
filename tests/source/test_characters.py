"""What a person pastes never makes the PDF unreadable: a Font Awesome icon, an unassigned code
point, a control character and a script no font covers, each in a YAML and a JSON Resume
source. Each is left out with a warning at its field's line and column, and all four readers
read every other word of the page."""

from __future__ import annotations

import json
import os
import re
import string
import tempfile
from pathlib import Path

import pypdf
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume.build import RenderOptions, Result, render
from resume.check.extractors import EXTRACTORS, extract_all
from resume.errors import UserError
from resume.source.characters import unreadable

RENDERS = 40 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else 8
ENVELOPE, UNASSIGNED, BELL, ETHIOPIC = "\uf0e0", "\U000c51fd", "\x07", "ሰላም"
# field -> (text as written, the character in it); one kind per field
FIELDS = {
    "headline": (f"Platform engineer {ENVELOPE} reachable anytime", ENVELOPE),
    "summary": (f"Builds resilient systems {UNASSIGNED} with careful tradeoffs", UNASSIGNED),
    "position": (f"Staff{BELL} Engineer", BELL),
    "highlight": (f"Greeted partners with {ETHIOPIC} in Addis", ETHIOPIC),
}


def yaml_source() -> str:
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False).replace("\\u0007", "\\a")

    return (
        "basics:\n"
        "  name: Ada Example\n"
        f"  headline: {quoted(FIELDS['headline'][0])}\n"
        f"  summary: {quoted(FIELDS['summary'][0])}\n"
        "work:\n"
        "  - name: Acme\n"
        f"    position: {quoted(FIELDS['position'][0])}\n"
        "    startDate: 2020-01\n"
        f"    highlights: [{quoted(FIELDS['highlight'][0])}]\n"
    )


def json_source() -> str:
    data = {
        "basics": {
            "name": "Ada Example",
            "label": FIELDS["headline"][0],
            "summary": FIELDS["summary"][0],
        },
        "work": [
            {
                "name": "Acme",
                "position": FIELDS["position"][0],
                "startDate": "2020-01",
                "highlights": [FIELDS["highlight"][0]],
            }
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Result]]:
    folder = tmp_path_factory.mktemp("characters")
    found = {}
    for suffix, text in ((".yaml", yaml_source()), (".json", json_source())):
        source = folder / f"pasted{suffix}"
        source.write_text(text, encoding="utf-8")
        options = RenderOptions(source=source, out=folder / suffix[1:], outputs=("resume",))
        found[suffix] = (source, render(options))
    return found


def written_at(source: Path, text: str) -> tuple[int, int]:
    """The line and column where the value holding `text`'s first word starts, as written."""
    lines = source.read_text(encoding="utf-8").splitlines()
    word = re.match(r"\w+", text).group()  # type: ignore[union-attr]
    for number, line in enumerate(lines, 1):
        at = line.find(word)
        if at >= 0:
            column = at + 1
            if line[at - 1] in "\"'[" and at > 0:  # a quoted value starts at its quote
                column -= 1
            return number, column
    raise AssertionError(f"{word} is not in {source}")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("field", list(FIELDS))
def test_each_pasted_character_is_a_warning_at_its_field(
    rendered: dict[str, tuple[Path, Result]], suffix: str, field: str
) -> None:
    source, result = rendered[suffix]
    text, char = FIELDS[field]
    line, column = written_at(source, text)
    code = f"U+{ord(char[0]):04X}"
    mine = [w for w in result.warnings if code in w.message]
    assert mine, f"no warning names {code}: {[str(w) for w in result.warnings]}"
    assert len(mine) == 1  # one warning per field
    assert (mine[0].file, mine[0].line) == (str(source), line)
    if field != "highlight":  # in a flow list the column is the item's; checked by line
        assert mine[0].column == column
    if char == ENVELOPE:
        assert "Font Awesome's envelope" in mine[0].message
        assert "basics.email" in mine[0].message


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_every_reader_reads_every_other_word(
    rendered: dict[str, tuple[Path, Result]], suffix: str
) -> None:
    _, result = rendered[suffix]
    (pdf,) = [w.path for w in result.written if w.path.suffix == ".pdf"]
    bad = {c for _, char in FIELDS.values() for c in char}
    expected = ["Ada", "Example", "Acme"]
    expected += [w for text, _ in FIELDS.values() for w in text.split() if not set(w) & bad]
    readers = extract_all([pdf], EXTRACTORS)[pdf]
    assert [r.reader for r in readers] == list(EXTRACTORS)
    for reader in readers:
        words = set(re.findall(r"\w+", reader.text))
        missing = [w for w in expected if w.strip(",.") not in words]
        assert not reader.error and not missing, f"{reader.reader} lost {missing}"
        assert "\x00" not in reader.text


def test_strict_makes_a_pasted_icon_an_error(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text(f"basics:\n  name: Ada Example\n  headline: Engineer {ENVELOPE}\n")
    with pytest.raises(UserError, match=r"resume.yaml:3:13: basics.headline: U\+F0E0"):
        render(RenderOptions(source=source, out=tmp_path / "out", strict=True))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "text"),
    [("r.yaml", 'basics:\n  name: "\\0"\n'), ("r.json", '{"basics": {"name": "\\u0000"}}')],
)
def test_a_name_of_control_characters_alone_is_no_name(
    tmp_path: Path, name: str, text: str
) -> None:
    """Hypothesis found it: a name of one NUL made a file name Python cannot open (a
    traceback). It is left out, and the files take the names of a source with no name."""
    source = tmp_path / name
    source.write_text(text)
    result = render(RenderOptions(source=source, out=tmp_path / "out", outputs=("resume",)))
    assert [w.path.name for w in result.written] == ["Resume.pdf"]
    assert any("U+0000 is a control character" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("char", "kind"),
    [
        ("\uf0e0", "a private-use character"),
        ("\U000c51fd", "a code point Unicode has not assigned"),
        ("\x00", "a control character"),
        ("\ufdd0", "a noncharacter"),
        ("\n", None),
        ("\u00ad", None),  # a soft hyphen: shaping takes it, no font needs to draw it
        ("é", None),
    ],
)
def test_what_is_unreadable(char: str, kind: str | None) -> None:
    assert unreadable(char) == kind


# Words a reader must find, among anything Unicode holds; the text fields of a small document
# (one page, so nothing is condensed away).
WORD = st.text(string.ascii_lowercase, min_size=3, max_size=9)
JUNK = st.text(st.characters(exclude_categories=["Zs", "Zl", "Zp"]), min_size=1, max_size=3)
PIECES = st.lists(st.one_of(WORD, JUNK.filter(lambda t: not t.isspace())), min_size=1, max_size=6)


@settings(max_examples=RENDERS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=5, max_size=5), st.sampled_from([".yaml", ".json"]))
def test_arbitrary_text_never_makes_the_first_page_unreadable(
    fields: list[list[str]], suffix: str
) -> None:
    texts = [" ".join(pieces) for pieces in fields]
    document = {
        "basics": {"name": f"Ada {texts[0]}", "summary": texts[1]},
        "work": [
            {"name": texts[2], "position": texts[3], "startDate": "2020-01",
             "highlights": [texts[4]]}
        ],
    }  # fmt: skip
    if suffix == ".yaml":
        document["basics"]["headline"] = document["basics"].pop("summary")
    words = [w for pieces in fields for w in pieces if w.isascii() and w.isalpha() and len(w) > 2]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"resume{suffix}"
        written = (  # each escapes what its format cannot hold as it is
            yaml.safe_dump(document, allow_unicode=True)
            if suffix == ".yaml"
            else json.dumps(document, ensure_ascii=False)
        )
        source.write_text(written, encoding="utf-8")
        result = render(RenderOptions(source=source, out=Path(folder) / "out", outputs=("resume",)))
        (pdf,) = [w.path for w in result.written]
        read = set(re.findall(r"[A-Za-z]+", pypdf.PdfReader(pdf).pages[0].extract_text()))
    found = [w for w in words if w in read]
    assert len(found) >= 0.95 * len(words), f"pypdf read {len(found)} of {len(words)}: {texts}"
