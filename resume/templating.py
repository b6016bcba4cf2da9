"""Jinja: one environment per theme, templates found on the theme's search path."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from resume.themes import Theme
from resume.view import Document


def environment(theme: Theme) -> jinja2.Environment:
    """Autoescaping on everywhere: text from the source is text, never markup."""
    return _environment(tuple(theme.template_dirs))


@functools.lru_cache(maxsize=4)
def _environment(template_dirs: tuple[Path, ...]) -> jinja2.Environment:
    """Kept per search path, so templates compile once a process; Jinja reloads edited ones."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(path) for path in template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(env: jinja2.Environment, doc: Document, **context: Any) -> str:
    context.setdefault("stylesheets", [])
    return env.get_template(f"{doc.output}.html").render(doc=doc, **context)
