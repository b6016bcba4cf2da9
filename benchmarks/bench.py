"""`make bench`: how fast `resume` is, printed as medians over several runs.

Every comparison is a ratio measured inside this one run, baseline and candidate interleaved,
so a machine busy with other work slows both sides alike. Cold figures start a new process
(`resume ...` as a user types it); warm figures re-render inside one process, as watch mode
does. The floor is `floor.py`: a script that only imports WeasyPrint and writes the very HTML
and CSS `resume` produced.

    python benchmarks/bench.py [--runs 7] [--sources 50] [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
RESUME = str(Path(sys.executable).parent / "resume")
DEFAULT = ROOT / "data" / "resume.yaml"
GROWING = ("work", "projects", "articles", "reading", "volunteer", "awards", "publications")


# --- measuring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the largest resident set of the process (or of its largest child)
    cpu: float = 0.0  # user + system seconds: what the wall time is when the machine is idle


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> Run:
    """Run `command` to its end: wall time, and peak memory from the kernel's accounting.
    `env`: variables set for this run only.

    A forked child counts the parent's pages until it execs, so the command is started by
    the small `time` program when there is one, not straight from this (larger) process.
    """
    time_program = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r") as peak, tempfile.TemporaryFile() as errors:
        measured = Path(time_program).exists()
        if measured:
            command = [time_program, "-f", "%M", "-o", peak.name, *command]
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env={**os.environ, **(env or {})},
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            sys.exit(f"{' '.join(command)} exited {process.returncode}:\n{message}")
        kilobytes = int(peak.read().split()[-1]) if measured else usage.ru_maxrss
    return Run(seconds, kilobytes / 1024, usage.ru_utime + usage.ru_stime)


def interleaved(candidates: dict[str, Callable[[], Run]], runs: int) -> dict[str, list[Run]]:
    """Each candidate `runs` times, taking turns in a rotating order."""
    names = list(candidates)
    results: dict[str, list[Run]] = {name: [] for name in names}
    for round_ in range(runs):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            results[name].append(candidates[name]())
    return results


def median(runs: list[Run]) -> float:
    return statistics.median(run.seconds for run in runs)


def median_mb(runs: list[Run]) -> float:
    return statistics.median(run.peak_mb for run in runs)


def summary(runs: list[Run]) -> dict[str, Any]:
    return {
        "seconds": median(runs),
        "cpu": statistics.median(run.cpu for run in runs),
        "peak_mb": median_mb(runs),
        "each": [run.seconds for run in runs],
    }


def paired_ratio(candidate: list[float], baseline: list[float]) -> float:
    """The median of the ratios of runs made back to back: steadier than a ratio of medians
    when the machine's load drifts during the benchmark."""
    return statistics.median(c / b for c, b in zip(candidate, baseline, strict=True))


