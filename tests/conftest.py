"""Expensive renders happen once per session; tests assert many things on each."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from resume.batch import Outcome, default_jobs, render_many
from resume.build import RenderOptions, render
from resume.theme.themes import builtin_names
from tests.showcase import Showcases, StaticHost, serve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "data" / "resume.yaml"
# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "jsonresume").is_dir()),
    ROOT.parent / "shared",
)

REAL = sorted((SHARED / "jsonresume" / "real").glob("*.json"))  # real JSON Resume files


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


def render_in_batches(
    sources: list[Path], themes: list[str], out: Path
) -> dict[tuple[Path, str], Outcome]:
    """Every source in every theme, all three outputs, a worker per core: what each wrote (in
    `OUT/<theme>/<stem>/`), or the error that stopped it."""
    found = {}
    for theme in themes:
        options = RenderOptions(out=out / theme, theme=theme)
        for outcome in render_many(options, sources, default_jobs(len(sources))):
            found[outcome.source, theme] = outcome
    return found


class RealRenders(Mapping[tuple[Path, str], Outcome]):
    """The real files' renders by (source, theme): a theme's batch is made when one of its
    renders is first asked for, so a test that reads one theme does not pay for them all."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.found: dict[tuple[Path, str], Outcome] = {}
        self.themes: set[str] = set()

    def __getitem__(self, key: tuple[Path, str]) -> Outcome:
        theme = key[1]
        if theme not in self.themes and theme in builtin_names():
            self.themes.add(theme)
            self.found.update(render_in_batches(REAL, [theme], self.out))
        return self.found[key]

    def __iter__(self) -> Iterator[tuple[Path, str]]:
        return iter(self.found)

    def __len__(self) -> int:
        return len(self.found)


@pytest.fixture(scope="session")
def real_renders(tmp_path_factory: pytest.TempPathFactory) -> RealRenders:
    """The shared real JSON Resume files in the built-in themes, each theme's rendered once per
    session in a batch when first asked for: tests/test_jsonresume.py and tests/test_themes.py
    both read them."""
    return RealRenders(tmp_path_factory.mktemp("real"))


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


def case_args(cases: Path, name: str) -> list[str]:
    """The extra command-line arguments a data-driven case asks for in `NAME.args`, if any."""
    extra = cases / f"{name}.args"
    return extra.read_text(encoding="utf-8").split() if extra.exists() else []


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes: what a failing render must leave as it was."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
