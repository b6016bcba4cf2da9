"""An output is described once, in output_specs: one added there (a dummy, described from this
test) is accepted by `render.outputs` and --only, listed in the schema, scheduled after the PDFs
it waits for, and rendered, with no other list to edit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from resume import output_specs, parallel
from resume.cli.app import ONLY_HELP, app, parse_only
from resume.output_specs import OutputSpec
from resume.outputs.target import Rendered
from resume.plan import ALL_OUTPUTS, OUTPUTS
from resume.source.schema import source_schema
from resume.source.settings import Render, SectionName

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

DATA = Path(__file__).resolve().parent.parent / "data"
DUMMY = OutputSpec("dummy", "what a test makes", __name__, aliases=("fake",), after_pdfs=True)


def render(plan: Plan, run: Run) -> Rendered:
    """The dummy's target: which shared outputs the render had made when it got here."""
    path = plan.out / "dummy.txt"
    return Rendered({path: f"made after {sorted(run.made)}"}, path)


@pytest.fixture
def dummy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(output_specs, "SPECS", (*output_specs.SPECS, DUMMY))
    yield


def test_the_outputs_are_as_the_command_line_and_the_source_always_had_them() -> None:
    assert ALL_OUTPUTS == (
        "resume",
        "portfolio",
        "site",
        "text",
        "markdown",
        "docx",
        "png",
        "letter",
    )
    assert OUTPUTS == ("resume", "portfolio", "site")
    assert ONLY_HELP == "resume,portfolio,html,text,markdown,docx,png,letter or all"
    assert parse_only("HTML,resume") == ["site", "resume"]
    assert output_specs.pdfs() == ("resume", "portfolio")
    assert output_specs.printed() == {"resume", "portfolio", "png", "letter"}


def test_every_default_section_is_a_section() -> None:
    known = set(SectionName.__args__)  # type: ignore[attr-defined]
    for spec in output_specs.SPECS:
        assert set(spec.sections) <= known, spec.name


@pytest.mark.usefixtures("dummy")
def test_a_new_output_is_accepted_by_the_source_and_the_command_line() -> None:
    assert Render(outputs=["fake", "resume"]).outputs == ["dummy", "resume"]
    with pytest.raises(ValidationError, match="'png', 'letter' or 'dummy'"):
        Render(outputs=["dumy"])
    outputs = source_schema()["$defs"]["Render"]["properties"]["outputs"]
    assert outputs["items"]["enum"][-2:] == ["letter", "dummy"]
    assert parse_only("fake") == ["dummy"]
    assert parse_only("all")[-1] == "dummy"


@pytest.mark.skipif(
    not parallel.concurrent(SimpleNamespace(pdf=object()), ["resume", "portfolio"]),  # type: ignore[arg-type]
    reason="needs fork and two cores",
)
@pytest.mark.usefixtures("dummy")
def test_a_new_output_is_rendered_after_the_pdfs_it_waits_for(tmp_path: Path) -> None:
    """Asked for first, the dummy still waits until both PDFs (one made in a forked child) are
    made and kept for it."""
    shutil.copy(DATA / "example-photo.png", tmp_path)
    source = tmp_path / "example.yaml"
    text = (DATA / "example.yaml").read_text(encoding="utf-8")
    source.write_text(
        text.replace("\nrender:\n", "\nrender:\n  outputs: [fake, resume, portfolio]\n")
    )
    out = tmp_path / "out"
    result: Any = CliRunner().invoke(app, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "dummy.txt").read_text() == "made after ['portfolio', 'resume']"
    assert sorted(path.suffix for path in out.iterdir()) == [".pdf", ".pdf", ".txt"]
