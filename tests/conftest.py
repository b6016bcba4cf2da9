"""Expensive renders happen once per session; tests assert many things on each."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, settings

from resume.batch import Outcome, default_jobs, render_many
from resume.build import RenderOptions, render
from resume.plan import DEFAULT_THEME
from resume.theme.themes import builtin_names
from tests.showcase import PATIENT, Showcases, StaticHost, serve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "data" / "resume.yaml"
# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "jsonresume").is_dir()),
    ROOT.parent / "shared",
)

REAL = sorted((SHARED / "jsonresume" / "real").glob("*.json"))  # real JSON Resume files
EXAMPLES = sorted((SHARED / "jsonresume" / "schema-tests" / "examples").glob("*.json"))
CORPUS = REAL + EXAMPLES  # JSON Resume documents written by others
# Real files too long for one page even at the readable floors of fitting, in every theme:
# condensed, in several layouts each. The quick run takes two of them.
LONG = {
    "0xadada__resume.json",
    "AloisCRR__resume.json",
    "PragTob__pragtob.github.io.json",
    "SelrahcD__resume.json",
    "anandbhaskaran__jsonresume.json",
    "cacoco__cacoco.github.com.json",
    "handiman__handiman.github.io.json",
    "jannis-baratheon__resume.json",
    "loncarales__loncarales.github.io.json",
    "qdequippe__resume.json",
    "scottnath__jsonresume-theme-microdata.json",
    "thomasdavis__resume.json",
}
QUICK_LONG = {"PragTob__pragtob.github.io.json", "thomasdavis__resume.json"}
THEMES = builtin_names()


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
class DefaultOutputs:
    """What a render of the three default outputs made: both PDFs, read, and the web page."""

    out: Path
    resume: RenderedPdf
    portfolio: RenderedPdf
    html: str


def render_all(source: Path, out: Path, theme: str | None = None) -> DefaultOutputs:
    result = render(RenderOptions(source=source, out=out, theme=theme))
    pdfs = {
        w.path.stem.rsplit("_", 1)[-1]: w.path for w in result.written if w.path.suffix == ".pdf"
    }
    return DefaultOutputs(
        out=out,
        resume=RenderedPdf(pdfs["Resume"], pypdf.PdfReader(pdfs["Resume"])),
        portfolio=RenderedPdf(pdfs["Portfolio"], pypdf.PdfReader(pdfs["Portfolio"])),
        html=(out / "index.html").read_text(encoding="utf-8"),
    )


_OWN_CACHE = pytest.StashKey[str]()  # the cache folder this run made


def pytest_configure(config: pytest.Config) -> None:
    """The cache folder (web-font cuts, compiled templates) starts empty for each run, so that
    no test reads what an earlier version of the code made; xdist's workers share the
    controller's, which removes it at the end."""
    if "RESUME_CACHE" not in os.environ:
        os.environ["RESUME_CACHE"] = config.stash[_OWN_CACHE] = tempfile.mkdtemp(
            prefix="resume-cache-"
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    if own := config.stash.get(_OWN_CACHE, None):
        shutil.rmtree(own, ignore_errors=True)
        del os.environ["RESUME_CACHE"]


# Hypothesis (tests/test_properties.py and others): chosen here, for every module alike. A
# failing example is printed with the blob that replays it (@reproduce_failure) in CI's log.
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
for _name, _examples in (("default", 150), ("ci", 600)):
    settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        print_blob=True,
    )
settings.load_profile(HYPOTHESIS_PROFILE)

