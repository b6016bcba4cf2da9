"""The PDFs of one render at once: a forked child per PDF but the first, answers in order."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from resume import output_specs, outputs, parallel
from resume.errors import UserError
from resume.outputs.run import Run
from resume.outputs.target import Rendered, Target
from tests.conftest import render_with_own_tmp

pytestmark = pytest.mark.skipif(
    not parallel.concurrent(
        SimpleNamespace(pdf=object()),  # type: ignore[arg-type]
        list(output_specs.pdfs()),
    ),
    reason="needs fork and two cores",
)


def made_by(output: str) -> Any:
    def target(plan: Any, run: Run) -> Rendered:
        plan.pdf.fetcher.refused.append(f"refused by {output}")
        path = Path(output)
        return Rendered({path: str(os.getpid()).encode()}, path, pages=1)

    return target


def use_targets(monkeypatch: pytest.MonkeyPatch, targets: dict[str, Target]) -> None:
    monkeypatch.setattr(outputs, "target_of", targets.__getitem__)


def fake_plan() -> Any:
    return SimpleNamespace(pdf=SimpleNamespace(fetcher=SimpleNamespace(refused=[])))


def test_the_second_pdf_is_made_in_a_child_and_comes_back_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_targets(monkeypatch, {o: made_by(o) for o in ("resume", "portfolio", "site")})
    plan, run = fake_plan(), Run()
    done = parallel.run_targets(plan, run, ["resume", "portfolio", "site"])
    assert [rendered.path.name for rendered, _ in done] == ["resume", "portfolio", "site"]
    pids = {rendered.path.name: rendered.files[rendered.path] for rendered, _ in done}
    here = str(os.getpid()).encode()
    assert pids["resume"] == here and pids["site"] == here
    assert pids["portfolio"] != here
    # What the child's fetcher refused is told by the parent, as if it had rendered it; the
    # plan's own fetcher heard only what was refused here.
    assert sorted(run.refusals(plan)) == [
        f"refused by {o}" for o in ("portfolio", "resume", "site")
    ]
    assert sorted(plan.pdf.fetcher.refused) == ["refused by resume", "refused by site"]
    assert run.made["portfolio"] is done[1][0]  # the PNG previews get the child's PDF


def test_one_pdf_is_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    use_targets(monkeypatch, {"portfolio": made_by("portfolio")})
    [(rendered, _)] = parallel.run_targets(fake_plan(), Run(), ["portfolio"])
    assert rendered.files[rendered.path] == str(os.getpid()).encode()


def test_a_mistake_found_in_the_child_is_raised_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def overflowing(plan: Any, run: Run) -> Rendered:
        raise UserError("the portfolio cannot be made")

    use_targets(monkeypatch, {"resume": made_by("resume"), "portfolio": overflowing})
    with pytest.raises(UserError, match="the portfolio cannot be made"):
        parallel.run_targets(fake_plan(), Run(), ["resume", "portfolio"])


def test_a_render_in_two_processes_leaves_no_fonts_in_the_temporary_folder(
    tmp_path: Path,
) -> None:
    # The ₿ needs a fallback font, so the child parses a stylesheet (and copies fonts) of its own.
    source = tmp_path / "cv.yaml"
    source.write_text(
        "basics:\n  name: Ada Stone\nprojects:\n  - name: Ledger\n"
        "    description: Settled invoices in ₿ for three harbours\n",
        encoding="utf-8",
    )
    done, temporary = render_with_own_tmp(
        tmp_path, str(source), "--only", "resume,portfolio", "--out", str(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "Ada_Stone_Portfolio.pdf",
        "Ada_Stone_Resume.pdf",
    ]
    assert list(temporary.iterdir()) == []
