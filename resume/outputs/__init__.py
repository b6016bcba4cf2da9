"""The output targets: each turns the render plan into files. A new output is a new module here
with a `render(plan, run)` function, described in resume/output_specs.py; the build needs no
change. A target that needs another's files asks the render's Run for them (png asks for the
PDFs): those output_specs calls shared are made once whoever asks first."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from resume import output_specs

if TYPE_CHECKING:
    from resume.outputs.target import Target


def target_of(output: str) -> Target:
    """The function that makes `output`, its module imported only now (the command line and
    the source's validation read output_specs without loading any target)."""
    module = importlib.import_module(output_specs.spec_of(output).module)
    return cast("Target", module.render)