def child(mode: str, *args: str) -> dict[str, Any]:
    """This script in a new process, in one of its measuring modes; it answers in JSON."""
    out = subprocess.run(
        [PYTHON, __file__, "--child", mode, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        sys.exit(f"bench --child {mode} failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


# --- sources -----------------------------------------------------------------------------


def scaled_source(factor: int, folder: Path) -> Path:
    """The default source with every growing section repeated `factor` times."""
    import yaml

    from resume.source.loader import load_source

    data = load_source(DEFAULT).data
    for key in GROWING:
        if isinstance(data.get(key), list):
            data[key] = [copy.deepcopy(entry) for _ in range(factor) for entry in data[key]]
    path = folder / f"size-{factor}x.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def many_sources(count: int, folder: Path) -> Path:
    """`count` people: the default source under `count` names, one file each."""
    import yaml

    from resume.source.loader import load_source

    folder.mkdir(parents=True)
    data = load_source(DEFAULT).data
    first = data["basics"]["name"].split()[0]
    for index in range(1, count + 1):
        data["basics"]["name"] = f"{first} Number{index:02d}"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (folder / f"person-{index:02d}.yaml").write_text(text, encoding="utf-8")
    return folder


# --- the measurements --------------------------------------------------------------------


def startup(runs: int) -> dict[str, Any]:
    source = str(DEFAULT)
    results = interleaved(
        {
            "python -c pass": lambda: run([PYTHON, "-c", "pass"]),
            "resume --help": lambda: run([RESUME, "--help"]),
            "resume validate": lambda: run([RESUME, "validate", source]),
            "resume themes": lambda: run([RESUME, "themes"]),
        },
        runs,
    )
    return {name: summary(r) for name, r in results.items()}


def cold_render(runs: int, work: Path) -> dict[str, Any]:
    """`resume render` of all three outputs in a new process, against the bare floor script."""
    documents = child("documents", str(work / "documents"))
    job = work / "floor-job.json"
    job.write_text(json.dumps(documents["resume"] + documents["portfolio"]), encoding="utf-8")
    job_resume = work / "floor-job-resume.json"
    job_resume.write_text(json.dumps(documents["resume"]), encoding="utf-8")
    out = str(work / "cold")
    results = interleaved(
        {
            "resume render (all three)": lambda: run(
                [RESUME, "render", str(DEFAULT), "--out", out]
            ),
            "resume render (all three), new machine": lambda: run(
                [RESUME, "render", str(DEFAULT), "--out", out],
                env={"RESUME_CACHE": tempfile.mkdtemp(dir=work)},  # no web font cut yet
            ),
            "resume render --only resume": lambda: run(
                [RESUME, "render", str(DEFAULT), "--out", out, "--only", "resume"]
            ),
            "floor: both PDFs": lambda: run([PYTHON, str(HERE / "floor.py"), str(job)]),
            "floor: résumé": lambda: run([PYTHON, str(HERE / "floor.py"), str(job_resume)]),
        },
        runs,
    )
    breakdowns = [stages(work / "breakdown") for _ in range(max(3, runs // 2))]
    return {
        "runs": {name: summary(r) for name, r in results.items()},
        "breakdown": {
            stage: statistics.median(b[stage] for b in breakdowns) for stage in breakdowns[0]
        },
    }


def stages(out: Path) -> dict[str, float]:
    """One instrumented cold render (`stages.py`): seconds per stage."""
    spawned_at = time.perf_counter()
    answer = subprocess.run(
        [PYTHON, str(HERE / "stages.py"), str(spawned_at), str(out), str(DEFAULT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(answer.stdout.splitlines()[-1])
    return figures


def warm_render(runs: int, work: Path) -> dict[str, Any]:
    return child("warm", str(work / "warm"), str(2 * runs))  # cheap: twice the rounds


SUMMARY = "Backend Software Engineer deeply focused"  # how the summary starts
BOOK = "Designing Data-Intensive Applications"  # in its reading list: the portfolio's only


class Preview:
    """A `resume serve` of a copy of the default source, and the states its page is told."""

    def __init__(self, work: Path) -> None:
        import http.client

        self.source = edited_copy(work / "served")
        self.process = subprocess.Popen(
            [RESUME, "serve", str(self.source), "--out", str(work / "served-out")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        port = int(self.process.stdout.readline().split(":")[2].split("/")[0])
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.pictures = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.connection.request("GET", "/events")
        self.events = self.connection.getresponse()
        self.last: dict[str, Any] = {"busy": True, "made": {}, "pages": []}
        self.state = self.until(lambda state: not state["busy"] and bool(state["made"]))
        self.edits = iter(range(1_000_000))
        self.shown = {SUMMARY: SUMMARY, BOOK: BOOK}

    def until(self, done: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The first state told that is `done`, the last one told included (the server tells
        the latest state only: one that comes quickly after another replaces it)."""
        while not done(self.last):
            line = self.events.readline().decode()
            if line.startswith("data: "):
                self.last = json.loads(line[6:])
        return self.last

    def edit(self, shown: dict[str, str], on_resume: bool) -> Run:
        """Seconds (and the server's CPU seconds) from a save with `shown` (the summary's start and a book's title, as the
        default source has them, or edited) to the résumé's new first page fetched, as the page
        shows it (`on_resume`), or to the state that says the portfolio was made again; then
        waits until the rest is made."""
        text = DEFAULT.read_text(encoding="utf-8")
        for old, new in shown.items():
            text = text.replace(old, new, 1)
        made = self.state["made"].get("portfolio", 0)
        cpu, started = self.cpu(), time.perf_counter()
        self.source.write_text(text, encoding="utf-8")
        told = self.until(
            lambda state: (
                any(shown[SUMMARY] in page["text"] for page in state["pages"])
                if on_resume
                else state["made"].get("portfolio", 0) > made
            )
        )
        if on_resume:
            self.fetch(told["pages"][0]["src"])  # as the page does, to show it
        measured = Run(time.perf_counter() - started, 0, self.cpu() - cpu)
        self.state = self.until(lambda state: not state["busy"])
        return measured

    def cpu(self) -> float:
        """The server's user + system seconds so far (Linux's /proc; 0 elsewhere)."""
        stat = Path(f"/proc/{self.process.pid}/stat")
        if not stat.exists():
            return 0.0
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def fetch(self, path: str) -> bytes:
        self.pictures.request("GET", path)
        picture: bytes = self.pictures.getresponse().read()
        return picture

    def resume_edit(self) -> Run:
        self.shown[SUMMARY] = f"Edit{next(self.edits)} engineer"
        return self.edit(self.shown, on_resume=True)

    def portfolio_edit(self) -> Run:
        self.shown[BOOK] = f"{BOOK}, edition {next(self.edits)}"
        return self.edit(self.shown, on_resume=False)

    def stop(self) -> None:
        self.connection.close()
        self.pictures.close()
        self.process.send_signal(signal.SIGINT)
        self.process.wait(60)


def live_preview(runs: int, work: Path) -> dict[str, Any]:
    """`resume serve`: from a save to the résumé's new pages pushed to the page, and from a save of
    what only the portfolio shows to its new PDF; against a cold `resume render --only resume`."""
    preview = Preview(work)
    out = str(work / "serve-cold")
    try:
        results = interleaved(
            {
                "save -> résumé preview updated": preview.resume_edit,
                "save of a portfolio-only field -> portfolio made": preview.portfolio_edit,
                "resume render --only resume (cold)": lambda: run(
                    [RESUME, "render", str(DEFAULT), "--out", out, "--only", "resume"]
                ),
            },
            max(runs, 5),
        )
    finally:
        preview.stop()
    return {name: summary(r) for name, r in results.items()}


def growth(runs: int, work: Path, factors: tuple[int, ...]) -> dict[str, Any]:
    """Cold validate and cold portfolio + page render as the source grows.

    The résumé is left out: it is one page by design, so a source 4x the default cannot fit.
    """
    folder = work / "sizes"
    folder.mkdir()
    sources = {factor: scaled_source(factor, folder) for factor in factors}
    candidates: dict[str, Callable[[], Run]] = {}
    for factor, source in sources.items():
        out = str(work / f"size-out-{factor}")
        candidates[f"{factor}x validate"] = lambda s=source: run([RESUME, "validate", str(s)])
        candidates[f"{factor}x render portfolio,html"] = lambda s=source, o=out: run(
            [RESUME, "render", str(s), "--out", o, "--only", "portfolio,html"]
        )
    results = interleaved(candidates, max(1, runs // 2))
    table = {}
    for factor, source in sources.items():
        pdf = next((work / f"size-out-{factor}").glob("*.pdf"))
        table[factor] = {
            "source_kb": source.stat().st_size / 1024,
            "portfolio_pages": _pages(pdf),
            "validate_s": median(results[f"{factor}x validate"]),
            "render_s": median(results[f"{factor}x render portfolio,html"]),
            "render_peak_mb": median_mb(results[f"{factor}x render portfolio,html"]),
            "fonts_kb": sum(
                p.stat().st_size / 1000
                for p in (work / f"size-out-{factor}" / "assets" / "fonts").iterdir()
            ),
        }
    return table


def batch(count: int, work: Path) -> dict[str, Any]:
    """`count` sources: one `resume render` each, against one batch call with 1 and 2 workers."""
    folder = many_sources(count, work / "people")
    few = many_sources(min(10, count), work / "few-people")
    one = many_sources(1, work / "one-person")
    sources = sorted(folder.iterdir())

    def separately() -> Run:
        started = time.perf_counter()
        peak = 0.0
        for source in sources:
            peak = max(
                peak,
                run(
                    [RESUME, "render", str(source), "--out", str(work / "sep" / source.stem)]
                ).peak_mb,
            )
        return Run(time.perf_counter() - started, peak)

    def batched(where: Path, jobs: int) -> Callable[[], Run]:
        out = str(work / f"batch-{where.name}-{jobs}")
        return lambda: run([RESUME, "render", str(where), "--out", out, "--jobs", str(jobs)])

    results = interleaved(
        {
            f"{count} separate cold calls": separately,
            f"batch of {count}, 1 worker": batched(folder, 1),
            f"batch of {count}, 2 workers": batched(folder, 2),
            f"batch of {len(list(few.iterdir()))}, 2 workers": batched(few, 2),
            "batch of 1, 2 workers": batched(one, 2),
        },
        1,
    )
    written = len(list((work / f"batch-{folder.name}-2").glob("*/*.pdf")))
    return {
        "count": count,
        "pdfs_written": written,
        "runs": {name: summary(r) for name, r in results.items()},
    }


def _pages(pdf: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(pdf).pages)


# --- measuring inside one process (run as children of this script) ----------------------


class Recorder:
    """Notes the HTML and CSS text of every document WeasyPrint lays out, for the floor."""

    def __init__(self) -> None:
        self.text: weakref.WeakKeyDictionary[object, str | None] = weakref.WeakKeyDictionary()
        self.documents: list[dict[str, Any]] = []

    def install(self) -> None:
        from weasyprint import CSS, HTML

        recorder = self
        css_init, html_init, html_render = CSS.__init__, HTML.__init__, HTML.render

        def record_css(css: Any, *args: Any, string: str | None = None, **kwargs: Any) -> None:
            css_init(css, *args, string=string, **kwargs)
            recorder.text[css] = string

        def record_html(html: Any, *args: Any, string: str | None = None, **kwargs: Any) -> None:
            html_init(html, *args, string=string, **kwargs)
            recorder.text[html] = string

        def record_render(html: Any, *args: Any, stylesheets: Any = None, **kwargs: Any) -> Any:
            recorder.documents.append(
                {
                    "html": recorder.text[html],
                    "css": [recorder.text[sheet] for sheet in stylesheets or []],
                    "base_url": html.base_url,
                }
            )
            return html_render(html, *args, stylesheets=stylesheets, **kwargs)

        CSS.__init__, HTML.__init__, HTML.render = record_css, record_html, record_render

    def last(self, render: Callable[[], object]) -> dict[str, Any]:
        """The document `render` laid out last: the résumé as it was finally fitted."""
        self.documents.clear()
        render()
        document = self.documents[-1]
        assert document["html"] and all(document["css"]), "a document not made from strings"
        return document


def documents_of(work: Path) -> tuple[Recorder, dict[str, dict[str, Any]]]:
    """The exact HTML and CSS the default source's two PDFs are made of."""
    from resume.build import RenderOptions, render
    from resume.engine.native import load_weasyprint

    load_weasyprint()
    recorder = Recorder()
    recorder.install()
    documents = {}
    for output in ("resume", "portfolio"):
        options = RenderOptions(source=DEFAULT, out=work, outputs=(output,))  # type: ignore[arg-type]
        documents[output] = recorder.last(lambda o=options: render(o))
        documents[output]["out"] = str(work / f"floor-{output}.pdf")
    return recorder, documents


def edited_copy(folder: Path) -> Path:
    """A copy of the default source (with what lies beside it) to edit."""
    shutil.copytree(DEFAULT.parent, folder)
    return folder / DEFAULT.name


def child_documents(work: str) -> dict[str, Any]:
    _, documents = documents_of(Path(work))
    return {name: [document] for name, document in documents.items()}


def child_warm(work: str, runs: str) -> dict[str, Any]:
    """Warm re-renders in this process, against WeasyPrint alone on the same documents."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from resume.build import RenderOptions, render

    sys.path.insert(0, str(HERE))
    from floor import write_documents

    folder = Path(work)
    _, documents = documents_of(folder)
    resume_doc = documents["resume"]
    font_config = FontConfiguration()
    parsed = [
        CSS(string=css, base_url=resume_doc["base_url"], font_config=font_config)
        for css in resume_doc["css"]
    ]

    def timed(action: Callable[[], object]) -> Callable[[], Run]:
        def measure() -> Run:
            started = time.perf_counter()
            action()
            return Run(time.perf_counter() - started, 0)

        return measure

    def layout_and_pdf_only() -> bytes:
        html = HTML(string=resume_doc["html"], base_url=resume_doc["base_url"])
        data: bytes = html.write_pdf(stylesheets=parsed, font_config=font_config)
        return data

    resume_only = RenderOptions(source=DEFAULT, out=folder / "ours", outputs=("resume",))
    everything = RenderOptions(source=DEFAULT, out=folder / "ours")
    edited = edited_copy(folder / "edited")
    edits = iter(range(1_000_000))

    def after_an_edit() -> object:
        """What watch mode does after a save: a word of the summary changed, all three again."""
        text = DEFAULT.read_text(encoding="utf-8")
        edit = f"summary: >-\n    Edit {next(edits)}.\n"
        edited.write_text(text.replace("summary: >-\n", edit, 1), encoding="utf-8")
        return render(RenderOptions(source=edited, out=folder / "edited-out"))

    candidates = {
        "resume: warm re-render": timed(lambda: render(resume_only)),
        "resume: floor script (parse CSS, lay out, write)": timed(
            lambda: write_documents([resume_doc])
        ),
        "resume: floor, CSS pre-parsed (lay out, write)": timed(layout_and_pdf_only),
        "all three: warm re-render": timed(lambda: render(everything)),
        "all three: warm re-render after an edit": timed(after_an_edit),
        "both PDFs: floor script": timed(
            lambda: write_documents([resume_doc, documents["portfolio"]])
        ),
    }
    for measure in candidates.values():
        measure()  # one warm-up each: the first call pays for caches filling
    results = interleaved(candidates, int(runs))
    ours = next((folder / "ours").glob("*_Resume.pdf"))
    return {
        "seconds": {name: median(r) for name, r in results.items()},
        "each": {name: [run.seconds for run in r] for name, r in results.items()},
        "pages": {"ours": _pages(ours), "floor": _pages(Path(resume_doc["out"]))},
    }


# --- report ------------------------------------------------------------------------------


def ratio_line(
    label: str, candidate: list[float], baseline: list[float], limit: float | None = None
) -> str:
    ratio = paired_ratio(candidate, baseline)
    verdict = "" if limit is None else ("  ok" if ratio <= limit else f"  OVER {limit}x")
    return f"  {label:<58} {ratio:6.2f}x{verdict}"


def print_report(results: dict[str, Any]) -> None:
    print(f"\n{results['machine']}\n")
    start = results["startup"]
    print("Cold start (new process each run)                          median    peak      cpu")
    for name, figure in start.items():
        mark = (
            ""
            if name.startswith("python")
            else ("  ok" if figure["seconds"] < 0.3 else "  OVER 0.3 s")
        )
        print(
            f"  {name:<56} {figure['seconds']:6.3f} s {figure['peak_mb']:5.0f} MB"
            f" {figure.get('cpu', 0):6.3f} s{mark}"
        )

    cold = results["cold"]
    print("\nCold render of the default source")
    for name, figure in cold["runs"].items():
        print(
            f"  {name:<56} {figure['seconds']:6.3f} s {figure['peak_mb']:5.0f} MB"
            f" {figure.get('cpu', 0):6.3f} s"
        )
    breakdown = dict(cold["breakdown"])
    total = breakdown.pop("total")
    print(f"  breakdown of all three (instrumented runs, medians; {total:.3f} s in all):")
    for stage, seconds in breakdown.items():
        print(f"    {stage:<54} {seconds:6.3f} s {100 * seconds / total:4.0f}%")
    groups = {
        "start-up: interpreter and imports": [
            k for k in breakdown if "import" in k or "start" in k
        ],
        "WeasyPrint's work: CSS + fonts, layout, PDF": ["CSS + fonts", "layout", "PDF writing"],
    }
    groups["ours: load, view, template, writes, other"] = [
        k for k in breakdown if not any(k in keys for keys in groups.values())
    ]
    print("  where it goes:")
    for label, keys in groups.items():
        seconds = sum(breakdown.get(key, 0.0) for key in keys)
        print(f"    {label:<54} {seconds:6.3f} s {100 * seconds / total:4.0f}%")
    print(
        ratio_line(
            "all three vs floor script writing both PDFs",
            cold["runs"]["resume render (all three)"]["each"],
            cold["runs"]["floor: both PDFs"]["each"],
        )
    )
    print(
        ratio_line(
            "résumé only vs floor script writing the résumé",
            cold["runs"]["resume render --only resume"]["each"],
            cold["runs"]["floor: résumé"]["each"],
        )
    )

    warm = results["warm"]["seconds"]
    print("\nWarm re-render in one process (as in watch mode)            median")
    print("  (ratios: the median of the ratios of runs made back to back)")
    for name, seconds in warm.items():
        print(f"  {name:<56} {seconds:6.3f} s")
    pages = results["warm"]["pages"]
    print(
        f"  pages: ours {pages['ours']}, the floor's {pages['floor']} (ours also sets metadata and attaches the source)"
    )
    each = results["warm"]["each"]
    ours = each["resume: warm re-render"]
    print(
        ratio_line(
            "résumé: warm vs floor script",
            ours,
            each["resume: floor script (parse CSS, lay out, write)"],
            1.15,
        )
    )
    print(
        ratio_line(
            "résumé: warm vs floor with CSS pre-parsed",
            ours,
            each["resume: floor, CSS pre-parsed (lay out, write)"],
            1.15,
        )
    )
    print(
        ratio_line(
            "all three: warm vs floor script's two PDFs",
            each["all three: warm re-render"],
            each["both PDFs: floor script"],
        )
    )

    if "serve" in results:
        print_serve(results["serve"])

    print("\nGrowth with the size of the source (cold; the résumé stays one page, so left out)")
    print("  size   source  portfolio  validate  render portfolio+html  peak   page's fonts")
    for factor, row in results["growth"].items():
        print(
            f"  {factor:>3}x {row['source_kb']:6.0f} KB {row['portfolio_pages']:5d} pp"
            f" {row['validate_s']:8.3f} s {row['render_s']:14.3f} s {row['render_peak_mb']:12.0f} MB"
            f" {row.get('fonts_kb', 0):7.1f} KB"
        )

    batch_ = results["batch"]
    count = batch_["count"]
    runs = batch_["runs"]
    print(f"\nMany sources (all three outputs each; one run each){'':14}total  per source  peak")
    for name, figure in runs.items():
        sources = int(name.split()[2].rstrip(",")) if name.startswith("batch") else count
        print(
            f"  {name:<50} {figure['seconds']:7.2f} s {figure['seconds'] / sources:7.3f} s {figure['peak_mb']:5.0f} MB"
        )
    separate = runs[f"{count} separate cold calls"]["seconds"]
    one = runs[f"batch of {count}, 1 worker"]["seconds"]
    two = runs[f"batch of {count}, 2 workers"]["seconds"]
    print(
        f"  speed-up of batch (2 workers) over separate calls: {separate / two:5.2f}x{'  ok' if separate / two >= 3 else '  UNDER 3x'}"
    )
    print(f"  speed-up of batch (1 worker) over separate calls:  {separate / one:5.2f}x")
    print(f"  2 workers vs 1: {one / two:4.2f}x faster (2 cores, shared with whatever else runs)")
    if "peer" in results:
        import goals

        goals.print_goals(results)


def print_serve(serve: dict[str, Any]) -> None:
    print("\nLive preview (`resume serve`: from a save to what the page shows)    median")
    print("  (cpu: the server's while it made it, about the wall time on an idle machine)")
    for name, figure in serve.items():
        print(f"  {name:<56} {figure['seconds']:6.3f} s   cpu {figure['cpu']:6.3f} s")
    update = serve["save -> résumé preview updated"]
    cold = serve["resume render --only resume (cold)"]
    target = "  ok" if update["seconds"] < 0.35 else "  OVER 0.35 s"
    print(f"  résumé preview after a save: {update['seconds']:.3f} s{target}")
    print(ratio_line("résumé preview after a save vs cold render", update["each"], cold["each"]))


def machine() -> str:
    import weasyprint

    load = (
        " ".join(Path("/proc/loadavg").read_text().split()[:3])
        if Path("/proc/loadavg").exists()
        else "?"
    )
    return (
        f"{platform.node()}: {os.cpu_count()} cores, load {load}; Python {platform.python_version()},"
        f" WeasyPrint {weasyprint.__version__}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--sources", type=int, default=50, help="sources in the batch")
    parser.add_argument("--quick", action="store_true", help="3 runs, 10 sources, sizes 1x and 4x")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--report", type=Path, help="print the report of a --json file again")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.report:
        print_report(json.loads(args.report.read_text(encoding="utf-8")))
        return
    if args.child:
        mode, *rest = args.child
        import goals

        modes = {"documents": child_documents, "warm": child_warm, "passes": goals.child_passes}
        print(json.dumps(modes[mode](*rest)))
        return
    runs = 3 if args.quick else args.runs
    sources = 10 if args.quick else args.sources
    factors = (1, 4) if args.quick else (1, 4, 16)
    work = Path(tempfile.mkdtemp(prefix="resume-bench-"))
    # The web-font cache, as on a user's machine: empty at first, then kept between runs.
    os.environ["RESUME_CACHE"] = str(work / "cache")
    import goals  # here, not above: it imports this module

    long = ROOT / "tests" / "cases" / "fit" / "long.yaml"  # a little too long: it is fitted
    typical = tuple(f"{long}@{theme}" for theme in ("classic", "compact", "modern"))
    try:
        results: dict[str, Any] = {"machine": machine()}
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("startup", lambda: startup(runs)),
            ("cold", lambda: cold_render(runs, work)),
            ("warm", lambda: warm_render(runs, work)),
            ("serve", lambda: live_preview(runs, work)),
            ("growth", lambda: growth(runs, work, factors)),
            ("batch", lambda: batch(sources, work)),
            ("peer", lambda: goals.peer(runs, work)),
            ("passes", lambda: child("passes", *typical)),
            ("condense", lambda: goals.condensing(work, factors)),
            ("fonts", lambda: goals.font_weight(work)),
        ]
        for name, step in steps:
            print(f"measuring {name}...", file=sys.stderr, flush=True)
            results[name] = step()
        results["machine"] += (
            f"; load at the end {' '.join(Path('/proc/loadavg').read_text().split()[:3])}"
        )
        if args.json:  # first, so that the figures survive a mistake in the report
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
        print_report(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
