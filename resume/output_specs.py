"""Every output, described once: its name, what --only also calls it, how it is made, and whether
a render makes it by default. The lists the rest of the code needs (the names `render.outputs`
accepts and its JSON Schema, --only's names, what needs WeasyPrint, what the parallel runner
forks, the default sections) all derive from SPECS, read when asked, so an output added here
appears everywhere.

A new output: a module in resume/outputs/ with a `render(plan, run)` function, and a line here.

This module imports nothing of the project: the source's settings and the command line read it
without loading any target (they are imported by `resume.outputs.target_of` when a render
asks for them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

OutputName = str  # one of names(): checked by the source's validation and by --only


@dataclass(frozen=True)
class OutputSpec:
    name: str  # as `render.outputs` and the code call it
    help: str  # one line, for a person
    module: str  # the module whose `render(plan, run)` makes it, imported when it is made
    aliases: tuple[str, ...] = ()  # what --only and `render.outputs` also accept (html: site)
    printed: bool = False  # WeasyPrint makes it (or what it reads): the plan needs a renderer
    after_pdfs: bool = False  # it reads the PDFs' files: made after them
    shared: bool = False  # made once per render, and the same files for a target that asks
    default: bool = False  # made when neither --only nor `render.outputs` says
    sections: tuple[str, ...] = ()  # what it shows unless `render.sections.<name>` says


RESUME_SECTIONS = (
    "work",
    "projects",
    "skills",
    "education",
    "awards",
    "certificates",
    "publications",
    "volunteer",
    "languages",
)
PORTFOLIO_SECTIONS = (
    "about",
    "work",
    "projects",
    "articles",
    "skills",
    "education",
    "awards",
    "certificates",
    "publications",
    "volunteer",
    "reading",
    "languages",
    "interests",
    "references",
)

SPECS: tuple[OutputSpec, ...] = (
    OutputSpec(
        "resume",
        "the résumé PDF, fitted onto its pages",
        "resume.outputs.resume_pdf",
        printed=True,
        shared=True,
        default=True,
        sections=RESUME_SECTIONS,
    ),
    OutputSpec(
        "portfolio",
        "the portfolio PDF: everything, on as many pages as it takes",
        "resume.outputs.portfolio_pdf",
        printed=True,
        shared=True,
        default=True,
        sections=PORTFOLIO_SECTIONS,
    ),
    OutputSpec(
        "site",
        "the web page, index.html with its assets/",
        "resume.outputs.site",
        aliases=("html",),
        default=True,
        sections=PORTFOLIO_SECTIONS,
    ),
    OutputSpec("text", "the résumé as plain text", "resume.outputs.text"),
    OutputSpec("markdown", "the portfolio as Markdown", "resume.outputs.markdown"),
    OutputSpec("docx", "the résumé as a Word document", "resume.outputs.docx"),
    OutputSpec(
        "png", "PNG previews of the PDFs", "resume.outputs.png", printed=True, after_pdfs=True
    ),
    OutputSpec("letter", "the cover letters, as PDFs", "resume.outputs.letter", printed=True),
)


def spec_of(name: str) -> OutputSpec:
    return next(spec for spec in SPECS if spec.name == name)


def names() -> list[str]:
    return [spec.name for spec in SPECS]


def defaults() -> tuple[str, ...]:
    return tuple(spec.name for spec in SPECS if spec.default)


def printed() -> frozenset[str]:
    return frozenset(spec.name for spec in SPECS if spec.printed)


def pdfs() -> tuple[str, ...]:
    """The PDFs made once and shared (the PNG previews ask for them): laid out at once."""
    return tuple(spec.name for spec in SPECS if spec.printed and spec.shared)


def after_pdfs() -> tuple[str, ...]:
    return tuple(spec.name for spec in SPECS if spec.after_pdfs)


def canonical(name: str) -> str:
    """An alias's output (`html` -> `site`); any other name as it is."""
    return next((spec.name for spec in SPECS if name in spec.aliases), name)


class _OnlyNames(Mapping[str, str]):
    """What --only accepts, and the output each means, in SPECS' order (an alias before its
    output's own name): read from SPECS whenever asked."""

    def _names(self) -> dict[str, str]:
        return {alias: spec.name for spec in SPECS for alias in (*spec.aliases, spec.name)}

    def __getitem__(self, name: str) -> str:
        return self._names()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


ONLY_NAMES: Mapping[str, str] = _OnlyNames()


def only_help() -> str:
    """`resume,portfolio,html,text,… or all`: each output by its first alias, else its name."""
    return ",".join((*spec.aliases, spec.name)[0] for spec in SPECS) + " or all"
