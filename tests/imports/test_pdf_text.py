"""What pieces of text are by their shape: dates as people print them (in several languages)
read as our YYYY-MM forms, phones, web addresses and the profiles they point to."""

from __future__ import annotations

import pytest

from resume.imports.pdf_text import Span, date_span, phones_in, profile_of, urls_in


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Sept 2022 – present", Span("2022-09", "present")),
        ("Aug. 2020 to May 2024", Span("2020-08", "2024-05")),
        ("2018-2023", Span("2018", "2023")),
        ("Feb ‑ May 2022", Span("2022-02", "2022-05")),
        ("05/2021 - 05/2023", Span("2021-05", "2023-05")),
        ("2024", Span("2024", "2024")),
        ("2024년 3월 – 현재", Span("2024-03", "present")),
        ("2019年3月 - 2021年7月", Span("2019-03", "2021-07")),
        ("März 2019 – heute", Span("2019-03", "present")),
        ("janv. 2020 – aujourd’hui", Span("2020-01", "present")),
    ],
)
def test_dates_as_printed_read_as_our_dates(printed: str, read: Span) -> None:
    assert date_span(printed) == read


@pytest.mark.parametrize("printed", ["2 years 7 months", "Calgary, AB", "GPA 4.0/4.0"])
def test_what_holds_no_date_is_none(printed: str) -> None:
    assert date_span(printed) is None


def test_contacts_by_their_shapes() -> None:
    line = "+1-403-922-5169 | (201) 898-9735 | 2018-2023 | github.com/akeuben | Node.js"
    assert phones_in(line) == ["+1-403-922-5169", "(201) 898-9735"]
    assert urls_in(line) == ["https://github.com/akeuben"]
    assert profile_of("https://www.linkedin.com/in/avery-keuben/") == {
        "network": "LinkedIn",
        "username": "avery-keuben",
        "url": "https://www.linkedin.com/in/avery-keuben/",
    }
