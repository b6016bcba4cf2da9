"""Extension: how to render, written in the source (`render:`), so that one command needs no
flags: theme, paper, languages, sections per output, outputs, design, page breaks and what the
public page leaves out."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field

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
OutputName = Literal["resume", "portfolio", "site", "text", "markdown", "docx", "png", "letter"]


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


def _web_page_name(value: Any) -> Any:
    """`html`, as --only calls the web page, is `site` here too."""
    return "site" if value == "html" else value


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
    outputs: list[Annotated[OutputName, BeforeValidator(_web_page_name)]] | None = Field(
        None,
        description="What `resume render` makes without --only (default: resume, portfolio, "
        "site, html being the same); add text, markdown, docx, png or letter for those too",
        examples=[["resume", "portfolio", "site", "docx", "letter"]],
    )
    design: Design = Field(Design(), description="How the outputs look, over the theme's design")
    break_before: list[SectionName] = Field(
        default_factory=list,
        description="Sections that start a new page in the portfolio, e.g. [skills]",
        examples=[["projects", "skills"]],
    )
    site: Site = Field(Site(), description="What the public web page leaves out")
