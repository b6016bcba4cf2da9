"""Extension: how to render, written in the source (`render:`), so that one command needs no
flags: theme, paper, languages, sections per output, outputs, design, page breaks and what the
public page leaves out."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from resume import output_specs
from resume.output_specs import OutputName
from resume.source.design import Design, Site
from resume.source.model_base import Model

SectionName = Literal[
    "about",
    "work",
    "projects",
    "articles",
    "skills",
    "education",
    "volunteer",
    "awards",
    "certificates",
    "publications",
    "languages",
    "interests",
    "references",
    "reading",
]


class Sections(Model):
    """Which sections each output shows, in order."""

    resume: list[SectionName] | None = Field(None, description="Sections of the one-page résumé")
    portfolio: list[SectionName] | None = Field(None, description="Sections of the portfolio PDF")
    site: list[SectionName] | None = Field(None, description="Sections of the web page")


_LANGUAGE_CODE = r"^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*$"


def _language_code(value: str) -> str:
    if not re.match(_LANGUAGE_CODE, value):
        raise ValueError(
            f"'{value}' is no language code: two letters, a region or script may follow"
            " (en, de-AT, zh-Hant)"
        )
    return value


LanguageCode = Annotated[
    str,
    AfterValidator(_language_code),
    Field(
        description="A language code: two letters, a region or script may follow (de-AT)",
        json_schema_extra={"pattern": _LANGUAGE_CODE},
    ),
]


def _output_name(value: Any) -> Any:
    """An output's name, its alias as --only has it (`html` for `site`) being the same. Checked
    against output_specs, not a Literal, so that the list is written once; the message is the
    one a Literal gives."""
    value = output_specs.canonical(value) if isinstance(value, str) else value
    known = output_specs.names()
    if value not in known:
        expected = " or ".join([", ".join(f"'{name}'" for name in known[:-1]), f"'{known[-1]}'"])
        raise PydanticCustomError(
            "literal_error", "Input should be {expected}", {"expected": expected}
        )
    return value


def _output_enum(schema: dict[str, Any]) -> None:
    schema["enum"] = output_specs.names()
    schema["type"] = schema.pop("type")  # after the enum, as a Literal's schema has it


def _outputs_description() -> str:
    defaults = [spec for spec in output_specs.SPECS if spec.default]
    others = [spec.name for spec in output_specs.SPECS if not spec.default]
    aliases = [f"{alias} being the same" for spec in defaults for alias in spec.aliases]
    return (
        f"What `resume render` makes without --only (default: "
        f"{', '.join([spec.name for spec in defaults] + aliases)}); "
        f"add {', '.join(others[:-1])} or {others[-1]} for those too"
    )


KnownOutput = Annotated[
    OutputName, BeforeValidator(_output_name), Field(json_schema_extra=_output_enum)
]


class Render(Model):
    """Extension: how to render, so that one command needs no flags."""

    theme: str | None = Field(None, description="A built-in theme's name or a theme folder")
    page_size: Literal["letter", "a4"] | None = Field(None, description="Paper size of the PDFs")
    locale: str | None = Field(
        None,
        description="Language of labels and dates: en, de, fr or zh, a region may follow (de-AT)",
        examples=["en", "en-GB", "de", "fr", "zh-CN"],
    )
    languages: list[LanguageCode] | None = Field(
        None,
        min_length=1,
        description="The languages to render, each with its own files (the first has the plain"
        " names, the others a suffix: Aaron_Wu_Resume-de.pdf, de/index.html); a text field may"
        " then be {en: …, de: …}, and a missing translation falls back to the first",
        examples=[["en", "de"]],
    )
    sections: Sections = Field(Sections(), description="Which sections go in which output")
    outputs: list[KnownOutput] | None = Field(
        None,
        description=_outputs_description(),
        examples=[["resume", "portfolio", "site", "docx", "letter"]],
    )
    design: Design = Field(Design(), description="How the outputs look, over the theme's design")
    break_before: list[SectionName] = Field(
        default_factory=list,
        description="Sections that start a new page in the portfolio, e.g. [skills]",
        examples=[["projects", "skills"]],
    )
    site: Site = Field(Site(), description="What the public web page leaves out")
