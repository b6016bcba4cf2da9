"""Every output, rebuilt in another process with another hash seed and an empty cache, is the
same byte for byte: nothing of one process (its caches, warm stylesheets, set and dict order,
a random value) reaches a file. The in-process rebuild (`all_outputs.again`) is held to the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, snapshot
from tests.outputs.conftest import AllOutputs

# One file of each kind `--only all` makes from data/resume.yaml and its letter.
KINDS = {
    "résumé PDF": "Aaron_Wu_Resume.pdf",
    "portfolio PDF": "Aaron_Wu_Portfolio.pdf",
    "web page": "index.html",
    "text": "Aaron_Wu_Resume.txt",
    "Markdown": "Aaron_Wu_Portfolio.md",
    "Word": "Aaron_Wu_Resume.docx",
    "PNG": "Aaron_Wu_Resume.png",
    "letter": "Aaron_Wu_Cover_Letter-acme.pdf",
}


@pytest.fixture(scope="module")
def rebuilt(all_outputs: AllOutputs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    env = {
        **os.environ,
        "PYTHONHASHSEED": "4242",  # pytest's own process has a random one
        "RESUME_CACHE": str(tmp_path_factory.mktemp("empty-cache")),
    }
    command = [sys.executable, "-m", "resume", "render", str(all_outputs.source), "--out"]
    done = subprocess.run(
        [*command, str(out), "--only", "all"], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return out


def test_every_kind_of_output_is_there(all_outputs: AllOutputs) -> None:
    made = snapshot(all_outputs.out)
    assert [kind for kind, name in KINDS.items() if name not in made] == []


@pytest.mark.parametrize("where", ["another process", "the same process"])
def test_every_output_rebuilt_is_byte_identical(
    all_outputs: AllOutputs, rebuilt: Path, where: str
) -> None:
    first = snapshot(all_outputs.out)
    again = snapshot(rebuilt if where == "another process" else all_outputs.again)
    assert sorted(again) == sorted(first)
    assert [name for name in first if first[name] != again[name]] == []
