"""The PDFs of one render at once: a forked child per PDF but the first, answers in order."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from resume import parallel
from resume.errors import UserError
from resume.outputs.target import Rendered

pytestmark = pytest.mark.skipif(
    not parallel.concurrent(
        SimpleNamespace(pdf=object()),  # type: ignore[arg-type]
        list(parallel.PDFS),
    ),
    reason="needs fork and two cores",
)


def made_by(output: str) -> Any:
    def target(plan: Any) -> Rendered:
        plan.pdf.fetcher.refused.append(f"refused by {output}")
        path = Path(output)
        return Rendered({path: str(os.getpid()).encode()}, path, pages=1)

    return target


def fake_plan() -> Any:
    return SimpleNamespace(pdf=SimpleNamespace(fetcher=SimpleNamespace(refused=[])))


def test_the_second_pdf_is_made_in_a_child_and_comes_back_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for output in ("resume", "portfolio", "site"):
        monkeypatch.setitem(parallel.TARGETS, output, made_by(output))
    plan = fake_plan()
    done = parallel.run_targets(plan, ["resume", "portfolio", "site"])
    assert [rendered.path.name for rendered, _ in done] == ["resume", "portfolio", "site"]
    pids = {rendered.path.name: rendered.files[rendered.path] for rendered, _ in done}
    here = str(os.getpid()).encode()
    assert pids["resume"] == here and pids["site"] == here
    assert pids["portfolio"] != here
    # What the child's fetcher refused is told by the parent, as if it had rendered it.
    assert sorted(plan.pdf.fetcher.refused) == [
        f"refused by {o}" for o in ("portfolio", "resume", "site")
    ]


def test_one_pdf_is_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(parallel.TARGETS, "portfolio", made_by("portfolio"))
    [(rendered, _)] = parallel.run_targets(fake_plan(), ["portfolio"])
    assert rendered.files[rendered.path] == str(os.getpid()).encode()


def test_a_mistake_found_in_the_child_is_raised_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def overflowing(plan: Any) -> Rendered:
        raise UserError("the portfolio cannot be made")

    monkeypatch.setitem(parallel.TARGETS, "resume", made_by("resume"))
    monkeypatch.setitem(parallel.TARGETS, "portfolio", overflowing)
    with pytest.raises(UserError, match="the portfolio cannot be made"):
        parallel.run_targets(fake_plan(), ["resume", "portfolio"])
