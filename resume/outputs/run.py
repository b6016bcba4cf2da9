"""What lives for one render of a plan, beside the plan (which the targets never change): the
outputs made once and shared, and what the fetcher refused in a forked child (parallel.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resume import output_specs, outputs

if TYPE_CHECKING:
    from resume.engine.references import Refusal
    from resume.outputs.target import Rendered
    from resume.plan import Plan


@dataclass
class Run:
    """Made by the build for each plan it renders, and given to every target of that plan."""

    # The shared outputs made so far: the PNG previews ask for the PDFs and get the very same.
    made: dict[str, Rendered] = field(default_factory=dict)
    refused: list[Refusal] = field(default_factory=list)  # by the fetchers of forked children

    def make(self, plan: Plan, output: str) -> Rendered:
        """What `output` makes of `plan`; a shared one made once, whoever asks first."""
        if output in self.made:
            return self.made[output]
        rendered = outputs.target_of(output)(plan, self)
        self.keep(output, rendered)
        return rendered

    def keep(self, output: str, rendered: Rendered) -> None:
        """Remember `rendered` if `output` is shared (made elsewhere, in a forked child, say)."""
        if output_specs.spec_of(output).shared:
            self.made[output] = rendered

    def heard_from_child(self, refused: list[Refusal]) -> None:
        self.refused += [refusal for refusal in refused if refusal not in self.refused]

    def refusals(self, plan: Plan) -> list[Refusal]:
        """What the fetcher refused to read, in this process and in the children."""
        here = plan.pdf.fetcher.refused if plan.pdf else []
        return [*here, *(refusal for refusal in self.refused if refusal not in here)]
