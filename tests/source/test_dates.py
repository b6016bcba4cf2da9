"""Dates as people write them, in a JSON Resume file: the date they hold, and their words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume.content.view import make_document
from resume.errors import UserError
from resume.source.dates import LooseDate, read_loose_date
from resume.source.loader import load_source
from resume.source.validate import validate


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("May 2019", "2019-05", ""),
        ("2019/05", "2019-05", ""),
        ("2019.05", "2019-05", ""),
        ("2017/10/11", "2017-10-11", ""),
        ("2012, October", "2012-10", ""),
        ("September, 2011", "2011-09", ""),
        ("Oct 15, 2012", "2012-10-15", ""),
        ("15. Oktober 2012", "2012-10-15", ""),
        ("mars 2018", "2018-03", ""),
        ("31.12.2019", "2019-12-31", ""),
        ("2019年5月", "2019-05", ""),
        ("Summer 2020", "2020", "Summer"),
        ("2015 and 2016", "2015", "and 2016"),
        ("2015-2016", "2015", ""),  # digits alone are no words
        ("Present (part-time)", "present", "part-time"),
    ],
)
def test_a_date_and_its_words(text: str, date: str, words: str) -> None:
    assert read_loose_date(text) == LooseDate(date, words)


@pytest.mark.parametrize(
    "word", ["present", "Current", "Today", "now", "heute", "jetzt", "aktuell", "bis heute",
             "aujourd'hui", "en cours", "至今"],
)  # fmt: skip
def test_present_in_every_language_we_have_labels_for(word: str) -> None:
    assert read_loose_date(word) == LooseDate("present")


@pytest.mark.parametrize(
    ("text", "date", "dropped"),
    [
        ("2021-13", "2021", "no month 13"),
        ("2021-19-01", "2021", "no month 19"),
        ("2021-02-30", "2021-02", "no day 30 in that month"),
        ("2021-05-39", "2021-05", "no day 39 in that month"),
    ],
)
def test_an_impossible_month_or_day_keeps_the_year(text: str, date: str, dropped: str) -> None:
    assert read_loose_date(text) == LooseDate(date, "", dropped)


def test_slashes_with_both_numbers_under_13_keep_only_the_year() -> None:
    assert read_loose_date("05/06/2019") == LooseDate("2019")
    assert read_loose_date("12/31/2019") == LooseDate("2019-12-31")


@pytest.mark.parametrize("text", ["last year", "soon", ""])
def test_no_year_and_no_present_word_is_no_date(text: str) -> None:
    assert read_loose_date(text) is None


def test_in_a_json_source_each_is_read_with_a_warning_and_shown(tmp_path: Path) -> None:
    source = tmp_path / "resume.json"
    work = [
        {"name": "Acme", "startDate": "Summer 2020", "endDate": "Present (part-time)"},
        {"name": "Initech", "startDate": "2012, October", "endDate": "2021-13"},
        {"name": "Hooli", "startDate": "some day"},
    ]
    source.write_text(json.dumps({"basics": {"name": "A"}, "work": work}, indent=2), "utf-8")
    resume, warnings = validate(load_source(source))
    assert [str(w).removeprefix(f"{source}:") for w in warnings] == [
        "8:20: warning: work[0].startDate: 'Summer 2020' read as 2020 (Summer)",
        # `present (part-time)` is how the format writes a date with a note: no warning
        "13:20: warning: work[1].startDate: '2012, October' read as 2012-10",
        "14:18: warning: work[1].endDate: '2021-13' read as 2021 (no month 13)",
        "18:20: warning: work[2].startDate: 'some day' holds no date, left out",
    ]
    shown = [item.dates for item in make_document(resume, "resume").sections[0].items]
    assert shown == ["2020 (Summer) – Present (part-time)", "Oct 2012 – 2021", ""]


def test_a_yaml_source_keeps_its_strict_dates(tmp_path: Path) -> None:
    source = tmp_path / "resume.yaml"
    source.write_text("basics: {name: A}\nwork:\n  - startDate: Summer 2020\n", "utf-8")
    with pytest.raises(UserError, match="'Summer 2020' is not a date"):
        validate(load_source(source))


def test_a_note_is_part_of_the_format_and_left_out_of_the_export(tmp_path: Path) -> None:
    from resume.source.jsonresume import to_json_resume

    source = tmp_path / "resume.yaml"
    source.write_text("basics: {name: A}\nwork:\n  - endDate: 2020 (Summer)\n", "utf-8")
    resume, _ = validate(load_source(source))
    assert make_document(resume, "resume").sections[0].items[0].dates == "2020 (Summer)"
    assert to_json_resume(resume)["work"] == [{"endDate": "2020"}]