# A test that cannot run here fails, naming what it lacks, unless a partial run was asked for.
PARTIAL = os.environ.get("RESUME_PARTIAL") == "1"
INSTALL_HINT = (
    "make test installs what the tests need (scripts/system-deps.sh test); "
    "`make test-quick` or RESUME_PARTIAL=1 asks for a partial run that skips instead"
)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and not PARTIAL and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"could not run: {reason}\n{INSTALL_HINT}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI (CI=true), a run with any skip fails, the ones the hook above cannot turn into
    failures too (a module or parameter set skipped at collection): a green CI run ran all."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or os.environ.get("CI") != "true" or PARTIAL:
        return
    skipped = reporter.stats.get("skipped", [])
    if skipped and exitstatus == 0:
        reporter.ensure_newline()
        reporter.write_line(f"CI: {len(skipped)} skipped; a CI run must run every test", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def across_themes(documents: Sequence[Path]) -> list[Any]:
    """(document, theme) for documents of the corpus in every built-in theme. The quick run
    takes each document in one theme, turn by turn along the corpus, so that every theme meets
    some of them, and of the long ones only QUICK_LONG; the rest are marked slow."""
    return [
        pytest.param(
            document,
            theme,
            id=f"{theme}-{document.stem}",
            marks=() if _quick(document, turn) else pytest.mark.slow,
        )
        for document in documents
        for turn, theme in enumerate(THEMES)
    ]


def _quick(document: Path, turn: int) -> bool:
    if document.name in LONG - QUICK_LONG:
        return False
    return CORPUS.index(document) % len(THEMES) == turn


class RealRenders:
    """The real JSON Resume files and the schema's examples, all outputs, in the themes the
    selected tests ask for (by their `source` and `theme` parameters): each theme's files in
    one batch (a worker per core), on the theme's first use, in `OUT/<theme>/<stem>/`.
    `renders[source, theme]` is what that render wrote, or the error that stopped it."""

    def __init__(self, root: Path, wanted: dict[str, set[Path]]) -> None:
        self.root = root
        self.wanted = wanted
        self._done: dict[tuple[Path, str], Outcome] = {}

    def __contains__(self, key: tuple[Path, str]) -> bool:
        source, theme = key
        return source in self.wanted.get(theme, ())

    def __getitem__(self, key: tuple[Path, str]) -> Outcome:
        source, theme = key
        if key not in self._done:
            options = RenderOptions(out=self.root / theme, theme=theme, timeout=PATIENT)
            sources = sorted(self.wanted[theme])
            for outcome in render_many(options, sources, default_jobs(len(sources))):
                self._done[outcome.source, theme] = outcome
        return self._done[source, theme]


@pytest.fixture(scope="session")
def real_renders(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> RealRenders:
    wanted: dict[str, set[Path]] = {}
    for item in request.session.items:
        params = _params(item)
        if "real_renders" in getattr(item, "fixturenames", ()) and params.get("source") in CORPUS:
            wanted.setdefault(params.get("theme", "compact"), set()).add(params["source"])
    return RealRenders(tmp_path_factory.mktemp("real"), wanted)


def _params(item: pytest.Item) -> dict[str, Any]:
    return (
        item.callspec.params
        if isinstance(item, pytest.Function) and hasattr(item, "callspec")
        else {}
    )


# Session renders made per theme on first use: under xdist, a theme's tests share one worker.
RENDERED_PER_THEME = {"showcases", "real_renders"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test that reads a theme's session renders joins that theme's xdist group, so that
    `pytest -n 2 --dist loadgroup` renders each theme in one worker only."""
    for item in items:
        if RENDERED_PER_THEME & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group(f"theme-{_theme_of(item)}"))


def _theme_of(item: pytest.Item) -> str:
    """The test's `theme` parameter, the theme of a (source, theme) parameter, its module's
    THEME, or the default theme."""
    params = _params(item)
    if params.get("theme") in THEMES:
        return str(params["theme"])
    for value in params.values():
        if isinstance(value, tuple) and len(value) == 2 and value[1] in THEMES:
            return str(value[1])
    return str(getattr(getattr(item, "module", None), "THEME", DEFAULT_THEME))


@pytest.fixture(scope="session")
def default_render(showcases: Showcases) -> DefaultOutputs:
    """data/resume.yaml as `resume render` makes it: in the default theme, the showcase's."""
    showcase = showcases.get("default", DEFAULT_THEME)
    assert showcase.resume is not None, showcase.resume_problem
    return DefaultOutputs(
        out=showcase.folder,
        resume=RenderedPdf(showcase.resume, pypdf.PdfReader(showcase.resume)),
        portfolio=RenderedPdf(showcase.portfolio, showcase.reader),
        html=(showcase.folder / "index.html").read_text(encoding="utf-8"),
    )


@pytest.fixture(scope="session")
def showcases(tmp_path_factory: pytest.TempPathFactory) -> Showcases:
    """The résumé, portfolio and web page of our own sources in each theme, on first use."""
    return Showcases(tmp_path_factory.mktemp("showcase"))


@pytest.fixture(scope="session")
def static_host(showcases: Showcases) -> Iterator[StaticHost]:
    yield from serve(showcases.root)


# The browser tests: axe-core for the accessibility audit, and Chromium's launch arguments.
AXE = Path(os.environ.get("AXE_DIR", ROOT / ".cache" / "axe")) / "axe.min.js"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """Debian's Chromium (Playwright's own browser download is not used)."""
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session, for every test that opens a page."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("no headless Chromium: make test installs it (scripts/system-deps.sh test)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


def heavy_imports_after(commands: list[list[str]]) -> list[str]:
    """Run `commands` in one new process; which of WeasyPrint and pypdf they imported."""
    code = (
        "import sys; from resume.cli.app import app\n"
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


def plant(folder: Path, files: dict[str, bytes]) -> None:
    """Earlier outputs (and a user's own file) in `folder`, for a failing render to leave alone."""
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes: what a failing render must leave as it was."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def render_with_own_tmp(
    tmp_path: Path, *args: str
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`resume render ARGS` in a process of its own whose TMPDIR is a fresh folder under
    `tmp_path`: the outcome, and that folder, to see what the render left in it."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "resume", "render", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temporary)},
        timeout=120,
    )
    return done, temporary
