"""The pre-commit hooks (.pre-commit-hooks.yaml), tried as a user tries them: `pre-commit
try-repo` of this checkout, in a new git repository that holds a résumé source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_SOURCE, ROOT
from tests.gitrepo import git

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow  # pre-commit clones this checkout for each hook it tries


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "resume.yaml").write_text(DEFAULT_SOURCE.read_text(encoding="utf-8"))
    git(repo, "init", "--quiet")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "résumé")
    return repo


def try_repo(repo: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit try-repo` of this checkout, offline: its hooks run the installed `resume`."""
    env = os.environ | {
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "PIP_NO_INDEX": "1",  # nothing may come from a package index
    }
    return subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(ROOT), *arguments],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_validate_passes_on_a_good_source(repo: Path) -> None:
    done = try_repo(repo, "resume-validate", "--files", "data/resume.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "resume validate" in done.stdout and "Passed" in done.stdout


def test_validate_fails_at_the_line_of_a_mistake(repo: Path) -> None:
    source = repo / "data" / "resume.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("name: AMD", "name: [AMD"))
    done = try_repo(repo, "resume-validate", "--files", "data/resume.yaml")
    assert done.returncode == 1
    assert "Failed" in done.stdout
    assert (
        "data/resume.yaml:39:12: while parsing a flow sequence expected ',' or ']', but got ':'"
    ) in done.stdout.splitlines()


def test_check_renders_only_in_the_manual_stage(repo: Path) -> None:
    everyday = try_repo(repo, "--files", "data/resume.yaml")
    assert everyday.returncode == 0, everyday.stdout
    assert "resume validate" in everyday.stdout and "resume check" not in everyday.stdout
    manual = try_repo(repo, "resume-check", "--files", "data/resume.yaml", "--hook-stage", "manual")
    assert manual.returncode == 0, manual.stdout + manual.stderr
    assert "resume check" in manual.stdout and "Passed" in manual.stdout
