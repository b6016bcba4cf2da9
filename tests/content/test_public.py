"""What render.design and render.site.hide change in what the outputs show: dates, the word for
an ongoing date, and the web page's copy of the source (with its JSON-LD)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from resume.content.public import for_the_web, unchosen_private_fields
from resume.content.view import make_document
from resume.outputs.site import person_json_ld
from resume.source.model import Resume

BASICS = {
    "name": "Ada Lovelace",
    "email": "ada@example.org",
    "phone": "+44 20 7946 0000",
    "url": "https://ada.example.org",
    "location": {"address": "12 St James's Square", "city": "London", "countryCode": "GB"},
    "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}],
}
WORK = [
    {"name": "Analytical Engines", "position": "Programmer", "startDate": "2021-03"},
    {"name": "Difference Ltd", "position": "Analyst", "startDate": "2017-06", "endDate": "2021-02"},
]


def resume_with(render: dict[str, Any]) -> Resume:
    return Resume.model_validate({"basics": BASICS, "work": WORK, "render": render})


def dates(render: dict[str, Any]) -> list[str]:
    (work,) = make_document(resume_with(render), "resume").sections
    return [item.dates for item in work.items]


@pytest.mark.parametrize(
    ("date_format", "shown"),
    [
        (None, ["Mar 2021 – Present", "Jun 2017 – Feb 2021"]),
        ("MMM YYYY", ["Mar 2021 – Present", "Jun 2017 – Feb 2021"]),
        ("MMMM YYYY", ["March 2021 – Present", "June 2017 – February 2021"]),
        ("MM/YYYY", ["03/2021 – Present", "06/2017 – 02/2021"]),
        ("YYYY-MM", ["2021-03 – Present", "2017-06 – 2021-02"]),
        ("YYYY", ["2021 – Present", "2017 – 2021"]),
    ],
)
def test_the_date_format_is_the_sources_choice(date_format: str | None, shown: list[str]) -> None:
    assert dates({"design": {"dateFormat": date_format}} if date_format else {}) == shown


def test_the_word_for_ongoing_is_the_sources_in_any_language() -> None:
    assert dates({"design": {"present": "now"}})[0] == "Mar 2021 – now"
    german = {"locale": "de", "design": {"dateFormat": "MMMM YYYY"}}
    assert dates(german) == ["März 2021 – heute", "Juni 2017 – Februar 2021"]
    assert dates({**german, "design": {"present": "jetzt"}})[0] == "März 2021 – jetzt"


def test_the_web_copy_leaves_out_what_hide_names_and_nothing_else() -> None:
    everything = resume_with({})
    person = json.loads(person_json_ld(everything))
    assert person["telephone"] == BASICS["phone"]  # published when not hidden
    assert person["email"] == "mailto:ada@example.org"

    hidden = for_the_web(resume_with({"site": {"hide": ["phone", "address", "profiles"]}}))
    kinds = [contact.kind for contact in make_document(hidden, "site").contacts]
    assert kinds == ["email", "web"]
    person = json.loads(person_json_ld(hidden))
    assert "telephone" not in person and "address" not in person and "sameAs" not in person
    assert person["email"] == "mailto:ada@example.org"
    assert hidden.work == everything.work
    assert for_the_web(resume_with({"site": {"hide": []}})).basics == everything.basics


def test_a_phone_on_the_page_is_a_choice_the_source_states() -> None:
    warning = unchosen_private_fields(resume_with({}))
    assert warning and "render.site.hide: [phone]" in warning
    assert unchosen_private_fields(resume_with({"site": {"hide": []}})) is None
    assert unchosen_private_fields(resume_with({"site": {"hide": ["phone"]}})) is None
    no_phone = Resume.model_validate({"basics": {"name": "B", "email": "b@example.org"}})
    assert unchosen_private_fields(no_phone) is None
