"""The wings import one way: cli -> serve -> (check, diff, match, imports) -> build -> outputs -> engine, theme ->
content -> source. Nothing in source imports Jinja or WeasyPrint; only the engine imports
WeasyPrint; nothing but `python -m resume` imports the commands."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "resume"
# What each wing may not import (directly, or under TYPE_CHECKING, or inside a function).
FORBIDDEN = {
    "source": ("jinja2", "weasyprint", "resume.content", "resume.theme", "resume.engine",
               "resume.outputs", "resume.build", "resume.plan", "resume.imports"),
    "content": ("jinja2", "weasyprint", "resume.theme", "resume.engine", "resume.outputs",
                "resume.build", "resume.plan"),
    "theme": ("weasyprint", "resume.engine", "resume.outputs", "resume.build", "resume.plan"),
    "engine": ("resume.outputs", "resume.build", "resume.plan"),
    "outputs": ("weasyprint", "resume.build"),
    # Beside check, diff and match, below the command line; nothing below imports it.
    "imports": ("weasyprint", "resume.cli", "resume.check", "resume.diff", "resume.match",
                "resume.serve"),
    # The live preview: above build and check, below the command line; nothing imports it.
    "serve": ("weasyprint", "resume.cli", "resume.imports", "resume.match", "resume.diff"),
}  # fmt: skip


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)  # `from resume import cli` imports resume.cli:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("wing", list(FORBIDDEN))
def test_a_wing_imports_only_downstream(wing: str) -> None:
    modules = sorted((PACKAGE / wing).glob("*.py"))
    assert modules
    wrong = {
        f"{path.name}: {name}"
        for path in modules
        for name in imports_of(path)
        if any(name == banned or name.startswith(f"{banned}.") for banned in FORBIDDEN[wing])
    }
    assert not wrong, wrong


def test_only_the_engine_imports_weasyprint() -> None:
    outside = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.parent.name != "engine"
        and any(name.split(".")[0] == "weasyprint" for name in imports_of(path))
    }
    assert outside == set()


def test_nothing_below_the_commands_imports_them() -> None:
    """check/, diff/, match/ and the pipeline may import build and what is below it; the
    commands (resume/cli/) import them, never the other way."""
    below = [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("cli", "__main__.py")
    ]
    assert {"check", "diff", "match"} <= {path.parent.name for path in below}
    wrong = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in below
        for name in imports_of(path)
        if name == "resume.cli" or name.startswith("resume.cli.")
    }
    assert not wrong, wrong
