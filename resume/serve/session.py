"""The warm, incremental rebuild behind `resume serve`: one process, one source, rebuilt after
each save, the résumé first.

What is reused between rebuilds, and why it is still right:
- WeasyPrint, the parsed theme CSS with its fonts, the Jinja environment (engine/warm.py,
  theme/templating.py), keyed by their text: a changed theme is a new key.
- Each output's Rendered, while its key is the same: a hash of everything the output is made
  of (for a PDF: the CSS, the HTML make_document and the templates give, the metadata written
  into it; for the web page: the source, the theme, the language).
- Each PDF's layout (warm.LAYOUTS), keyed by its CSS and HTML: an edit to what only the
  portfolio shows changes the résumé's metadata (the source it carries, the date), so its
  PDF is written again from the layout it had, not laid out again.
- What neither key holds, the files a render reads beside the source (the photo, the theme's
  stylesheets, images, fonts and templates), is fingerprinted by name, size and time at each
  rebuild: when any changed, nothing is reused.
"""

from __future__ import annotations

import hashlib
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from resume.build import RenderOptions, plan_problems
from resume.engine import warm
from resume.errors import Problem, UserError
from resume.outputs.printed import pdf_meta, printable
from resume.outputs.run import Run
from resume.paths import STYLES, TEMPLATES
from resume.plan import make_plans
from resume.serve.pages import Page, pages_of
from resume.source.validate import Valid, read_source
from resume.theme.themes import list_themes
from resume.write import write_all

if TYPE_CHECKING:
    from resume.check import Report
    from resume.outputs.target import Rendered
    from resume.plan import Plan

# What the preview shows, in the order they are made: the résumé first, then the rest.
SHOWN = ("resume", "site", "portfolio")
BUG = "the render failed on a bug in resume: the terminal shows where"
LAYOUTS_KEPT = 6  # two PDFs for each of the few themes a session switches between


@dataclass(frozen=True)
class Choice:
    """What the switches on the page chose; None: what the source (or the command line) says."""

    theme: str | None = None
    variant: str | None = None
    lang: str | None = None


@dataclass
class Preview:
    """What the page shows. A failed render sets `error` and keeps the last good pages."""

    out: Path  # the output folder
    version: int = 0  # one more each time anything changes
    busy: bool = True
    pages: list[Page] = field(default_factory=list)
    resume: Path | None = None
    site: Path | None = None
    portfolio: Path | None = None
    fit: str = ""
    problems: list[Problem] = field(default_factory=list)
    error: str = ""
    error_problems: list[Problem] = field(default_factory=list)
    check: Report | None = None
    choice: Choice = Choice()
    themes: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    made: dict[str, int] = field(default_factory=dict)  # times each output was made


Tell = Callable[[Preview], None]


