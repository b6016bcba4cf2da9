"""A format's leniency is asked where it matters: each thing JSON Resume forgives (a warning,
the value read or left out) is an error, or is left out as the model refuses it, in a format
that is lenient in every other way but does not forgive that one thing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.source.json_resume_format import JSON_RESUME
from resume.source.parsed import LENIENT, Leniency, SourceFormat
from resume.source.validate import validate

# What each policy forgives, in a JSON Resume document; the warning it gives; what is said
# without it.
CASES = {
    "reshapes": (
        '{"basics": {"name": "A", "label": ["a", "b"]}}',
        "a list where text belongs, read as paragraphs",
        "basics.label: should be text, not a list",
    ),
    "duplicate_keys": (
        '{"basics": {"name": "A", "name": "B"}}',
        "written twice (first on line 1); the last one is used",
        "basics.name: written twice (first on line 1)",
    ),
    "empty_values": (
        '{"basics": {"name": "A"}, "meta": {"note": null}}',
        "is empty (null), left out",
        "meta.note: is empty (null): write a value or leave `note` out",
    ),
    "loose_dates": (
        '{"basics": {"name": "A"}, "work": [{"name": "W", "startDate": "2012, October"}]}',
        "'2012, October' read as 2012-10",
        "'2012, October' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or present; left out",
    ),
    "role_conflicts": (
        '{"basics": {"name": "A"}, "work": [{"name": "W", "startDate": "2019",'
        ' "roles": [{"position": "P", "startDate": "2020"}]}]}',
        "is computed from the roles (the earliest start): leave it out; left out",
        "work[0].startDate: is computed from the roles (the earliest start): leave it out",
    ),
    "missing_translations": (
        '{"basics": {"name": "A", "label": {"de": "Ingenieur"}},'
        ' "render": {"languages": ["en", "de"]}}',
        "translations (de): none in `en`, the `de` one is used",
        "basics.label: translations (de) without `en`",
    ),
    "unreadable_photo": (
        '{"basics": {"name": "A", "image": "../img/me.jpg"}}',
        "photo left out: '../img/me.jpg' is outside the source's folder",
        "basics.image: '../img/me.jpg' is outside the source's folder",
    ),
}


def said(text: str, forgives: Leniency, tmp_path: Path) -> str:
    """Every warning, or the error, reading `text` gives in a format that forgives `forgives`."""
    format = dataclasses.replace(JSON_RESUME, forgives=forgives)
    try:
        _, warnings = validate(format.parse(tmp_path / "resume.json", text))
    except UserError as error:
        return str(error)
    return "\n".join(warning.message for warning in warnings)


@pytest.mark.parametrize("policy", list(CASES))
def test_each_policy_decides_its_own_case(policy: str, tmp_path: Path) -> None:
    text, forgiven, refused = CASES[policy]
    assert forgiven in said(text, LENIENT, tmp_path)
    unforgiving = dataclasses.replace(LENIENT, **{policy: False})
    assert refused in said(text, unforgiving, tmp_path)


def test_every_policy_has_its_case() -> None:
    """`overflow` is asked by the plan (tests/engine/test_condense.py renders it)."""
    assert set(CASES) | {"overflow"} == {each.name for each in dataclasses.fields(Leniency)}


@pytest.mark.parametrize(
    ("halves", "expected"),
    [(True, None), (False, "the escape \\ud83d is half of a character")],
)
def test_json_escapes_a_character_in_two_halves(
    halves: bool, expected: str | None, tmp_path: Path
) -> None:
    format: SourceFormat = dataclasses.replace(JSON_RESUME, escapes_halves=halves)
    text = '{"basics": {"name": "A \\ud83d\\ude00"}}'
    if expected is None:
        assert format.parse(tmp_path / "resume.json", text).data["basics"]["name"] == "A 😀"
    else:
        with pytest.raises(UserError, match=expected.replace("\\", "\\\\")):
            format.parse(tmp_path / "resume.json", text)
