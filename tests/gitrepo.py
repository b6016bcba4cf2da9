"""A throwaway git repository holding a copy of the default source, for diff and provenance."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import DEFAULT_SOURCE

OLD_HIGHLIGHT = "Engineered a prompt-driven graph retrieval pipeline."
NEW_HIGHLIGHT = "Engineered a fast prompt-driven graph search pipeline."
_IDENTITY = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid"]


def git(repo: Path, *arguments: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *_IDENTITY, *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def repo_with_two_commits(repo: Path, text: str | None = None) -> Path:
    """`repo` with data/resume.yaml committed twice; the second commit changes one highlight."""
    source = repo / "data" / "resume.yaml"
    source.parent.mkdir(parents=True)
    text = text if text is not None else DEFAULT_SOURCE.read_text(encoding="utf-8")
    assert OLD_HIGHLIGHT in text
    source.write_text(text, encoding="utf-8")
    git(repo, "init", "--quiet")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "first")
    source.write_text(text.replace(OLD_HIGHLIGHT, NEW_HIGHLIGHT), encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "second")
    return source
