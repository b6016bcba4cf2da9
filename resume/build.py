"""One render, top to bottom: read the source, plan, let each output target make its files,
gather the problems, apply --strict, write everything at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from resume.engine.references import locate
from resume.errors import Problem, settle
from resume.outputs.target import Fit
from resume.parallel import run_targets
from resume.plan import OUTPUTS, Plan, RenderOptions, make_plans
from resume.source.validate import read_source
from resume.theme import fonts
from resume.write import Content, write_all

__all__ = ["OUTPUTS", "RenderOptions", "Result", "Written", "render"]


@dataclass(frozen=True)
class Written:
    path: Path
    seconds: float
    pages: int | None = None
    fit: Fit | None = None  # how the résumé was fitted


@dataclass
class Result:
    written: list[Written] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def render(options: RenderOptions, report: Callable[[Written], None] = lambda _: None) -> Result:
    """Render the source's outputs (a variant's, or every variant's), each batch in memory, then
    written at once: a render that fails or is interrupted leaves the previous outputs as they
    were."""
    valid = read_source(options.source)
    result = Result(warnings=list(valid.warnings))
    for plan in make_plans(valid, options):
        files, written, problems = render_plan(plan)
        result.warnings += [
            p for p in problems if p not in result.warnings
        ]  # once for all variants
        settle(result.warnings, strict=options.strict)
        write_all(files)
        for each in written:
            report(each)
        result.written += written
    return result


def render_plan(plan: Plan) -> tuple[dict[Path, Content], list[Written], list[Problem]]:
    """Every output the plan asks for: its files, what was written, and the problems found."""
    files: dict[Path, Content] = {}
    written: list[Written] = []
    problems: list[Problem] = []
    missing: set[str] = set()
    for rendered, seconds in run_targets(plan, plan.options.outputs or ()):  # PDFs at once
        files.update(rendered.files)
        if rendered.files:  # a target may find nothing to make (no cover letters)
            written.append(Written(rendered.path, seconds, rendered.pages, rendered.fit))
        problems += rendered.problems
        missing |= rendered.missing
    refused = plan.pdf.fetcher.refused if plan.pdf else []
    located = [locate(refusal, plan.reference_files()) for refusal in refused]
    return files, written, [*located, *plan.problems, *problems, *glyph_warnings(plan, missing)]


def glyph_warnings(plan: Plan, missing: set[str]) -> list[Problem]:
    """Characters no font of the theme or the bundled fallbacks draws: they would print as boxes."""
    if not missing:
        return []
    theme = plan.theme
    shown = ", ".join(f"'{char}' (U+{ord(char):04X})" for char in sorted(missing))
    message = (
        f"no font of theme '{theme.name}' ({', '.join(theme.fonts)}) or its fallbacks "
        f"({', '.join(fonts.FALLBACK)}) has {shown}; the PDFs leave it out, the web page keeps it"
    )
    return [Problem(str(plan.source), None, None, message, warning=True)]
