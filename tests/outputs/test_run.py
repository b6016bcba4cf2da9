"""What lives for one render beside the plan: a shared output (the PDFs, which the PNG previews
read) is made once whoever asks first, any other every time it is asked for; and what the
fetchers refused, here and in forked children, is told once."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from resume import outputs
from resume.engine.references import Refusal
from resume.outputs.run import Run
from resume.outputs.target import Rendered


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every output a target was called for, in order; each target makes a new Rendered."""
    calls: list[str] = []

    def target_of(output: str) -> Any:
        def render(plan: Any, run: Run) -> Rendered:
            calls.append(output)
            return Rendered(files={}, path=Path(f"{output}.out"))

        return render

    monkeypatch.setattr(outputs, "target_of", target_of)
    return calls


def no_pdf() -> Any:
    """A plan that makes no PDF: all a run reads of it here."""
    return SimpleNamespace(pdf=None)


def test_the_pdfs_are_made_once_and_the_others_each_time(made: list[str]) -> None:
    run, plan = Run(), no_pdf()
    first = run.make(plan, "resume")
    assert run.make(plan, "resume") is first
    run.make(plan, "text")
    run.make(plan, "text")
    assert made == ["resume", "text", "text"]


def test_a_pdf_made_in_a_child_is_not_made_again(made: list[str]) -> None:
    run, plan = Run(), no_pdf()
    from_child = Rendered(files={}, path=Path("Aaron_Wu_Resume.pdf"), pages=1)
    run.keep("resume", from_child)
    run.keep("site", Rendered(files={}, path=Path("index.html")))
    assert run.make(plan, "resume") is from_child
    run.make(plan, "site")
    assert made == ["site"]


def test_each_refusal_is_told_once_wherever_it_was_heard() -> None:
    here = Refusal("file:///etc/passwd", "outside the allowed folders")
    child = Refusal("https://tracker.example/pixel.png", "the network is not used")
    plan: Any = SimpleNamespace(pdf=SimpleNamespace(fetcher=SimpleNamespace(refused=[here])))
    run = Run()
    run.heard_from_child([child, here])
    run.heard_from_child([child])
    assert run.refusals(plan) == [here, child]
    assert run.refusals(no_pdf()) == [child, here]
