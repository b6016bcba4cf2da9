"""One render, top to bottom: read the source, plan, let each output target make its files,
gather the problems, apply --strict, write everything at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from resume.engine.references import locate
from resume.errors import Problem, settle
from resume.limits import bounded
from resume.outputs.run import Run
from resume.outputs.target import Fit
from resume.parallel import run_targets
from resume.plan import OUTPUTS, Plan, RenderOptions, make_plans
from resume.source.characters import fields_holding, shown, unreadable
from resume.source.loader import load_source
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
    """Render the source's outputs (in each of its languages; a variant's, or every
    variant's), all in memory, then written at once: a render that fails or is interrupted
    leaves the previous outputs as they were, and the languages' web pages share one
    `assets/` manifest."""
    with bounded(options.timeout) as budget:  # time and memory (see limits.py)
        valid = read_source(options.source)
        result = Result(warnings=list(valid.warnings))
        whole = Batch()
        for plan in make_plans(valid, options):
            batch = render_plan(plan)
            result.warnings += [
                p for p in batch.problems if p not in result.warnings
            ]  # once for all variants and languages
            settle(result.warnings, strict=options.strict)
            whole.add(batch)
        with budget.paused():
            write_all(whole.files, whole.owned)
        for each in whole.written:
            report(each)
        result.written += whole.written
    return result


@dataclass
class Batch:
    """What one plan's outputs make: files to write, the files the tool owns in its folders
    (see manifest.py), what was written, and the problems found."""

    files: dict[Path, Content] = field(default_factory=dict)
    owned: dict[Path, set[Path]] = field(default_factory=dict)
    written: list[Written] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(self, other: Batch) -> None:
        """Another plan's outputs, to be written with these."""
        self.files.update(other.files)
        for folder, used in other.owned.items():
            self.owned.setdefault(folder, set()).update(used)
        self.written += other.written
        self.problems += other.problems


def render_plan(plan: Plan) -> Batch:
    """Every output the plan asks for: its files, what was written, and the problems found."""
    batch = Batch()
    missing: set[str] = set()
    run = Run()  # what the plan's targets share; the plan stays as it was made
    for rendered, seconds in run_targets(plan, run, plan.options.outputs or ()):  # PDFs at once
        batch.files.update(rendered.files)
        for folder, used in rendered.owned.items():
            batch.owned.setdefault(folder, set()).update(used)
        if rendered.files:  # a target may find nothing to make (no cover letters)
            batch.written.append(Written(rendered.path, seconds, rendered.pages, rendered.fit))
        batch.problems += rendered.problems
        missing |= rendered.missing
    batch.problems = plan_problems(plan, run, batch.problems, missing)
    return batch


def plan_problems(plan: Plan, run: Run, found: list[Problem], missing: set[str]) -> list[Problem]:
    """What the plan's render found: `found` by its targets, with what the fetcher refused,
    what making the plan heard, and the characters no font draws (`missing`); each once."""
    located = [locate(refusal, plan.reference_files()) for refusal in run.refusals(plan)]
    everything = [*located, *plan.problems, *found, *glyph_warnings(plan, missing)]
    return list(dict.fromkeys(everything))  # the PDFs and the page may find the same


def glyph_warnings(plan: Plan, missing: set[str]) -> list[Problem]:
    """Characters no font of the theme or the bundled fallbacks draws (they would print as
    boxes): a warning at each field of the source that holds one, else one for the render
    (a cover letter's, a theme's)."""
    if not missing:
        return []
    theme = plan.theme
    why = (
        f"no font of theme '{theme.name}' ({', '.join(theme.fonts)}) or its fallbacks "
        f"({', '.join(fonts.FALLBACK)}) draws it; the PDFs leave it out, the web page keeps it"
    )
    # read again for the places its texts are written: only when a character is missing. The
    # unreadable ones were already left out of the source, with their own warnings.
    drawable = {char for char in missing if not unreadable(char)}
    located, seen = fields_holding(load_source(plan.source), drawable, why)
    if elsewhere := sorted(missing - seen):  # in a cover letter, or the theme's CSS
        located.append(
            Problem(str(plan.source), None, None, f"{shown(elsewhere)}: {why}", warning=True)
        )
    return located
