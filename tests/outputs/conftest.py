"""data/resume.yaml rendered once per session with every output, twice (rebuilds must be
byte-identical), with a cover letter in `letters/` beside a copy of it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from resume.build import RenderOptions, render
from resume.plan import ALL_OUTPUTS
from resume.theme import fonts
from tests.conftest import DEFAULT_SOURCE

LETTER = """\
---
to: Jane Doe
company: Acme Robotics
address: |
  1 Example Street
  Springfield
date: 2026-03-01
subject: Backend Engineer, ref. 42
---
I am writing to apply for the Backend Engineer role at Acme Robotics. Your platform team's
work on **high-concurrency** services is what I want to do next.

At AMD I built a GraphRAG-based agent that automates codebase understanding across six
languages.
"""


@dataclass(frozen=True)
class AllOutputs:
    source: Path
    out: Path
    again: Path  # the same render, a second time

    def file(self, name: str) -> Path:
        return self.out / name


@pytest.fixture(scope="session")
def all_outputs(tmp_path_factory: pytest.TempPathFactory) -> AllOutputs:
    folder = tmp_path_factory.mktemp("source")
    source = folder / "resume.yaml"
    shutil.copy2(DEFAULT_SOURCE, source)
    (folder / "letters").mkdir()
    (folder / "letters" / "acme.md").write_text(LETTER, encoding="utf-8")
    out, again = folder / "out", folder / "again"
    for where in (out, again):
        render(RenderOptions(source=source, out=where, outputs=ALL_OUTPUTS))
    return AllOutputs(source, out, again)


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder for headless LibreOffice's work, with its own profile, seeing the themes'
    fonts as a machine that has them installed would (make test installs it)."""
    if not shutil.which("soffice"):
        pytest.skip(
            "LibreOffice is not installed: make test installs it (scripts/system-deps.sh test)"
        )
    folder = tmp_path_factory.mktemp("office")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{fonts.FONT_DIR}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    yield folder


def to_pdf(office: Path, document: Path) -> Path:
    """`document` converted by headless LibreOffice; the PDF's path."""
    env = {**os.environ, "FONTCONFIG_FILE": str(office / "fonts.conf")}
    profile = f"-env:UserInstallation=file://{office / 'profile'}"
    subprocess.run(
        [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(office),
            str(document),
        ],
        check=True,
        capture_output=True,
        env=env,
        timeout=180,
    )
    return office / document.with_suffix(".pdf").name
