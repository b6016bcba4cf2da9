"""What every part of the source shares: camelCase keys as JSON Resume writes them, unknown keys
refused, dates written as people write them (with a note after), and links that cannot run a
script."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resume.source.model_base import Date, Model, Url, split_date


class Entry(Model):
    start_date: Date | None = None
    url: Url | None = None


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2021", "2021"),
        (2021, "2021"),  # YAML reads a bare year as a number
        ("2021-03", "2021-03"),
        ("2021-03-31", "2021-03-31"),
        ("Present", "present"),
        (" 2020 (Summer) ", "2020 (Summer)"),
        ("2019-06 (part time)", "2019-06 (part time)"),
    ],
)
def test_dates_are_kept_as_written(written: str | int, kept: str) -> None:
    assert Entry.model_validate({"startDate": written}).start_date == kept


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("March 2021", "'March 2021' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or present"),
        ("2021-13", "'2021-13' has no month 13"),
        ("2021-02-32", "'2021-02-32' has no day 32"),
        ("21-03", "'21-03' is not a date"),
        (21, "'21' is not a date"),  # a number is checked as the year it would be
    ],
)
def test_a_date_that_is_not_one_says_how_to_write_it(written: str | int, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Entry.model_validate({"startDate": written})


def test_a_note_in_parentheses_is_split_from_its_date() -> None:
    assert split_date("2020 (Summer)") == ("2020", "Summer")
    assert split_date("2020-06") == ("2020-06", "")


def test_keys_are_camel_case_and_an_unknown_one_is_refused() -> None:
    assert Entry.model_validate({"start_date": "2020"}).start_date == "2020"  # by name, too
    with pytest.raises(ValidationError, match="endDat\n  Extra inputs are not permitted"):
        Entry.model_validate({"startDate": "2020", "endDat": "2021"})


def test_a_link_that_could_run_a_script_is_refused() -> None:
    assert Entry.model_validate({"url": "https://ada.example.org"}).url == "https://ada.example.org"
    with pytest.raises(ValidationError, match="'javascript:alert\\(1\\)' is a javascript: address"):
        Entry.model_validate({"url": "javascript:alert(1)"})
