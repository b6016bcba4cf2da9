"""The pre-commit hooks (.pre-commit-hooks.yaml), tried as a user tries them: `pre-commit
try-repo` of this checkout, in a new git repository that holds a résumé source. The
`language: python` hooks install this checkout, with its dependencies from the package index,
into pre-commit's own environment (once for the module); the `-system` ones run the `resume`
installed beside pre-commit, with no package index."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_SOURCE, ROOT
from tests.gitrepo import git

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow  # pre-commit clones this checkout, and installs it once
MISTAKE = "data/resume.yaml:39:12: while parsing a flow sequence expected ',' or ']', but got ':'"


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This checkout as committed, with its uncommitted changes committed on top: pre-commit
    would make a new copy of a checkout with changes, and install it again, for each hook it
    tries; one of its own is installed once for the module."""
    clone = tmp_path_factory.mktemp("hooks") / "resume"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    changes = subprocess.run(
        ["git", "-C", str(ROOT), "diff", "HEAD", "--binary"], capture_output=True, check=True
    ).stdout
    if changes:
        subprocess.run(["git", "-C", str(clone), "apply"], input=changes, check=True)
        git(clone, "commit", "--quiet", "-am", "uncommitted changes")
    return clone


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "resume.yaml").write_text(DEFAULT_SOURCE.read_text(encoding="utf-8"))
    git(repo, "init", "--quiet")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "résumé")
    return repo


@dataclass
class TryRepo:
    """`pre-commit try-repo` of this checkout's hooks in `repo`."""

    repo: Path
    hooks: Path
    home: Path

    def __call__(
        self, *arguments: str, installed: bool = False, offline: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """With `installed`, the `resume` installed beside pre-commit is on the PATH (without, a
        hook finds no `resume` but its own); `offline`, nothing may come from a package index."""
        path = [folder for folder in os.environ["PATH"].split(os.pathsep) if Path(folder) != BIN]
        env = os.environ | {"PATH": os.pathsep.join(path), "PRE_COMMIT_HOME": str(self.home)}
        if installed:
            env["PATH"] = f"{BIN}{os.pathsep}{env['PATH']}"
        if offline:
            env["PIP_NO_INDEX"] = "1"
        return subprocess.run(
            [str(BIN / "pre-commit"), "try-repo", str(self.hooks), *arguments],
            cwd=self.repo,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )


@pytest.fixture
def try_repo(repo: Path, hooks: Path, pre_commit_home: Path) -> TryRepo:
    return TryRepo(repo, hooks, pre_commit_home)


def results(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Each hook's name and how it ended, from pre-commit's `name.....Passed` lines."""
    found = {}
    for line in done.stdout.splitlines():
        name, dots, result = line.partition("...")
        if dots and result.strip(".") in ("Passed", "Failed"):
            found[name] = result.strip(".")
    return found


def test_validate_passes_on_a_good_source(try_repo: TryRepo) -> None:
    done = try_repo("resume-validate", "--files", "data/resume.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert results(done) == {"resume validate": "Passed"}


def test_the_system_hooks_run_the_installed_resume_offline(try_repo: TryRepo) -> None:
    done = try_repo(
        "resume-validate-system", "--files", "data/resume.yaml", installed=True, offline=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert results(done) == {"resume validate (installed)": "Passed"}
    arguments = ["resume-check-system", "--files", "data/resume.yaml", "--hook-stage", "manual"]
    done = try_repo(*arguments, installed=True, offline=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert results(done) == {"resume check (installed)": "Passed"}


@pytest.mark.parametrize(
    ("hook", "name", "installed"),
    [
        ("resume-validate", "resume validate", False),
        ("resume-validate-system", "resume validate (installed)", True),
    ],
)
def test_validate_fails_at_the_line_of_a_mistake(
    repo: Path, try_repo: TryRepo, hook: str, name: str, installed: bool
) -> None:
    source = repo / "data" / "resume.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("name: AMD", "name: [AMD"))
    done = try_repo(hook, "--files", "data/resume.yaml", installed=installed, offline=installed)
    assert done.returncode == 1
    assert results(done) == {name: "Failed"}
    assert MISTAKE in done.stdout.splitlines()


def test_check_renders_only_in_the_manual_stage(try_repo: TryRepo) -> None:
    everyday = try_repo("--files", "data/resume.yaml", installed=True)
    assert everyday.returncode == 0, everyday.stdout + everyday.stderr
    assert results(everyday) == {
        "resume validate": "Passed",
        "resume validate (installed)": "Passed",
    }
    manual = try_repo("resume-check", "--files", "data/resume.yaml", "--hook-stage", "manual")
    assert manual.returncode == 0, manual.stdout + manual.stderr
    assert results(manual) == {"resume check": "Passed"}
