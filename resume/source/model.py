"""The typed source format: JSON Resume 1.0 plus the few extensions a portfolio and site need.

Every field carries a description; `resume schema` turns them into the JSON Schema
that editors use for completion and hover help.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from resume.source.model_base import Date, Markdown, Model, Tags, Url, split_date
from resume.source.settings import Render, SectionName, Sections


def _text_to_highlight(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


class Highlight(Model):
    """One bullet point; a plain string in the source is the same as `{text: ...}`."""

    text: Markdown = Field(description="The bullet point itself (inline markdown)")
    tags: Tags


HighlightList = Annotated[
    list[
        Annotated[
            Highlight, BeforeValidator(_text_to_highlight, json_schema_input_type=str | Highlight)
        ]
    ],
    Field(
        default_factory=list, description="Bullet points: strings, or `{text, tags}` to tailor them"
    ),
]


class Location(Model):
    address: str | None = Field(None, description="Street address; use \\n for several lines")
    postal_code: str | None = Field(None, description="Postal code")
    city: str | None = Field(None, description="City")
    country_code: str | None = Field(None, description="ISO-3166-1 alpha-2 code, e.g. US, DE")
    region: str | None = Field(None, description="State, province or region")


class Profile(Model):
    network: str | None = Field(None, description="The network's name, e.g. GitHub, LinkedIn")
    username: str | None = Field(None, description="Your user name there")
    url: Url | None = Field(None, description="The address of your profile")


class Basics(Model):
    name: str = Field(description="Your full name, as it should head every output")
    label: str | None = Field(
        None, description="Your professional title, e.g. Backend Software Engineer"
    )
    headline: Markdown | None = Field(
        None, description="Extension: one line that says what you do, shown under your name"
    )
    image: str | None = Field(None, description="A photo: a file beside the source (JPEG or PNG)")
    email: str | None = Field(None, description="E-mail address")
    phone: str | None = Field(None, description="Phone number, in any format")
    url: Url | None = Field(None, description="Your website")
    summary: Markdown | None = Field(None, description="Two or three sentences about you")
    about: Markdown | None = Field(
        None,
        description="Extension: the longer story for the portfolio and site (markdown, paragraphs allowed)",
    )
    location: Location | None = Field(None, description="Where you are")
    profiles: list[Profile] = Field(
        default_factory=list, description="Your profiles on other sites"
    )


class Dated(Model):
    start_date: Date | None = Field(None, description="When it began")
    end_date: Date | None = Field(
        None, description="When it ended; leave out or write present if ongoing"
    )


class Role(Dated):
    """Extension: one role at an employer, e.g. after a promotion."""

    position: str = Field(description="Your title in this role, e.g. Senior Engineer")
    summary: Markdown | None = Field(None, description="What you did, in a sentence or two")
    highlights: HighlightList
    details: Markdown | None = Field(
        None, description="Extension: the long story, for the portfolio"
    )
    tags: Tags


_OF_A_ROLE = ["position", "startDate", "endDate", "summary", "highlights", "details"]


class Work(Dated):
    # For editors: with roles, what belongs to a role is flagged at the employer.
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"required": ["roles"], "properties": {"roles": {"minItems": 1}}},
            "then": {"not": {"anyOf": [{"required": [key]} for key in _OF_A_ROLE]}},
        }
    )

    name: str | None = Field(None, description="The organisation's name")
    position: str | None = Field(None, description="Your role, e.g. Technical Lead")
    location: str | None = Field(None, description="Where the work was done")
    description: str | None = Field(None, description="What the organisation does, in a few words")
    url: Url | None = Field(None, description="The organisation's website")
    summary: Markdown | None = Field(None, description="What you did, in a sentence or two")
    highlights: HighlightList
    details: Markdown | None = Field(
        None, description="Extension: the long story, for the portfolio"
    )
    tags: Tags
    roles: list[Role] = Field(
        default_factory=list,
        description="Extension: several roles at this employer (promotions), newest first; each"
        " has its own position, dates, summary, highlights, details and tags. With roles, the"
        " employer has no position, dates, summary, highlights or details of its own: its span"
        " is computed from the roles",
    )

    def span(self) -> tuple[str | None, str | None]:
        """(start, end) of the job: its own dates, or with roles the earliest start and the
        latest end (`present` when a role is ongoing)."""
        if not self.roles:
            return self.start_date, self.end_date
        starts = [r.start_date for r in self.roles if r.start_date]
        ends = [r.end_date or "present" for r in self.roles if r.start_date or r.end_date]
        ongoing = [end for end in ends if split_date(end)[0] == "present"]
        start = min(starts, key=lambda d: split_date(d)[0]) if starts else None
        end = ongoing[0] if ongoing else max(ends, key=lambda d: split_date(d)[0], default=None)
        return start, end


def roles_of(entry: Any) -> list[Role]:
    """An employer's roles; none for any other entry (a project's `roles` are words)."""
    return entry.roles if isinstance(entry, Work) else []


class Volunteer(Dated):
    organization: str | None = Field(None, description="The organisation's name")
    position: str | None = Field(None, description="Your role")
    url: Url | None = Field(None, description="The organisation's website")
    summary: Markdown | None = Field(None, description="What you did")
    highlights: HighlightList
    details: Markdown | None = Field(
        None, description="Extension: the long story, for the portfolio"
    )
    tags: Tags


class Education(Dated):
    institution: str | None = Field(None, description="The school or university")
    url: Url | None = Field(None, description="Its website")
    area: str | None = Field(None, description="The field of study, e.g. Computer Science")
    study_type: str | None = Field(None, description="The degree, e.g. Bachelor")
    score: str | None = Field(None, description="Grade or GPA")
    courses: list[str] = Field(default_factory=list, description="Notable courses")
    tags: Tags


class Award(Model):
    title: str | None = Field(None, description="The award's name")
    date: Date | None = Field(None, description="When it was given")
    awarder: str | None = Field(None, description="Who gave it")
    summary: Markdown | None = Field(None, description="What it was for")
    tags: Tags


class Certificate(Model):
    name: str | None = Field(None, description="The certificate's name")
    date: Date | None = Field(None, description="When it was issued")
    issuer: str | None = Field(None, description="Who issued it")
    url: Url | None = Field(None, description="Where it can be verified")
    tags: Tags


class Publication(Model):
    name: str | None = Field(None, description="The title")
    publisher: str | None = Field(None, description="Where it was published")
    release_date: Date | None = Field(None, description="When it was published")
    url: Url | None = Field(None, description="Where to read it")
    summary: Markdown | None = Field(None, description="What it is about")
    type: str | None = Field(
        None,
        max_length=80,
        description="Extension: its kind, under which the publications are grouped in that order,"
        " e.g. Journal articles, Conference papers, Preprints, Talks",
    )
    tags: Tags


class Skill(Model):
    name: str | None = Field(None, description="The group's name, e.g. Backend & Systems Languages")
    level: str | None = Field(None, description="How well, e.g. Advanced")
    keywords: list[str] = Field(default_factory=list, description="The skills themselves")
    tags: Tags


class Language(Model):
    language: str | None = Field(None, description="The language, e.g. English")
    fluency: str | None = Field(None, description="How well, e.g. Native speaker")


class Interest(Model):
    name: str | None = Field(None, description="The interest")
    keywords: list[str] = Field(default_factory=list, description="Its particulars")


class Reference(Model):
    name: str | None = Field(None, description="Who gives the reference")
    reference: Markdown | None = Field(None, description="What they say")


class Project(Dated):
    name: str | None = Field(None, description="The project's name")
    description: Markdown | None = Field(None, description="One line: what it is")
    highlights: HighlightList
    keywords: list[str] = Field(default_factory=list, description="Technologies used")
    url: Url | None = Field(None, description="Where to see it")
    roles: list[str] = Field(default_factory=list, description="Your roles in it")
    entity: str | None = Field(None, description="The organisation it was for")
    type: str | None = Field(None, description="What kind of project, e.g. application")
    details: Markdown | None = Field(
        None, description="Extension: the long story, for the portfolio"
    )
    tags: Tags


class Article(Model):
    """Extension: something you wrote, e.g. a blog post."""

    title: str = Field(description="The article's title")
    url: Url | None = Field(None, description="Where to read it")
    date: Date | None = Field(None, description="When it was published")
    publisher: str | None = Field(None, description="Where it was published")
    summary: Markdown | None = Field(None, description="What it is about")
    tags: Tags


class Book(Model):
    """Extension: a book on your reading list."""

    title: str = Field(description="The book's title")
    author: str | None = Field(None, description="Who wrote it")
    note: Markdown | None = Field(None, description="What it taught you")
    url: Url | None = Field(None, description="Where to find it")


# The `meta` key `resume import` writes: the source was made from another tool's file and is not
# yet tailored, so a résumé too long for its page is condensed (plan.condensable).
IMPORTED_FROM = "importedFrom"


class Meta(Model):
    model_config = ConfigDict(extra="allow")

    canonical: Url | None = Field(None, description="Where the canonical copy of this résumé lives")
    version: str | None = Field(None, description="A version of this document, e.g. v1.0.0")
    last_modified: str | None = Field(None, description="When it was last changed")


def _not_all(name: str) -> str:
    if name == "all":
        raise ValueError("`all` is reserved: `--variant all` renders every variant")
    return name


VariantName = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$"),
    AfterValidator(_not_all),
    Field(description="Lower-case letters, digits, - and _; `all` is reserved"),
]


class Variant(Model):
    """Extension: one tailored version of the PDFs, e.g. for backend roles.

    An entry or highlight without tags is always kept; a tagged one is kept when it has a tag
    that `include` names (or `include` is empty) and none that `exclude` names.
    """

    include: list[str] = Field(
        default_factory=list,
        description="Keep tagged entries and highlights only if they carry one of these tags",
    )
    exclude: list[str] = Field(
        default_factory=list, description="Leave out entries and highlights with any of these tags"
    )
    max_entries: dict[SectionName, Annotated[int, Field(ge=0)]] = Field(
        default_factory=dict,
        description="How many entries a section keeps at most, e.g. {projects: 3}",
    )
    max_highlights: Annotated[int, Field(ge=0)] | None = Field(
        None, description="How many bullet points an entry keeps at most (the first ones)"
    )
    sections: Sections | None = Field(
        None, description="Which sections go in which output, in order, for this variant"
    )
    label: str | None = Field(None, description="A different professional title")
    headline: Markdown | None = Field(None, description="A different headline under your name")
    summary: Markdown | None = Field(None, description="A different summary")


class Resume(Model):
    """A career: JSON Resume 1.0 plus extensions for a portfolio and a website."""

    schema_: str | None = Field(
        None, alias="$schema", description="The JSON Schema this file follows"
    )
    basics: Basics = Field(description="Who you are and how to reach you")
    work: list[Work] = Field(default_factory=list, description="Jobs, most recent first")
    volunteer: list[Volunteer] = Field(default_factory=list, description="Volunteering")
    education: list[Education] = Field(default_factory=list, description="Schools and degrees")
    awards: list[Award] = Field(default_factory=list, description="Awards and prizes")
    certificates: list[Certificate] = Field(default_factory=list, description="Certificates")
    publications: list[Publication] = Field(default_factory=list, description="Publications")
    skills: list[Skill] = Field(default_factory=list, description="Skills, in named groups")
    languages: list[Language] = Field(default_factory=list, description="Languages you speak")
    interests: list[Interest] = Field(default_factory=list, description="Interests")
    references: list[Reference] = Field(default_factory=list, description="References")
    projects: list[Project] = Field(default_factory=list, description="Projects")
    articles: list[Article] = Field(
        default_factory=list, description="Extension: articles you wrote"
    )
    reading: list[Book] = Field(default_factory=list, description="Extension: your reading list")
    intros: dict[SectionName, Markdown] = Field(
        default_factory=dict,
        description="Extension: a sentence that opens a section in the portfolio and site",
    )
    meta: Meta | None = Field(None, description="About this document")
    variants: dict[VariantName, Variant] = Field(
        default_factory=dict,
        description="Extension: tailored versions, by name; `resume render --variant NAME`",
    )
    render: Render = Field(Render(), description="Extension: how to render it")
