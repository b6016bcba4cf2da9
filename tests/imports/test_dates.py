"""Dates as other tools and people write them, to ours."""

from __future__ import annotations

import pytest

from resume.imports.dates import parse_date, parse_range


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2019", "2019"),
        ("2019-03", "2019-03"),
        ("2019-3-1", "2019-03-01"),
        ("2021-02-28T10:16:19.252Z", "2021-02-28"),
        ("Mar 2019", "2019-03"),
        ("March 2019", "2019-03"),
        ("Sept. 2019", "2019-09"),
        ("03/2019", "2019-03"),
        ("14.07.2011", "2011-07-14"),
        ("14 July 2011", "2011-07-14"),
        ("Octobre 2021", "2021-10"),
        ("Août 2023", "2023-08"),
        ("März 2020", "2020-03"),
        ("Present", "present"),
        ("heute", "present"),
        ("2019-13", None),
        ("Mar 31", None),  # LinkedIn's birthday: no year
        ("someday", None),
        ("", None),
    ],
)
def test_one_date(text: str, date: str | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("2017-09 - 2021-09", ("2017-09", "2021-09")),
        ("Jan 2020 – Present", ("2020-01", "present")),
        ("2019-2020", ("2019", "2020")),
        ("2012 à 2016", ("2012", "2016")),
        ("Septembre 2009 - Janvier 2022", ("2009-09", "2022-01")),
        ("Juillet à novembre 2023", ("2023-07", "2023-11")),
        ("Depuis janvier 2024", ("2024-01", None)),
        ("2022-08 - 11", ("2022-08", "2022-11")),
        ("2023", ("2023", None)),
        ("whenever - later", (None, None)),
    ],
)
def test_a_range(text: str, dates: tuple[str | None, str | None]) -> None:
    assert parse_range(text) == dates
