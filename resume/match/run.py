"""`resume match` from top to bottom: read, extract, judge, and suggest when asked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resume.content.select import variant_names
from resume.errors import Problem, UserError
from resume.match.posting import read_posting
from resume.match.score import Coverage, judge, resume_units, source_units, variant_coverage
from resume.match.suggest import Suggestion
from resume.match.terms import Term, extract
from resume.source.loader import load_source
from resume.source.model import Resume, Variant
from resume.source.validate import validate

WHOLE = "(no variant)"


@dataclass
class MatchReport:
    """What `resume match` found: the coverage of the posting's terms, and what it wrote."""

    posting: str
    variant: str | None
    coverage: Coverage
    variants: dict[str, float]  # each variant's coverage, and the whole source's
    warnings: list[Problem] = field(default_factory=list)
    suggestions: list[Suggestion] | None = None  # None: not asked for
    written: str | None = None  # the variant written into the source


def match(
    posting: Path,
    source: Path,
    variant: str | None = None,
    *,
    suggest: bool = False,
    write_variant: str | None = None,
) -> MatchReport:
    resume, warnings = validate(load_source(source))
    if variant is not None:
        if variant == "all":
            raise UserError("--variant: name one variant; every variant's coverage is shown")
        variant_names(resume, variant)  # an unknown name is reported with a guess
    terms = extract(read_posting(posting), resume)
    report = MatchReport(
        posting=str(posting),
        variant=variant,
        coverage=judge(terms, resume_units(resume, variant), source_units(resume)),
        variants={
            WHOLE: variant_coverage(resume, terms, None),
            **{name: variant_coverage(resume, terms, name) for name in resume.variants},
        },
        warnings=warnings,
    )
    if suggest or write_variant:
        tailor_to(report, resume, terms, source, write_variant)
    return report


def tailor_to(
    report: MatchReport, resume: Resume, terms: list[Term], source: Path, write: str | None
) -> None:
    """Suggestions, each checked by rendering; with `write`, the variant that takes them."""
    from resume.match.suggest import suggest
    from resume.match.write_variant import check_name, fit_of, source_with_variant

    if write is not None:
        check_name(resume, write)
    name = write or next(f"match-{n}" for n in range(1, 100) if f"match-{n}" not in resume.variants)
    base = resume.variants[report.variant] if report.variant else Variant()

    def fits(candidate: Variant) -> str | None:
        text = source_with_variant(source, name, candidate, report.variant)
        return fit_of(source, resume, text, name)

    chosen, report.suggestions = suggest(resume, terms, base, fits)
    if write is None:
        return
    text = source_with_variant(source, write, chosen, report.variant)
    if not any(s.fit for s in report.suggestions) and fit_of(source, resume, text, write) is None:
        raise UserError(f"--write-variant: the résumé of '{write}' would not fit on one page")
    from resume.write import write_atomic

    write_atomic(source, text)
    report.written = write