class Session:
    """One source, rendered again on demand; `rebuild` is called from one thread only."""

    def __init__(self, options: RenderOptions) -> None:
        self.options = replace(options, outputs=SHOWN, lang=None, variant=None)
        self.choice = Choice(theme=options.theme)
        self.preview = Preview(options.out, choice=self.choice)
        self.kept: dict[str, tuple[str, Rendered]] = {}  # each output's key and what it made
        self.checked: tuple[bytes, Report] | None = None
        self.world: tuple[tuple[str, int, int], ...] = ()
        self.served: set[Path] = set()  # the files written, the only ones the server answers with
        self.lock = threading.Lock()  # the server reads `served` and `choice` from its threads
        warm.LAYOUTS.size = LAYOUTS_KEPT

    def choose(self, choice: Choice) -> None:
        with self.lock:
            self.choice = choice

    def rebuild(self, tell: Tell, pending: Callable[[], bool]) -> None:
        """Render what changed, telling the page after the résumé and after each output after it;
        stop before the next output when `pending` says another change is waiting."""
        with self.lock:
            choice = self.choice
        self.preview = replace(self.preview, busy=True, choice=choice)
        try:
            valid = read_source(self.options.source)
            self.offer(valid, choice)
            plan = next(make_plans(valid, self.plan_options(valid, choice)))
            self.forget_if_files_changed(plan)
            self.make_outputs(plan, valid, tell, pending)
            self.preview = replace(self.preview, error="", error_problems=[])
        except UserError as error:
            message = "" if error.problems else str(error)
            self.preview = replace(self.preview, error=message, error_problems=error.problems)
        except Exception:  # a bug: said here and in the terminal; the next save renders again
            traceback.print_exc()
            self.preview = replace(self.preview, error=BUG, error_problems=[])
        self.preview = replace(self.preview, busy=False)
        self.tell(tell)

    def plan_options(self, valid: Valid, choice: Choice) -> RenderOptions:
        """One plan: the chosen theme, variant (no web page for one) and language."""
        lang = choice.lang or (valid.languages[0] if valid.languages else None)
        outputs = [o for o in SHOWN if o != "site"] if choice.variant else list(SHOWN)
        return replace(
            self.options,
            theme=choice.theme,
            variant=choice.variant,
            lang=lang,
            outputs=outputs,
        )

    def offer(self, valid: Valid, choice: Choice) -> None:
        """What the switches offer: the themes, the source's variants and languages."""
        self.preview = replace(
            self.preview,
            themes=[theme.name for theme in list_themes(self.options.source.parent, Path.cwd())],
            variants=list(valid.resume.variants),
            languages=list(valid.languages),
            choice=choice,
        )

    def make_outputs(
        self, plan: Plan, valid: Valid, tell: Tell, pending: Callable[[], bool]
    ) -> None:
        run = Run()
        found = list(valid.warnings)
        missing: set[str] = set()
        for output in plan.options.outputs or ():
            if output != "resume" and pending():
                return  # a newer save: its résumé comes first, and this output is made then
            rendered, fresh = self.make(plan, run, output)
            found += rendered.problems
            missing |= rendered.missing
            self.show(output, rendered, fresh)
            self.preview.problems = plan_problems(plan, run, found, missing)
            early = output == "resume"  # its pages come from memory: shown, then written
            if early:
                self.tell(tell)
            if fresh:
                self.write(rendered)
            if not early:  # the page loads it from its file
                self.tell(tell)
            if output == "resume":
                self.check(rendered, tell, pending)

    def make(self, plan: Plan, run: Run, output: str) -> tuple[Rendered, bool]:
        """`output` of `plan`, made again (True) only when what it is made of changed."""
        key = self.key(plan, output)
        if output in self.kept and self.kept[output][0] == key:
            return self.kept[output][1], False
        rendered = run.make(plan, output)
        self.kept[output] = (key, rendered)
        return rendered, True

    def write(self, rendered: Rendered) -> None:
        write_all(rendered.files, rendered.owned)
        with self.lock:
            self.served.update(path.resolve() for path in rendered.files)

    def key(self, plan: Plan, output: str) -> str:
        """A hash of everything `output` is made of, but the files beside the source (the world)."""
        if output == "site":  # the whole source: its warnings say what the page leaves out
            parts: Iterable[object] = (
                plan.resume.model_dump_json(),
                plan.theme,
                plan.language,
                plan.languages,
                plan.suffix,
                plan.out,
            )
        else:
            assert plan.pdf is not None
            page = printable(plan, output, plan.resume)
            meta = pdf_meta(plan, page.doc, plan.resume)
            parts = (plan.pdf.css, page.html, meta, plan.pages, plan.condense, plan.out)
        return hashlib.sha256(repr((output, *parts)).encode()).hexdigest()

    def forget_if_files_changed(self, plan: Plan) -> None:
        """Nothing is reused when a file a render reads beside the source changed."""
        world = fingerprint(plan)
        if world != self.world:
            self.world = world
            self.kept.clear()
            warm.LAYOUTS.clear()

    def check(self, resume: Rendered, tell: Tell, pending: Callable[[], bool]) -> None:
        """What `resume check` says of the résumé PDF; read again only when its bytes changed."""
        from resume.check import check_pdf

        data = resume.files[resume.path]
        assert isinstance(data, bytes)
        if pending() or (self.checked and self.checked[0] == data):
            return
        self.checked = (data, check_pdf(resume.path))
        self.preview = replace(self.preview, check=self.checked[1])
        self.tell(tell)

    def show(self, output: str, rendered: Rendered, fresh: bool) -> None:
        """The preview with what a rebuild made: the résumé's pages drawn again when it was."""
        preview = replace(self.preview, made={**self.preview.made})
        if fresh:
            preview.made[output] = preview.made.get(output, 0) + 1
        if output == "resume":
            data = rendered.files[rendered.path]
            assert isinstance(data, bytes)
            if fresh or not preview.pages:
                preview.pages = pages_of(data)
            preview.fit = str(rendered.fit) if rendered.fit else ""
        setattr(preview, output, rendered.path)
        self.preview = preview

    def tell(self, tell: Tell) -> None:
        self.preview = replace(self.preview, version=self.preview.version + 1)
        tell(self.preview)

    def file(self, path: Path) -> Path | None:
        """`path` if it is one of the files this session wrote, else None."""
        with self.lock:
            return path if path in self.served else None


def fingerprint(plan: Plan) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of each file a render reads beside the source: the
    photo, the theme's folders, the templates and the shared stylesheets."""
    files = [plan.photo.path] if plan.photo and plan.photo.path else []
    for folder in [*plan.theme.folders, TEMPLATES]:
        files += [path for path in Path(folder).rglob("*") if path.is_file()]
    files += [path for path in STYLES.iterdir() if path.is_file()]
    stats = ((str(path), path.stat()) for path in sorted(set(files)) if path.exists())
    return tuple((name, stat.st_size, stat.st_mtime_ns) for name, stat in stats)
