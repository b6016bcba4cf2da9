"""The GitHub Actions workflow users get: the repository's own action (action.yml), which sets
up as the Makefile says, renders every variant, checks the PDFs and keeps them."""

from __future__ import annotations

import shlex
from typing import Any

import yaml

from resume.cli.action import STEPS
from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "resume.yml"
ACTION = ROOT / "action.yml"


def workflow_steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true.
    assert "push" in workflow[True] and "pull_request" in workflow[True]
    (job,) = workflow["jobs"].values()
    return list(job["steps"])


def action() -> dict[str, Any]:
    return dict(yaml.safe_load(ACTION.read_text(encoding="utf-8")))


def action_steps() -> list[dict[str, Any]]:
    return list(action()["runs"]["steps"])


def test_the_workflow_uses_the_action_on_every_variant() -> None:
    steps = workflow_steps()
    assert steps[0]["uses"].startswith("actions/checkout@")
    (used,) = [step for step in steps if step.get("uses") == "./"]
    assert used["with"] == {"source": "data/resume.yaml", "variants": "all", "check": "true"}
    assert set(used["with"]) <= set(action()["inputs"])


def test_the_action_sets_up_as_the_makefile_says() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert action()["runs"]["using"] == "composite"
    commands = [step["run"] for step in action_steps() if "run" in step]
    script = (ROOT / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
    for packages in ("libpango-1.0-0 libpangoft2-1.0-0", "libharfbuzz-subset0"):
        assert packages in commands[0]
        assert f'want "{packages}"' in script or f"want {packages} " in script
    assert "@scripts/system-deps.sh render" in makefile
    assert "make render" in readme


def test_ci_sets_up_with_the_readmes_commands_only() -> None:
    """CI proves what the README says: no install step of its own, and every make target it
    calls is one the README names."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line.split("#")[0].strip() for line in ci.splitlines()]
    commands = [c for c in commands if c and not c.startswith(("set ", "cd ", "for ", "done"))]
    assert not [c for c in commands if "apt-get" in c or "deps.sh" in c or "npm " in c]
    for target in {word for c in commands for word in c.split() if c.split()[0:1] == ["make"]}:
        assert target == "make" or f"make {target}" in readme or target.isupper()


def test_the_action_renders_summarises_checks_and_compares() -> None:
    runs = [step.get("run", "") for step in action_steps()]
    steps = [shlex.split(run) for run in runs if "resume.cli.action" in run]
    assert [command[-1] for command in steps] == ["render", "summary", "check", "diff"]
    assert all(command[-3:-1] == ["-m", "resume.cli.action"] for command in steps)
    assert set(STEPS) == {command[-1] for command in steps}
    (check,) = [s for s in action_steps() if s.get("run", "").endswith("resume.cli.action check")]
    assert check["if"] == "inputs.check == 'true'"
    (diff,) = [s for s in action_steps() if s.get("run", "").endswith("resume.cli.action diff")]
    assert "github.event_name == 'pull_request'" in diff["if"]


def test_the_action_uploads_what_it_wrote() -> None:
    (upload,) = [s for s in action_steps() if str(s.get("uses", "")).startswith("actions/upload")]
    assert "${{ steps.render.outputs.paths }}" in upload["with"]["path"].splitlines()
    assert upload["with"]["if-no-files-found"] == "error"
    assert action()["outputs"]["paths"]["value"] == "${{ steps.render.outputs.paths }}"


def test_the_readme_shows_a_workflow_that_uses_the_action() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in readme.split("```yaml\n")[1:]]
    (workflow,) = [yaml.safe_load(block) for block in blocks if "/resume@v1" in block]
    (job,) = workflow["jobs"].values()
    (used,) = [step for step in job["steps"] if step.get("uses", "").endswith("/resume@v1")]
    assert set(used["with"]) == {"source", "theme"} <= set(action()["inputs"])
