"""Jinja: one environment per theme, templates found on the theme's search path."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from markupsafe import Markup

from resume.content.view import Document, display_url
from resume.errors import Problem, UserError
from resume.limits import MEMORY_HEADROOM, RenderTimeout
from resume.paths import TEMPLATES, cache_folder
from resume.theme.icons import icon
from resume.theme.themes import Theme

_HEADING = re.compile(r"<(/?)h([1-6])\b")
# Items the ranges of one template render may hold in all: each range may hold 100,000 (the
# sandbox's limit), but two nested loops of 90,000 would run for hours.
MAX_RANGE_STEPS = 10_000_000
_steps = threading.local()


class TooManySteps(UserError):
    """A template's loops would run past `MAX_RANGE_STEPS`."""


def counted_range(*args: int) -> range:
    """The sandbox's `range`, charged to the render's budget before the loop runs."""
    steps = safe_range(*args)
    _steps.left = getattr(_steps, "left", MAX_RANGE_STEPS) - len(steps)
    if _steps.left < 0:
        raise TooManySteps(
            f"the template's loops would run more than {MAX_RANGE_STEPS:,} steps, "
            "the most one page may take"
        )
    return steps


def environment(theme: Theme) -> jinja2.Environment:
    """Autoescaping on everywhere: text from the source is text, never markup."""
    return _environment(tuple(theme.template_dirs), theme.icons)


@functools.lru_cache(maxsize=4)
def _environment(template_dirs: tuple[Path, ...], icons: bool) -> jinja2.Environment:
    """Kept per search path, so templates compile once a process; Jinja reloads edited ones.

    Sandboxed: a downloaded theme's template may read the document, not reach Python
    (`doc.__class__.__init__.__globals__` would otherwise run any command)."""
    compiled = cache_folder(f"templates-{jinja2.__version__}")
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(path) for path in template_dirs]),
        # compiled templates kept between processes, by file and text (Jinja checks both)
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["icon"] = icon if icons else no_icon
    env.globals["icons"] = icons  # without them, a profile's handle is labelled by its network
    env.globals["range"] = counted_range
    env.filters["nest_headings"] = nest_headings
    env.filters["display_url"] = display_url
    env.filters["untold"] = untold
    return env


def nest_headings(html: Markup, parent_level: int) -> Markup:
    """Headings written in markdown, moved under the heading they sit beneath.

    The levels used become consecutive from `parent_level + 1`, so a page keeps one `h1`
    and an outline without gaps whatever levels the source's author picked."""
    used = sorted({int(level) for level in re.findall(r"<h([1-6])\b", html)})
    if not used:
        return html
    new_level = {old: min(6, parent_level + 1 + rank) for rank, old in enumerate(used)}
    return Markup(_HEADING.sub(lambda m: f"<{m[1]}h{new_level[int(m[2])]}", html))


def no_icon(kind: str) -> Markup:
    return Markup()


def untold(highlights: Sequence[Markup], details: Markup) -> list[Markup]:
    """The bullet points the long story does not already tell: a bullet most of whose words
    (compared by their first five letters) are in `details` would only repeat it."""
    told = _stems(details.striptags())
    fresh = []
    for highlight in highlights:
        own = _stems(highlight.striptags())
        if not own or len(own & told) / len(own) < 0.7:
            fresh.append(highlight)
    return fresh


def _stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"\w+", text.casefold()) if len(word) > 3}


def render_html(env: jinja2.Environment, doc: Document, **context: Any) -> str:
    context.setdefault("stylesheets", [])
    _steps.left = MAX_RANGE_STEPS
    try:
        page = env.get_template(f"{doc.output}.html").render(doc=doc, **context)
    except (jinja2.TemplateError, OverflowError, RecursionError, MemoryError, UserError) as error:
        raise template_problem(error) from None
    return page


def template_problem(error: Exception) -> Exception:
    """A theme's broken or forbidden template as a user error at its file and line.

    The line is the innermost of the theme's own templates that was running (a theme's
    template that recurses through the built-in ones is still the theme's). A mistake in the
    built-in templates alone is a bug and keeps its traceback."""
    where: tuple[str, int | None] | None = None
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        where = (error.filename, error.lineno)
    tb = error.__traceback__
    while tb is not None:  # Jinja puts each template's frames at the template's own lines
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".html") and not _builtin(name):
            where = (name, tb.tb_lineno)
        tb = tb.tb_next
    if where is None or _builtin(where[0]):
        return error
    return UserError(problems=[Problem(where[0], where[1], None, _message(error))])


def _message(error: Exception) -> str:
    """What went wrong at a theme template's line, for the person who renders it."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return error.message or type(error).__name__
    if isinstance(error, RecursionError):
        return "a macro or include that never ends"
    if isinstance(error, RenderTimeout):
        return str(RenderTimeout(error.seconds, " at this line of the theme"))
    if isinstance(error, MemoryError):
        return f"the template would take more than {MEMORY_HEADROOM // 1024**3} GiB of memory"
    if isinstance(error, SecurityError):
        return f"not allowed in a theme's template: {error}"
    return str(error) or type(error).__name__


def _builtin(template: str) -> bool:
    return Path(template).resolve().is_relative_to(TEMPLATES.resolve())
