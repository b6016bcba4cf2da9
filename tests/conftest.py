"""Expensive renders happen once per session; tests assert many things on each."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from resume.build import RenderOptions, render
from tests.showcase import Showcases, StaticHost, serve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "data" / "resume.yaml"
# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "jsonresume").is_dir()),
    ROOT.parent / "shared",
)


@dataclass
class RenderedPdf:
    path: Path
    reader: pypdf.PdfReader

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    @property
    def text(self) -> str:
        return "\n".join(page.extract_text() for page in self.reader.pages)


@dataclass
class Rendered:
    out: Path
    resume: RenderedPdf
    portfolio: RenderedPdf
    html: str


def render_all(source: Path, out: Path, theme: str | None = None) -> Rendered:
    result = render(RenderOptions(source=source, out=out, theme=theme))
    pdfs = {
        w.path.stem.rsplit("_", 1)[-1]: w.path for w in result.written if w.path.suffix == ".pdf"
    }
    return Rendered(
        out=out,
        resume=RenderedPdf(pdfs["Resume"], pypdf.PdfReader(pdfs["Resume"])),
        portfolio=RenderedPdf(pdfs["Portfolio"], pypdf.PdfReader(pdfs["Portfolio"])),
        html=(out / "index.html").read_text(encoding="utf-8"),
    )


@pytest.fixture(scope="session")
def default_render(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return render_all(DEFAULT_SOURCE, tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="session")
def showcases(tmp_path_factory: pytest.TempPathFactory) -> Showcases:
    """The portfolio and web page of every (source, theme), each rendered on first use."""
    return Showcases(tmp_path_factory.mktemp("showcase"))


@pytest.fixture(scope="session")
def static_host(showcases: Showcases) -> Iterator[StaticHost]:
    yield from serve(showcases.root)


def heavy_imports_after(commands: list[list[str]]) -> list[str]:
    """Run `commands` in one new process; which of WeasyPrint and pypdf they imported."""
    code = (
        "import sys; from resume.cli import app\n"
        f"for args in {commands!r}:\n"
        "    try: app(args)\n"
        "    except SystemExit as done: assert not done.code, args\n"
        "print(sorted(m for m in ('weasyprint', 'pypdf') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(out.stdout.strip().splitlines()[-1]))
