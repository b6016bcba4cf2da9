"""The GitHub Actions workflow users get: the README's set-up, every variant, checked, kept."""

from __future__ import annotations

import shlex
from typing import Any

import yaml
from typer.main import get_command

from resume.cli import app
from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "resume.yml"


def steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true.
    assert "push" in workflow[True]
    (job,) = workflow["jobs"].values()
    return list(job["steps"])


def commands() -> list[str]:
    return [step["run"] for step in steps() if "run" in step]


def test_sets_up_with_the_readme_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make render" in commands()
    assert "make render" in readme
    assert "libpango-1.0-0 libpangoft2-1.0-0" in commands()[0]


def test_renders_every_variant_and_checks_the_pdfs() -> None:
    cli = get_command(app)
    resume_commands = [shlex.split(c) for c in commands() if c.startswith(".venv/bin/resume")]
    assert [c[1] for c in resume_commands] == ["render", "check"]
    assert resume_commands[0][2:] == ["--variant", "all"]
    assert resume_commands[1][2:] == ["out/*.pdf"]
    for command in resume_commands:  # each names a command the CLI has
        assert command[1] in cli.commands  # type: ignore[attr-defined]


def test_uploads_the_outputs() -> None:
    (upload,) = [s for s in steps() if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    paths = upload["with"]["path"].split()
    assert "out/*.pdf" in paths and "out/index.html" in paths
    assert upload["with"]["if-no-files-found"] == "error"
