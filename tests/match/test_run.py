"""`resume match` without rendering: each term the posting asks for is on the résumé, only in
the portfolio, or missing; the coverage is the share of the posting's weight the résumé shows,
for the variant asked and for every variant; a variant is named, never `all`."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.errors import UserError
from resume.match.run import match

POSTING = "Backend Engineer\n\nRequirements:\n- Python\n- Kubernetes\n- Terraform\n"
SOURCE = """\
basics: {name: Ada Lovelace}
work:
  - name: Engines
    position: Programmer
    startDate: 2021-03
    details: Ran them all on Kubernetes.
    highlights:
      - {text: Built services in Python., tags: [backend]}
      - {text: Wrote the first program., tags: [history]}
variants:
  backend: {include: [backend]}
  history: {include: [history]}
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    posting, source = tmp_path / "posting.txt", tmp_path / "cv.yaml"
    posting.write_text(POSTING, encoding="utf-8")
    source.write_text(SOURCE, encoding="utf-8")
    return posting, source


def test_each_term_is_on_the_resume_in_the_portfolio_or_missing(files: tuple[Path, Path]) -> None:
    report = match(*files)
    found = {m.term.name: (m.status, m.where) for m in report.coverage.matches}
    assert found == {
        "Python": ("resume", ["work: Programmer"]),
        "Kubernetes": ("portfolio", ["work: Programmer"]),  # in the details only
        "Terraform": ("missing", []),
    }
    weights = {m.term.name: m.term.weight for m in report.coverage.matches}
    share = weights["Python"] / sum(weights.values())
    assert report.coverage.score == pytest.approx(share, abs=0.001)  # kept to three places


def test_every_variant_has_its_coverage(files: tuple[Path, Path]) -> None:
    report = match(*files, variant="history")
    assert report.variant == "history"
    assert report.coverage.score == 0.0  # the history variant leaves Python out
    whole = match(*files).coverage.score
    assert report.variants == {
        "(no variant)": pytest.approx(whole),
        "backend": pytest.approx(whole),
        "history": 0.0,
    }


@pytest.mark.parametrize(
    ("variant", "message"),
    [
        ("all", "--variant: name one variant; every variant's coverage is shown"),
        ("bakend", "unknown variant 'bakend'; did you mean `backend`?"),
    ],
)
def test_a_variant_is_one_the_source_names(
    files: tuple[Path, Path], variant: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        match(*files, variant=variant)
