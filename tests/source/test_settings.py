"""`render:` in the source: the outputs by name or by their --only alias, described in the schema
from the one list of outputs; the languages as codes a person would write; the paper size."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resume.source.settings import Render


def test_an_output_is_named_as_on_the_command_line_too() -> None:
    assert Render.model_validate({"outputs": ["resume", "html", "docx"]}).outputs == [
        "resume",
        "site",
        "docx",
    ]
    with pytest.raises(ValidationError, match="Input should be 'resume', 'portfolio', 'site'"):
        Render.model_validate({"outputs": ["poster"]})


def test_the_schema_says_what_is_made_by_default_and_what_else_can_be() -> None:
    outputs = Render.model_json_schema()["properties"]["outputs"]
    assert outputs["description"] == (
        "What `resume render` makes without --only (default: resume, portfolio, site, html being"
        " the same); add text, markdown, docx, png or letter for those too"
    )


@pytest.mark.parametrize("code", ["en", "de-AT", "pt_BR", "zh-Hant", "sr-Latn-RS"])
def test_a_language_is_a_code_with_an_optional_region_or_script(code: str) -> None:
    assert Render.model_validate({"languages": ["en", code]}).languages == ["en", code]


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        (["english"], "'english' is no language code: two letters, a region or script may follow"),
        (["e"], "'e' is no language code"),
        ([], "List should have at least 1 item"),
    ],
)
def test_anything_else_is_refused(languages: list[str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Render.model_validate({"languages": languages})


def test_the_paper_is_letter_or_a4() -> None:
    assert Render.model_validate({"pageSize": "a4"}).page_size == "a4"
    with pytest.raises(ValidationError, match="Input should be 'letter' or 'a4'"):
        Render.model_validate({"pageSize": "legal"})
